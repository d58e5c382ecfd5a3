package dev.weather.nws;

import dev.weather.forecast.Observation;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.Units;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * A station's observation in the units a person chose. NWS ignores {@code units} for observations:
 * each value carries its own {@code unitCode}, as a rule SI ({@code wmoUnit:degC}), in older
 * answers {@code unit:degC} or even {@code unit:degF}. So every value is converted by its code
 * ({@link Dimension}), and a value in a unit we do not know is left out, never guessed.
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
    Double humidity = in(Dimension.PERCENT, p.relativeHumidity());
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
        kmh == null || kmh == 0 ? null : compass(in(Dimension.ANGLE, p.windDirection())),
        units.speed(kmh(p.windGust())),
        units.pressure(pascals != null ? pascals : pascals(p.seaLevelPressure())),
        units.length(metres(p.visibility())));
  }

  /**
   * A station's readings from {@code since} on, one for each clock hour (UTC), oldest first: of an
   * hour's readings the latest with a description, which the hourly report has and the five-minute
   * ones lack, else the latest. A reading without a temperature or a time is left out.
   */
  static List<PastHour> hourly(
      List<NwsJson.ObservationFeature> features, Instant since, Units units) {
    Map<Instant, NwsJson.ObservationProperties> byHour = new TreeMap<>();
    features.stream()
        .filter(Objects::nonNull)
        .map(NwsJson.ObservationFeature::properties)
        .filter(p -> p != null && p.timestamp() != null && celsius(p.temperature()) != null)
        .filter(p -> !p.timestamp().toInstant().isBefore(since))
        .forEach(
            p ->
                byHour.merge(
                    p.timestamp().toInstant().truncatedTo(ChronoUnit.HOURS),
                    p,
                    Observations::rather));
    return byHour.values().stream()
        .skip(Math.max(0, byHour.size() - AnswerLimits.PAST_HOURS))
        .map(p -> pastHour(p, units))
        .toList();
  }

  /** Of two readings in one hour, the one that stands for it: described first, then latest. */
  private static NwsJson.ObservationProperties rather(
      NwsJson.ObservationProperties a, NwsJson.ObservationProperties b) {
    boolean aDescribed = blankToNull(a.textDescription()) != null;
    if (aDescribed != (blankToNull(b.textDescription()) != null)) {
      return aDescribed ? a : b;
    }
    return a.timestamp().isAfter(b.timestamp()) ? a : b;
  }

  private static PastHour pastHour(NwsJson.ObservationProperties p, Units units) {
    Double kmh = kmh(p.windSpeed());
    return new PastHour(
        p.timestamp(),
        AnswerLimits.shortText(blankToNull(p.textDescription())),
        units.temperature(celsius(p.temperature())),
        units.speed(kmh),
        kmh == null || kmh == 0 ? null : compass(in(Dimension.ANGLE, p.windDirection())),
        units.speed(kmh(p.windGust())),
        units.precipitation(in(Dimension.DEPTH, p.precipitationLastHour())));
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
    return in(Dimension.TEMPERATURE, q);
  }

  static Double kmh(NwsJson.Quantity q) {
    return in(Dimension.SPEED, q);
  }

  static Double pascals(NwsJson.Quantity q) {
    return in(Dimension.PRESSURE, q);
  }

  static Double metres(NwsJson.Quantity q) {
    return in(Dimension.DISTANCE, q);
  }

  /** {@code q} in {@code dimension}'s unit; null when not given or in a unit it does not know. */
  private static Double in(Dimension dimension, NwsJson.Quantity q) {
    if (q == null || q.value() == null || !Double.isFinite(q.value())) {
      return null;
    }
    DoubleUnaryOperator conversion = dimension.converter(q.unitCode());
    return conversion == null ? null : conversion.applyAsDouble(q.value());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
