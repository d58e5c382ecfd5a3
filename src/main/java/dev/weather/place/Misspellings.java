package dev.weather.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * What a name nobody is called might have meant: places spelled nearly like it (two edits at most)
 * or starting with it, for the "did you mean" list.
 */
final class Misspellings {

  private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

  /** Edits counted for a name that only starts with the key, after every two-edit spelling. */
  private static final int STARTS_WITH = 3;

  private static final int MOST = 8;

  /** A place spelled like the key: how many edits away, and its row in the table. */
  private record Hit(int edits, int row) {}

  private final PlaceTable places;

  Misspellings(PlaceTable places) {
    this.places = places;
  }

  /**
   * In the state asked for first, then the fewest edits ("bostn": Boston before Posen), then the
   * biggest.
   */
  List<Place> of(String key, String state) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < places.size; i++) {
      int edits = TWO_EDITS.apply(places.keys[i], key);
      if (edits >= 0 || places.keys[i].startsWith(key)) {
        hits.add(new Hit(edits < 0 ? STARTS_WITH : edits, i));
      }
    }
    hits.sort(
        Comparator.<Hit>comparingInt(h -> state == null || inState(h, state) ? 0 : 1)
            .thenComparingInt(Hit::edits)
            .thenComparingInt(h -> -places.population[h.row()]));
    return hits.stream().limit(MOST).map(h -> places.place(h.row())).distinct().toList();
  }

  private boolean inState(Hit hit, String state) {
    return places.stateOf(hit.row()).equals(state);
  }
}
