package dev.weather.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A point on Earth in decimal degrees (WGS 84), as a person or a map gives it. */
public record Coordinates(double latitude, double longitude) {

  /** The largest latitude, north or south; every check of what a person typed uses it. */
  public static final int MAX_LATITUDE = 90;

  /** The largest longitude, east or west. */
  public static final int MAX_LONGITUDE = 180;

  private static final double EARTH_RADIUS_KM = 6371.0088;

  public Coordinates {
    if (!(Math.abs(latitude) <= MAX_LATITUDE)) {
      throw new IllegalArgumentException("latitude must be between -90 and 90, got " + latitude);
    }
    if (!(Math.abs(longitude) <= MAX_LONGITUDE)) {
      throw new IllegalArgumentException(
          "longitude must be between -180 and 180, got " + longitude);
    }
  }

  /**
   * The same point at NWS's precision, so that points NWS cannot tell apart are one place to us
   * too.
   */
  public Coordinates rounded() {
    return new Coordinates(
        Double.parseDouble(degrees(latitude)), Double.parseDouble(degrees(longitude)));
  }

  /** The great-circle distance to {@code other}, in kilometres. */
  public double kilometresTo(Coordinates other) {
    return kilometres(latitude, longitude, other.latitude, other.longitude);
  }

  /**
   * The great-circle distance between two points in degrees, in kilometres, on a sphere of the
   * Earth's mean radius: the one distance formula, for callers that keep many points as bare
   * numbers.
   */
  public static double kilometres(
      double latitude1, double longitude1, double latitude2, double longitude2) {
    double dLat = Math.toRadians(latitude2 - latitude1);
    double dLon = Math.toRadians(longitude2 - longitude1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(latitude1))
                * Math.cos(Math.toRadians(latitude2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /**
   * The most degrees of latitude apart two points within {@code km} can be: a cheap bound before
   * the formula.
   */
  public static double latitudeSpan(double km) {
    return Math.toDegrees(km / EARTH_RADIUS_KM);
  }

  /** "47.6062,-122.3321": the point as NWS takes it in a URL. */
  public String text() {
    return degrees(latitude) + "," + degrees(longitude);
  }

  /**
   * NWS accepts at most four decimals and no trailing zeros (it answers 301 otherwise), so 47.60620
   * becomes "47.6062" and -71.18900 becomes "-71.189".
   */
  public static String degrees(double degrees) {
    BigDecimal rounded =
        BigDecimal.valueOf(degrees).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }
}
