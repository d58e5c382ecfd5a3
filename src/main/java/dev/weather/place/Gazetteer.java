package dev.weather.place;

import dev.weather.forecast.Coordinates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The US gazetteer shipped with the app (see docs/NOTICE.md): about 34,000 places and 41,000 ZIP
 * codes, loaded once at start into parallel arrays of primitives, and searched in memory.
 */
@Component
public class Gazetteer {

  private static final Logger log = LoggerFactory.getLogger(Gazetteer.class);

  /**
   * A name shared across states is taken as the biggest one only when it is this many times the
   * next.
   */
  private static final int CLEAR_WINNER = 10;

  /** How far a point may be from a place to be named after it. */
  static final int NEAR_KM = 50;

  private final PlaceTable places;
  private final PlaceTable zips;
  private final WordIndex words;
  private final Misspellings misspellings;

  public Gazetteer() {
    long start = System.nanoTime();
    Map<String, String> pool = new HashMap<>();
    places = PlaceTable.places(pool);
    zips = PlaceTable.zips(pool);
    words =
        new WordIndex(
            places.keys,
            places.aliases,
            Comparator.<Integer>comparingInt(i -> -places.population[i])
                .thenComparing(i -> places.names[i]));
    misspellings = new Misspellings(places);
    log.info(
        "Gazetteer: {} places and {} ZIP codes loaded in {} ms",
        places.size,
        zips.size,
        (System.nanoTime() - start) / 1_000_000);
  }

  public int placeCount() {
    return places.size;
  }

  public int zipCount() {
    return zips.size;
  }

  /** Finds what a parsed query names. */
  public PlaceMatch find(PlaceQuery query) {
    if (query instanceof PlaceQuery.Zip zip) {
      return zip(zip.code())
          .<PlaceMatch>map(PlaceMatch.One::new)
          .orElseGet(() -> new PlaceMatch.None(List.of()));
    }
    if (query instanceof PlaceQuery.Point point) {
      return new PlaceMatch.One(at(point.coordinates()));
    }
    PlaceQuery.Name name = (PlaceQuery.Name) query;
    return named(name.name(), name.state());
  }

  /**
   * A ZIP code's post-office town at the ZIP's centre (its Census ZCTA centroid where there is
   * one).
   */
  public Optional<Place> zip(String code) {
    int i = Arrays.binarySearch(zips.keys, code);
    if (i < 0) {
      return Optional.empty();
    }
    Place zip = zips.place(i);
    if (zip.name().isEmpty()) {
      Place town = nearest(zip.coordinates()).orElse(zip);
      zip = new Place(town.name(), town.state(), zip.latitude(), zip.longitude(), 0, code);
    }
    return Optional.of(zip);
  }

  /** A point, named after the nearest place ("Norton, MA" for 41.967, -71.189). */
  public Place at(Coordinates point) {
    Place near = nearest(point).orElse(null);
    return near == null
        ? new Place(
            String.format(Locale.ROOT, "%.4f, %.4f", point.latitude(), point.longitude()),
            "",
            point.latitude(),
            point.longitude(),
            0,
            null)
        : new Place(
            near.name(),
            near.state(),
            point.latitude(),
            point.longitude(),
            near.population(),
            null);
  }

  /** The place nearest to a point, if one is within {@value #NEAR_KM} km. */
  public Optional<Place> nearest(Coordinates point) {
    double span = Coordinates.latitudeSpan(NEAR_KM);
    int best = -1;
    double bestKm = NEAR_KM;
    for (int i = 0; i < places.size; i++) {
      if (Math.abs(places.latitude(i) - point.latitude()) <= span) {
        double km =
            Coordinates.kilometres(
                point.latitude(), point.longitude(), places.latitude(i), places.longitude(i));
        if (km <= bestKm) {
          bestKm = km;
          best = i;
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(places.place(best));
  }

  /**
   * Suggestions as a person types: up to {@code limit} places whose name is the text, starts with
   * it, or has a word starting with it, in that order, then by population. "City, S" narrows to
   * states starting with "S"; digits list ZIP codes.
   */
  public List<Place> suggest(String text, int limit) {
    String q = text == null ? "" : text.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    if (q.chars().allMatch(Character::isDigit)) {
      return zipsStartingWith(q, limit);
    }
    int comma = q.indexOf(',');
    String key = Names.key(comma < 0 ? q : q.substring(0, comma));
    String statePrefix = comma < 0 ? "" : q.substring(comma + 1).strip();
    if (key.isEmpty()) {
      return List.of();
    }
    return words.best(key, limit, i -> inState(i, statePrefix)).stream()
        .map(places::place)
        .toList();
  }

  private PlaceMatch named(String name, String state) {
    String key = Names.key(name);
    List<Place> exact = new ArrayList<>();
    for (int i : places.calledBy(key)) {
      if (state == null || places.stateOf(i).equals(state)) {
        exact.add(places.place(i));
      }
    }
    exact.sort(Comparator.comparingInt(Place::population).reversed());
    if (exact.size() == 1
        || (!exact.isEmpty() && state != null)
        || (exact.size() > 1
            && exact.get(0).population()
                >= CLEAR_WINNER * Math.max(1, exact.get(1).population()))) {
      return new PlaceMatch.One(exact.get(0));
    }
    if (!exact.isEmpty()) {
      return new PlaceMatch.Many(exact);
    }
    return new PlaceMatch.None(misspellings.of(key, state));
  }

  private List<Place> zipsStartingWith(String digits, int limit) {
    int from = Arrays.binarySearch(zips.keys, digits);
    from = from < 0 ? -from - 1 : from;
    List<Place> found = new ArrayList<>();
    for (int i = from;
        i < zips.size && found.size() < limit && zips.keys[i].startsWith(digits);
        i++) {
      zip(zips.keys[i]).ifPresent(found::add);
    }
    return found;
  }

  private boolean inState(int i, String statePrefix) {
    if (statePrefix.isEmpty()) {
      return true;
    }
    String code = places.stateOf(i);
    boolean codePrefix =
        statePrefix.length() <= 2
            && code.regionMatches(true, 0, statePrefix, 0, statePrefix.length());
    return codePrefix || States.code(statePrefix).map(code::equals).orElse(false);
  }
}
