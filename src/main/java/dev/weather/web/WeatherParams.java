package dev.weather.web;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.Units;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query parameters of /weather and /api/forecast: a search ({@code q}), a point ({@code lat},
 * {@code lon}) or a grid ({@code office}, {@code gridX}, {@code gridY}), and {@code units}. Bound
 * as plain strings so that bad input gets our message, not a conversion error.
 */
record WeatherParams(
    String q, String lat, String lon, String office, String gridX, String gridY, String units) {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{1,12})?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");
  private static final Pattern OFFICE = Pattern.compile("[A-Za-z]{3}");

  boolean hasSearch() {
    return given(q);
  }

  /** The units asked for in the URL, if any; anything but us or si is an error. */
  Optional<Units> askedUnits() {
    if (!given(units)) {
      return Optional.empty();
    }
    return Optional.of(
        Units.of(units)
            .orElseThrow(
                () ->
                    new InvalidLocationException("units must be us (°F, mph) or si (°C, km/h).")));
  }

  /** The point or grid asked for, or empty when neither is (a search, or nothing at all). */
  Optional<Location> location() {
    boolean point = given(lat) || given(lon);
    boolean grid = given(office) || given(gridX) || given(gridY);
    if ((point || grid) && given(q)) {
      throw new InvalidLocationException("Give either a search (q) or a point or grid, not both.");
    }
    if (point && grid) {
      throw new InvalidLocationException(
          "Give either a point (lat and lon) or a grid (office, gridX and gridY), not both.");
    }
    if (grid) {
      return Optional.of(Location.of(grid()));
    }
    if (point) {
      return Optional.of(
          Location.of(
              new Coordinates(
                  degrees("lat", lat, Coordinates.MAX_LATITUDE),
                  degrees("lon", lon, Coordinates.MAX_LONGITUDE))));
    }
    return Optional.empty();
  }

  /** The parameters that name the place, for links to the same page in other units. */
  Map<String, String> placeParams() {
    Map<String, String> params = new LinkedHashMap<>();
    put(params, "q", q);
    put(params, "lat", lat);
    put(params, "lon", lon);
    put(params, "office", office);
    put(params, "gridX", gridX);
    put(params, "gridY", gridY);
    return params;
  }

  private GridPoint grid() {
    if (!given(office) || !OFFICE.matcher(office.strip()).matches()) {
      throw new InvalidLocationException(
          "office must be a three-letter NWS forecast office, such as SEW or BOX.");
    }
    return new GridPoint(
        office.strip().toUpperCase(Locale.ROOT), cell("gridX", gridX), cell("gridY", gridY));
  }

  private static int cell(String name, String value) {
    if (!given(value) || !WHOLE.matcher(value.strip()).matches()) {
      throw new InvalidLocationException(
          name + " must be a whole number from 0 to 9999, such as 124.");
    }
    return Integer.parseInt(value.strip());
  }

  private static double degrees(String name, String value, int limit) {
    String what = name.equals("lat") ? "latitude (lat)" : "longitude (lon)";
    if (!given(value)) {
      throw new InvalidLocationException("Both lat and lon are needed; " + what + " is missing.");
    }
    if (!DECIMAL.matcher(value.strip()).matches()) {
      throw new InvalidLocationException(
          what
              + " must be a number in decimal degrees, such as "
              + (limit == Coordinates.MAX_LATITUDE ? "47.6062" : "-122.3321")
              + ".");
    }
    double degrees = Double.parseDouble(value.strip());
    if (Math.abs(degrees) > limit) {
      throw new InvalidLocationException(
          what + " must be between -" + limit + " and " + limit + ".");
    }
    return degrees;
  }

  private static void put(Map<String, String> params, String name, String value) {
    if (given(value)) {
      params.put(name, value.strip());
    }
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }
}
