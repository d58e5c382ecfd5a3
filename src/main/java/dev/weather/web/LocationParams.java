package dev.weather.web;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The query parameters that name a location: {@code lat} and {@code lon}, or {@code office}, {@code gridX} and
 * {@code gridY}. Bound as plain strings so that bad input gets our message, not a conversion error.
 */
record LocationParams(String lat, String lon, String office, String gridX, String gridY) {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{1,12})?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");
  private static final Pattern OFFICE = Pattern.compile("[A-Za-z]{3}");

  /** The location asked for, or the default one when no parameter is given. */
  Location toLocation(DefaultLocation fallback) {
    boolean point = given(lat) || given(lon);
    boolean grid = given(office) || given(gridX) || given(gridY);
    if (point && grid) {
      throw new InvalidLocationException(
          "Give either a point (lat and lon) or a grid (office, gridX and gridY), not both.");
    }
    if (grid) {
      return Location.of(grid());
    }
    if (point) {
      return Location.of(new Coordinates(degrees("lat", lat, 90), degrees("lon", lon, 180)));
    }
    return Location.of(new Coordinates(fallback.latitude(), fallback.longitude()));
  }

  private GridPoint grid() {
    if (!given(office) || !OFFICE.matcher(office.trim()).matches()) {
      throw new InvalidLocationException(
          "office must be a three-letter NWS forecast office, such as SEW or BOX.");
    }
    return new GridPoint(
        office.trim().toUpperCase(Locale.ROOT), cell("gridX", gridX), cell("gridY", gridY));
  }

  private static int cell(String name, String value) {
    if (!given(value) || !WHOLE.matcher(value.trim()).matches()) {
      throw new InvalidLocationException(name + " must be a whole number from 0 to 9999, such as 124.");
    }
    return Integer.parseInt(value.trim());
  }

  private static double degrees(String name, String value, int limit) {
    String what = name.equals("lat") ? "latitude (lat)" : "longitude (lon)";
    if (!given(value)) {
      throw new InvalidLocationException(
          "Both lat and lon are needed; " + what + " is missing.");
    }
    if (!DECIMAL.matcher(value.trim()).matches()) {
      throw new InvalidLocationException(
          what + " must be a number in decimal degrees, such as " + (limit == 90 ? "47.6062" : "-122.3321") + ".");
    }
    double degrees = Double.parseDouble(value.trim());
    if (Math.abs(degrees) > limit) {
      throw new InvalidLocationException(
          what + " must be between -" + limit + " and " + limit + ".");
    }
    return degrees;
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }
}
