package dev.weather.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where each word of the places' keys and aliases begins, sorted by what follows it: the places
 * with a word that starts with a text are one binary search away, so a suggestion reads only the
 * places it could suggest, not all of them ("s" a few thousand, "sea" a few dozen).
 */
final class WordIndex {

  /**
   * How well a place matches a text: its key (or an alias) is the text, starts with it, or has a
   * later word that does.
   */
  static final int EXACT = 0;

  static final int STARTS = 1;
  static final int LATER_WORD = 2;

  /**
   * One word start: what follows it in a key, the key's place, and how well the key matches a text
   * it starts with.
   */
  private record Entry(String rest, int place, boolean keyStart, boolean wholeKey) {}

  private final Entry[] entries;

  /** Each place's rank among all (0 first), and the place of each rank. */
  private final int[] rank;

  private final int[] byRank;

  /**
   * {@code order} ranks the places that match a text equally well: the first is suggested first.
   */
  WordIndex(String[] keys, String[][] aliases, Comparator<Integer> order) {
    byRank =
        java.util.stream.IntStream.range(0, keys.length)
            .boxed()
            .sorted(order)
            .mapToInt(i -> i)
            .toArray();
    rank = new int[keys.length];
    for (int r = 0; r < byRank.length; r++) {
      rank[byRank[r]] = r;
    }
    List<Entry> all = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      add(all, keys[i], i);
      if (aliases[i] != null) {
        for (String alias : aliases[i]) {
          add(all, alias, i);
        }
      }
    }
    entries = all.toArray(Entry[]::new);
    Arrays.sort(entries, Comparator.comparing(Entry::rest));
  }

  private static void add(List<Entry> all, String key, int place) {
    all.add(new Entry(key, place, true, true));
    for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
      all.add(new Entry(key.substring(space + 1), place, false, false));
    }
  }

  /**
   * The {@code limit} places, of those {@code allowed}, whose key or alias best matches {@code
   * text}: by how well ({@link #EXACT} first), then by rank. Kept as it goes, a handful at a time,
   * so a short text that matches thousands costs no sort of them all.
   */
  List<Integer> best(String text, int limit, IntPredicate allowed) {
    long[] kept = new long[limit]; // quality and rank in one number, best (lowest) first
    int size = 0;
    for (int n = firstAtOrAfter(text);
        n < entries.length && entries[n].rest().startsWith(text);
        n++) {
      Entry e = entries[n];
      int quality =
          !e.keyStart() ? LATER_WORD : e.rest().length() == text.length() ? EXACT : STARTS;
      long hit = (long) quality << 32 | rank[e.place()];
      if ((size == limit && hit >= kept[limit - 1]) || !allowed.test(e.place())) {
        continue;
      }
      int same = indexOf(kept, size, rank[e.place()]);
      if (same >= 0 && hit >= kept[same]) {
        continue;
      }
      if (same >= 0) {
        System.arraycopy(kept, same + 1, kept, same, --size - same);
      }
      int at = size < limit ? size : limit - 1;
      while (at > 0 && kept[at - 1] > hit) {
        kept[at] = kept[at - 1];
        at--;
      }
      kept[at] = hit;
      size = Math.min(limit, size + 1);
    }
    List<Integer> places = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      places.add(byRank[(int) kept[i]]);
    }
    return places;
  }

  private static int indexOf(long[] kept, int size, int rank) {
    for (int i = 0; i < size; i++) {
      if ((int) kept[i] == rank) {
        return i;
      }
    }
    return -1;
  }

  private int firstAtOrAfter(String text) {
    int low = 0;
    int high = entries.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (entries[mid].rest().compareTo(text) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
