package dev.weather.web.view;

import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Measure;
import dev.weather.forecast.Observation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What it is like now, as the page prints it: rounded in the person's units, the time in the
 * place's zone.
 */
record NowView(
    String temperature,
    String sky,
    String icon,
    String feelsLike,
    String wind,
    String humidity,
    String dewpoint,
    String pressure,
    String visibility,
    String station,
    String distance,
    String observedAgo,
    String observedAt,
    String observedIso) {

  static NowView of(CurrentConditions now, ZoneId zone, Instant at) {
    Observation o = now.observation();
    return new NowView(
        Readings.whole(o.temperature()),
        o.description(),
        o.icon() == null ? null : Icons.of(o.icon(), Icons.daytime(o.icon())),
        Readings.whole(o.feelsLike()),
        Wind.observed(o.windSpeed(), o.windFrom(), o.windGust()),
        o.humidity() == null ? null : o.humidity() + "%",
        Readings.whole(o.dewpoint()),
        pressure(o.pressure()),
        visibility(o.visibility()),
        now.station().name(),
        now.distance() == null
            ? null
            : Readings.round(now.distance().value()) + " " + now.distance().unit(),
        Times.ago(Duration.between(o.observedAt().toInstant(), at)),
        Times.format(o.observedAt(), zone, Times.TIME),
        o.observedAt().toInstant().toString());
  }

  /** "30.08 inHg" or "1019 hPa": as barometers read. */
  private static String pressure(Measure m) {
    if (m == null) {
      return null;
    }
    return m.unit().equals("inHg")
        ? String.format(Locale.US, "%.2f %s", m.value(), m.unit())
        : Readings.round(m.value()) + " " + m.unit();
  }

  /** "10 mi", and a tenth under two: "0.5 mi" in fog. */
  private static String visibility(Measure m) {
    if (m == null) {
      return null;
    }
    return m.value() < 2
        ? String.format(Locale.US, "%.1f %s", m.value(), m.unit())
        : Readings.whole(m);
  }
}
