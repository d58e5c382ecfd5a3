package dev.weather.forecast;

import java.util.Locale;
import java.util.Optional;

/** The units NWS answers in: US customary (°F, mph) or SI (°C, km/h), NWS's {@code units} parameter. */
public enum Units {
  US,
  SI;

  /** The value of NWS's {@code units} query parameter, and of ours. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
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
