package dev.weather.forecast;

import java.util.Locale;
import java.util.Optional;

/**
 * The units NWS answers in: US customary (°F, mph) or SI (°C, km/h), NWS's {@code units} parameter.
 */
public enum Units {
  US,
  SI;

  public static final double KM_PER_MILE = 1.609344;
  public static final double PASCALS_PER_INCH_HG = 3386.389;
  public static final double MM_PER_INCH = 25.4;

  /** The value of NWS's {@code units} query parameter, and of ours. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A temperature given in °C, in these units: °F or °C; null stays null. */
  public Measure temperature(Double celsius) {
    return celsius == null
        ? null
        : this == US ? measure(celsius * 1.8 + 32, "°F", 1) : measure(celsius, "°C", 1);
  }

  /** A speed given in km/h, in these units: mph or km/h. */
  public Measure speed(Double kmh) {
    return kmh == null
        ? null
        : this == US ? measure(kmh / KM_PER_MILE, "mph", 1) : measure(kmh, "km/h", 1);
  }

  /** A pressure given in pascals, in these units: inches of mercury or hectopascals (millibars). */
  public Measure pressure(Double pascals) {
    return pascals == null
        ? null
        : this == US
            ? measure(pascals / PASCALS_PER_INCH_HG, "inHg", 2)
            : measure(pascals / 100, "hPa", 1);
  }

  /**
   * An amount of precipitation given in millimetres (its liquid equivalent), in these units: inches
   * to a hundredth, as NWS gives them, or millimetres to a tenth.
   */
  public Measure precipitation(Double mm) {
    return mm == null
        ? null
        : this == US ? measure(mm / MM_PER_INCH, "in", 2) : measure(mm, "mm", 1);
  }

  /**
   * A depth of snow or ice given in millimetres, in these units: inches or centimetres, to a tenth.
   */
  public Measure depth(Double mm) {
    return mm == null
        ? null
        : this == US ? measure(mm / MM_PER_INCH, "in", 1) : measure(mm / 10, "cm", 1);
  }

  /** A length given in metres, in these units: miles or kilometres. */
  public Measure length(Double metres) {
    return metres == null
        ? null
        : this == US
            ? measure(metres / 1000 / KM_PER_MILE, "mi", 1)
            : measure(metres / 1000, "km", 1);
  }

  /** Kept to a sensible precision: instruments do not measure a hundredth of a degree. */
  private static Measure measure(double value, String unit, int decimals) {
    double scale = Math.pow(10, decimals);
    return new Measure(Math.round(value * scale) / scale, unit);
  }

  /** "us" or "si", in any case; anything else is empty. */
  public static Optional<Units> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Units units : values()) {
      if (units.code().equalsIgnoreCase(code.strip())) {
        return Optional.of(units);
      }
    }
    return Optional.empty();
  }
}
