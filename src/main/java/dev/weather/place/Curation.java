package dev.weather.place;

import dev.weather.forecast.Coordinates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's rows as people search them. The sources list some places twice: a population-0
 * entry beside the populated one ("Saint Louis" beside "St. Louis", MO; "Kailua Kona" beside
 * "Kailua-Kona", HI; "New York" beside "New York City"), and Guam's villages under two names
 * ("Hagåtña", "Hagåtña Village"). Each such entry within {@value #SAME_PLACE_KM} km of its twin in
 * the same state is folded into the twin, whose name it stays as an alias. corrections.tsv adds
 * what the sources lack: populations, and names such as "Guam" for the place a person means.
 */
final class Curation {

  static final int SAME_PLACE_KM = 40;
  private static final String TERRITORY_VILLAGE = " village";
  private static final Set<String> VILLAGE_TERRITORIES = Set.of("GU", "AS", "MP");

  /**
   * A row of places.tsv being curated: its search keys (the name's key first) and whether it is
   * folded away.
   */
  static final class Entry {
    final String name;
    final String state;
    final double latitude;
    final double longitude;
    int population;

    /** The name's key first; rarely more than one. */
    final List<String> keys = new ArrayList<>(1);

    boolean folded;

    Entry(String name, String state, double latitude, double longitude, int population) {
      this.name = name;
      this.state = state;
      this.latitude = latitude;
      this.longitude = longitude;
      this.population = population;
      String key = Names.key(name);
      keys.add(key);
      if (key.endsWith(TERRITORY_VILLAGE) && VILLAGE_TERRITORIES.contains(state)) {
        keys.add(key.substring(0, key.length() - TERRITORY_VILLAGE.length()));
      }
    }

    String key() {
      return keys.get(0);
    }

    /** Alternative keys, without the name's own. */
    List<String> aliases() {
      return keys.subList(1, keys.size());
    }

    void alias(String key) {
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }

    private double km(Entry other) {
      return Coordinates.kilometres(latitude, longitude, other.latitude, other.longitude);
    }

    private void fold(Entry twin) {
      twin.folded = true;
      twin.keys.forEach(this::alias);
    }
  }

  private Curation() {}

  /** The entries left after corrections and folding, in their original order. */
  static List<Entry> apply(List<Entry> entries, List<String[]> corrections) {
    correct(entries, corrections);
    Map<String, List<Entry>> byState = new HashMap<>();
    entries.forEach(e -> byState.computeIfAbsent(e.state, s -> new ArrayList<>()).add(e));
    byState.values().forEach(Curation::foldSameNames);
    byState.values().forEach(Curation::foldShorterNames);
    return entries.stream().filter(e -> !e.folded).toList();
  }

  private static void correct(List<Entry> entries, List<String[]> corrections) {
    Map<String, Entry> byName = new HashMap<>();
    entries.forEach(e -> byName.putIfAbsent(e.name + "\t" + e.state, e));
    for (String[] c : corrections) {
      switch (c[0]) {
        case "population" -> named(byName, c[1], c[2]).population = Integer.parseInt(c[3]);
        case "alias" -> named(byName, c[2], c[3]).alias(Names.key(c[1]));
        default -> throw new IllegalStateException("unknown gazetteer correction " + c[0]);
      }
    }
  }

  private static Entry named(Map<String, Entry> byName, String name, String state) {
    Entry entry = byName.get(name + "\t" + state);
    if (entry == null) {
      throw new IllegalStateException(
          "gazetteer correction for a place it does not have: " + name + ", " + state);
    }
    return entry;
  }

  /**
   * Entries of one state sharing a key: the biggest (the shorter name on a tie) takes in its nearby
   * twins.
   */
  private static void foldSameNames(List<Entry> state) {
    Map<String, Object> byKey =
        new HashMap<>(); // an Entry, or a List of the entries sharing the key
    for (Entry e : state) {
      for (String k : e.keys) {
        byKey.merge(
            k,
            e,
            (had, entry) -> {
              List<Entry> same =
                  had instanceof Entry first ? new ArrayList<>(List.of(first)) : list(had);
              same.add((Entry) entry);
              return same;
            });
      }
    }
    for (Object group : byKey.values()) {
      if (group instanceof Entry) {
        continue;
      }
      List<Entry> same = list(group);
      same.sort(
          Comparator.comparingInt((Entry e) -> -e.population)
              .thenComparingInt(e -> e.name.length()));
      Entry keeper = same.get(0);
      for (Entry twin : same.subList(1, same.size())) {
        if (!twin.folded
            && !keeper.folded
            && keeper.km(twin) <= SAME_PLACE_KM
            && (twin.population == 0 || twin.population == keeper.population)) {
          keeper.fold(twin);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Entry> list(Object group) {
    return (List<Entry>) group;
  }

  /**
   * A population-0 entry whose name begins a populated one's nearby ("New York", "New York City")
   * is that one.
   */
  private static void foldShorterNames(List<Entry> state) {
    Map<String, List<Entry>> byFirstWords =
        new HashMap<>(); // "new york" and "new" for "new york city"
    for (Entry e : state) {
      if (e.folded || e.population == 0) {
        continue;
      }
      String key = e.key();
      for (int space = key.lastIndexOf(' '); space > 0; space = key.lastIndexOf(' ', space - 1)) {
        byFirstWords.computeIfAbsent(key.substring(0, space), k -> new ArrayList<>(1)).add(e);
      }
    }
    for (Entry empty : state) {
      if (empty.folded || empty.population > 0) {
        continue;
      }
      byFirstWords.getOrDefault(empty.key(), List.of()).stream()
          .filter(e -> e.km(empty) <= SAME_PLACE_KM)
          .max(Comparator.comparingInt(e -> e.population))
          .ifPresent(longer -> longer.fold(empty));
    }
  }
}
