package dev.weather.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * One gazetteer file, loaded from the class path into columns of primitives: the places (curated,
 * see Curation) or the ZIP codes. Keys are normalized names for places, ZIP codes for zips.
 * Gazetteer searches it.
 */
final class PlaceTable {

  final int size;
  final String[] keys;
  final String[] names;
  final String[] states;

  /**
   * Ten-thousandths of a degree: exact for the gazetteer's four decimals, and half the size of
   * doubles.
   */
  final int[] lat;

  final int[] lon;
  final int[] population;

  /** Other keys a place is found by (see Curation); null for most. */
  final String[][] aliases;

  /** Each key and alias to the places it names exactly. */
  private final Map<String, int[]> called = new HashMap<>();

  private static final int[] NONE = {};
  final boolean zips;

  private PlaceTable(int size, boolean zips) {
    this.zips = zips;
    this.size = size;
    keys = new String[size];
    names = new String[size];
    states = new String[size];
    lat = new int[size];
    lon = new int[size];
    population = new int[size];
    aliases = new String[size][];
  }

  private static int tenThousandths(String degrees) {
    return tenThousandths(Double.parseDouble(degrees));
  }

  private static int tenThousandths(double degrees) {
    return (int) Math.round(degrees * 10_000);
  }

  double latitude(int i) {
    return lat[i] / 10_000.0;
  }

  double longitude(int i) {
    return lon[i] / 10_000.0;
  }

  String stateOf(int i) {
    return states[i];
  }

  /**
   * The places whose key or an alias is {@code key}, in table order: a lookup, not a scan, on every
   * search.
   */
  int[] calledBy(String key) {
    return called.getOrDefault(key, NONE);
  }

  private void index(int i, String key) {
    int[] those = called.getOrDefault(key, NONE);
    if (those.length == 0 || those[those.length - 1] != i) {
      int[] more = Arrays.copyOf(those, those.length + 1);
      more[those.length] = i;
      called.put(key, more);
    }
  }

  Place place(int i) {
    return new Place(
        names[i], states[i], latitude(i), longitude(i), population[i], zips ? keys[i] : null);
  }

  /** The places, curated: twins folded and corrections applied (see Curation). */
  static PlaceTable places(Map<String, String> pool) {
    List<Curation.Entry> read = new ArrayList<>(40_000);
    each(
        "gazetteer/places.tsv.gz",
        line -> { // name, state, latitude, longitude, population
          String[] r = line.split("\t", -1);
          read.add(
              new Curation.Entry(
                  pool.computeIfAbsent(r[0], s -> s),
                  pool.computeIfAbsent(r[1], s -> s),
                  Double.parseDouble(r[2]),
                  Double.parseDouble(r[3]),
                  Integer.parseInt(r[4])));
        });
    List<String[]> corrections = new ArrayList<>();
    each("gazetteer/corrections.tsv", line -> corrections.add(line.split("\t", -1)));
    List<Curation.Entry> entries = Curation.apply(read, corrections);
    PlaceTable table = new PlaceTable(entries.size(), false);
    for (int i = 0; i < table.size; i++) {
      Curation.Entry e = entries.get(i);
      table.names[i] = e.name;
      table.keys[i] = pool.computeIfAbsent(e.key(), s -> s);
      table.states[i] = e.state;
      table.lat[i] = tenThousandths(e.latitude);
      table.lon[i] = tenThousandths(e.longitude);
      table.population[i] = e.population;
      List<String> aliases = e.aliases();
      table.aliases[i] = aliases.isEmpty() ? null : aliases.toArray(String[]::new);
      table.index(i, table.keys[i]);
      for (String alias : aliases) {
        table.index(i, alias);
      }
    }
    return table;
  }

  /** ZIP codes, sorted. */
  static PlaceTable zips(Map<String, String> pool) {
    List<String[]> rows = new ArrayList<>(50_000);
    each("gazetteer/zips.tsv.gz", line -> rows.add(line.split("\t", -1)));
    rows.sort(Comparator.comparing(r -> r[0]));
    PlaceTable table = new PlaceTable(rows.size(), true);
    for (int i = 0; i < table.size; i++) {
      String[] r = rows.get(i); // zip, latitude, longitude, town, state
      table.keys[i] = r[0];
      table.names[i] = pool.computeIfAbsent(r[3], s -> s);
      table.states[i] = pool.computeIfAbsent(r[4], s -> s);
      table.lat[i] = tenThousandths(r[1]);
      table.lon[i] = tenThousandths(r[2]);
    }
    return table;
  }

  private static void each(String resource, Consumer<String> row) {
    try (InputStream raw = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing gazetteer resource " + resource);
      }
      InputStream data = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      BufferedReader in = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          row.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
