package dev.weather.nws;

import dev.weather.forecast.Observation;
import dev.weather.forecast.Units;
import java.util.Locale;

/**
 * A station's observation in the units a person chose. NWS ignores {@code units} for observations:
 * each value carries its own {@code unitCode}, as a rule SI ({@code wmoUnit:degC}), in older
 * answers {@code unit:degC} or even {@code unit:degF}. So every value is converted by its code, and
 * a value in a unit we do not know is left out, never guessed.
 */
final class Observations {

  /**
   * A heat index or wind chill this close to the temperature (5 °F) tells a person nothing more.
   */
  static final double FEELS_LIKE_MIN_CELSIUS = 5 / 1.8;

  private static final String[] COMPASS = {
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW",
    "NNW"
  };

  private Observations() {}

  static Observation of(NwsJson.ObservationProperties p, Units units) {
    Double celsius = celsius(p.temperature());
    Double feels =
        celsius(
            p.heatIndex() != null && p.heatIndex().value() != null ? p.heatIndex() : p.windChill());
    boolean feelsDifferent =
        celsius != null && feels != null && Math.abs(feels - celsius) >= FEELS_LIKE_MIN_CELSIUS;
    Double kmh = kmh(p.windSpeed());
    Double humidity = same(p.relativeHumidity(), "percent");
    Double pascals = pascals(p.barometricPressure());
    return new Observation(
        p.timestamp(),
        AnswerLimits.shortText(blankToNull(p.textDescription())),
        AnswerLimits.shortText(p.icon()),
        units.temperature(celsius),
        feelsDifferent ? units.temperature(feels) : null,
        units.temperature(celsius(p.dewpoint())),
        humidity == null ? null : (int) Math.round(humidity),
        units.speed(kmh),
        kmh == null || kmh == 0 ? null : compass(same(p.windDirection(), "degree_(angle)")),
        units.speed(kmh(p.windGust())),
        units.pressure(pascals != null ? pascals : pascals(p.seaLevelPressure())),
        units.length(metres(p.visibility())));
  }

  /** "NNE" for 20 degrees; null when not given. */
  static String compass(Double degrees) {
    if (degrees == null) {
      return null;
    }
    int sector = (int) Math.round(((degrees % 360 + 360) % 360) / 22.5) % COMPASS.length;
    return COMPASS[sector];
  }

  static Double celsius(NwsJson.Quantity q) {
    Double v = value(q);
    return v == null
        ? null
        : switch (unit(q)) {
          case "degc" -> v;
          case "degf" -> (v - 32) / 1.8;
          case "k" -> v - 273.15;
          default -> null;
        };
  }

  static Double kmh(NwsJson.Quantity q) {
    Double v = value(q);
    return v == null
        ? null
        : switch (unit(q)) {
          case "km_h-1" -> v;
          case "m_s-1" -> v * 3.6;
          case "kn", "[kn_i]" -> v * 1.852;
          case "[mi_i]_h-1", "mi_h-1", "mph" -> v * Units.KM_PER_MILE;
          default -> null;
        };
  }

  static Double pascals(NwsJson.Quantity q) {
    Double v = value(q);
    return v == null
        ? null
        : switch (unit(q)) {
          case "pa" -> v;
          case "hpa", "mbar" -> v * 100;
          case "kpa" -> v * 1000;
          case "[in_i'hg]" -> v * Units.PASCALS_PER_INCH_HG;
          default -> null;
        };
  }

  static Double metres(NwsJson.Quantity q) {
    Double v = value(q);
    return v == null
        ? null
        : switch (unit(q)) {
          case "m" -> v;
          case "km" -> v * 1000;
          case "[mi_i]", "mi" -> v * Units.KM_PER_MILE * 1000;
          case "[ft_i]", "ft" -> v * 0.3048;
          default -> null;
        };
  }

  /** The value when its unit is {@code code} (a percentage, an angle), else null. */
  private static Double same(NwsJson.Quantity q, String code) {
    Double v = value(q);
    return v != null && unit(q).equals(code) ? v : null;
  }

  private static Double value(NwsJson.Quantity q) {
    return q == null || q.value() == null || !Double.isFinite(q.value()) ? null : q.value();
  }

  /** "degc" from "wmoUnit:degC", "unit:degC" or "degC". */
  private static String unit(NwsJson.Quantity q) {
    String code = q.unitCode() == null ? "" : q.unitCode().strip();
    return code.substring(code.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
