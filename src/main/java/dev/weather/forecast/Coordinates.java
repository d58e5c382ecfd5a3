package dev.weather.forecast;

/** A point on Earth in decimal degrees (WGS 84), as a person or a map gives it. */
public record Coordinates(double latitude, double longitude) {

  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be between -90 and 90, got " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be between -180 and 180, got " + longitude);
    }
  }
}
