package dev.weather.workflow;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.Units;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report: a location (a point at NWS's precision, or a grid) in some units. Its workflow ID is
 * readable and the same for everyone who asks, {@code forecast-41.967,-71.189-us} or {@code
 * forecast-BOX-70-82-si}, so that all requests for a place share one run, and the ID alone says
 * what the run is for.
 */
public record ReportKey(Location location, Units units) {

  private static final String PREFIX = "forecast-";
  private static final Pattern ID =
      Pattern.compile(
          "forecast-(?:(?<lat>-?\\d{1,2}(?:\\.\\d{1,4})?),(?<lon>-?\\d{1,3}(?:\\.\\d{1,4})?)"
              + "|(?<office>[A-Z]{3})-(?<x>\\d{1,4})-(?<y>\\d{1,4}))-(?<units>us|si)");

  public ReportKey {
    location = location.rounded();
  }

  public String workflowId() {
    return PREFIX + location.slug() + "-" + units.code();
  }

  /** The key a workflow ID stands for; empty for anything that is not exactly such an ID. */
  public static Optional<ReportKey> of(String workflowId) {
    Matcher id = ID.matcher(workflowId == null ? "" : workflowId);
    if (!id.matches()) {
      return Optional.empty();
    }
    try {
      Location location =
          id.group("lat") != null
              ? Location.of(
                  new Coordinates(
                      Double.parseDouble(id.group("lat")), Double.parseDouble(id.group("lon"))))
              : Location.of(
                  new GridPoint(
                      id.group("office"),
                      Integer.parseInt(id.group("x")),
                      Integer.parseInt(id.group("y"))));
      ReportKey key = new ReportKey(location, Units.of(id.group("units")).orElseThrow());
      // Only the one spelling we make: "41.9670" or "-0" would be another ID for the same place.
      return key.workflowId().equals(workflowId) ? Optional.of(key) : Optional.empty();
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
  }
}
