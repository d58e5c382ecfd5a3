package dev.weather.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each fixture is, from the points fixtures: {@code /points/41.967,-71.189} is in
 * America/New_York and names grid BOX 70,82, so that grid's forecasts and the point's alerts are
 * there too. A station belongs to the grid whose stations fixture lists it nearest (Norwood is
 * Norton's second, Boston's third: Norton's).
 */
final class FixturePlaces {

  /** A place's time zone and its point. */
  record Place(ZoneId zone, double latitude, double longitude) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String POINTS = "/points/";
  private static final String ALERTS = "/alerts/active@point=";
  private static final String GRIDPOINTS = "/gridpoints/";
  private static final String STATIONS = "/stations/";

  private FixturePlaces() {}

  /** The place of the fixture at an NWS path; null for a path no points fixture covers. */
  static Place of(String path) {
    Index index = Index.LOADED;
    if (path.startsWith(POINTS)) {
      return index.byPoint.get(path.substring(POINTS.length()));
    }
    if (path.startsWith(ALERTS)) {
      return index.byPoint.get(path.substring(ALERTS.length()));
    }
    if (path.startsWith(GRIDPOINTS)) {
      return index.byGrid.get(grid(path));
    }
    if (path.startsWith(STATIONS)) {
      String grid = gridOf(station(path));
      return grid == null ? null : index.byGrid.get(grid);
    }
    return null;
  }

  /**
   * The grid ({@code BOX/70,82}) a station belongs to; null for a station no stations fixture
   * lists.
   */
  static String gridOf(String station) {
    return Index.LOADED.gridOfStation.get(station);
  }

  /** {@code KOWD} from {@code /stations/KOWD/observations/latest}. */
  static String station(String path) {
    String rest = path.substring(STATIONS.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /** {@code BOX/70,82} from {@code /gridpoints/BOX/70,82/forecast}. */
  private static String grid(String path) {
    String[] parts = path.substring(GRIDPOINTS.length()).split("/");
    return parts.length < 2 ? "" : parts[0] + "/" + parts[1];
  }

  private record Index(
      Map<String, Place> byPoint, Map<String, Place> byGrid, Map<String, String> gridOfStation) {

    static final Index LOADED = load(NwsFixtures.fixtures());

    static Index load(Map<String, String> fixtures) {
      Map<String, Place> byPoint = new HashMap<>();
      Map<String, Place> byGrid = new HashMap<>();
      Map<String, String> gridOfStation = new HashMap<>();
      Map<String, Integer> rankOfStation = new HashMap<>();
      for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
        String path = fixture.getKey();
        JsonNode tree = read(fixture.getValue());
        if (path.startsWith(POINTS)) {
          JsonNode properties = tree.path("properties");
          JsonNode at = tree.path("geometry").path("coordinates");
          Place place =
              new Place(
                  ZoneId.of(properties.path("timeZone").asText()),
                  at.path(1).asDouble(),
                  at.path(0).asDouble());
          byPoint.put(path.substring(POINTS.length()), place);
          byGrid.put(
              properties.path("gridId").asText()
                  + "/"
                  + properties.path("gridX").asInt()
                  + ","
                  + properties.path("gridY").asInt(),
              place);
        } else if (path.startsWith(GRIDPOINTS) && path.endsWith("/stations")) {
          int rank = 0;
          for (JsonNode station : tree.path("features")) {
            String id = station.path("properties").path("stationIdentifier").asText();
            // Fixtures are read in path order, so a tie goes to the first grid: the same grid every
            // time.
            if (rank < rankOfStation.getOrDefault(id, Integer.MAX_VALUE)) {
              rankOfStation.put(id, rank);
              gridOfStation.put(id, grid(path));
            }
            rank++;
          }
        }
      }
      return new Index(byPoint, byGrid, gridOfStation);
    }

    private static JsonNode read(String json) {
      try {
        return JSON.readTree(json);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a demo fixture that is not JSON", e);
      }
    }
  }
}
