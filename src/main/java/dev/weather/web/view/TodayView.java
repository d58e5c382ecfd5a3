package dev.weather.web.view;

import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.HourlyPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The next 12 hours in one line a person can act on, at whatever hour they look: the high or the
 * low of the forecast period that covers most of them (at 4 AM today's high, at 4 PM tonight's
 * low), its sky, and from the hourly forecast whether and when precipitation comes ("Rain likely
 * after 2 PM, 70%").
 */
record TodayView(
    String name,
    String icon,
    String highOrLow,
    String temperature,
    String sky,
    String precipitation) {

  static final Duration AHEAD = Duration.ofHours(12);

  /**
   * NWS's own words start at 20%: "slight chance" (20), "chance" (30 to 50), "likely" (60, 70),
   * none from 80.
   */
  static final int SLIGHT = 20;

  private static final int CHANCE = 30;
  private static final int LIKELY = 60;
  private static final int CERTAIN = 80;

  /**
   * Null when no period of the forecast is left. {@code periods} are those not yet ended, in order.
   */
  static TodayView of(
      List<ForecastPeriod> periods, List<HourlyPeriod> hourly, ZoneId zone, Instant now) {
    if (periods.isEmpty()) {
      return null;
    }
    Instant end = now.plus(AHEAD);
    ForecastPeriod period = periods.get(0);
    if (periods.size() > 1
        && overlap(periods.get(1), now, end).compareTo(overlap(period, now, end)) > 0) {
      period = periods.get(1);
    }
    List<HourlyPeriod> hours =
        hourly.stream()
            .filter(
                h ->
                    h.endTime().toInstant().isAfter(now) && h.startTime().toInstant().isBefore(end))
            .toList();
    return new TodayView(
        period.name(),
        Icons.of(period.icon(), period.isDaytime()),
        period.isDaytime() ? "High" : "Low",
        period.temperature() == null ? "–" : period.temperature() + "°" + period.temperatureUnit(),
        period.shortForecast(),
        hours.isEmpty() ? fromPeriod(period) : fromHours(hours, zone));
  }

  private static Duration overlap(ForecastPeriod p, Instant from, Instant to) {
    Instant start = max(p.startTime().toInstant(), from);
    Instant stop = min(p.endTime().toInstant(), to);
    return stop.isAfter(start) ? Duration.between(start, stop) : Duration.ZERO;
  }

  /** Without the hourly forecast: the period's own chance. */
  private static String fromPeriod(ForecastPeriod period) {
    Integer chance = period.probabilityOfPrecipitation();
    return chance == null || chance < SLIGHT
        ? "No precipitation expected"
        : "Chance of precipitation " + chance + "%";
  }

  /**
   * When the chance is at its highest (within 10 points of the peak), said as NWS says a chance,
   * with the kind the hourly forecast names at the peak: "Chance of snow after 6 PM, 40%", "Rain
   * until 10 AM, 90%", "Showers likely 2 PM to 6 PM, 70%".
   */
  private static String fromHours(List<HourlyPeriod> hours, ZoneId zone) {
    int peak = 0;
    HourlyPeriod wettest = hours.get(0);
    for (HourlyPeriod h : hours) {
      int chance = chance(h);
      if (chance > peak) {
        peak = chance;
        wettest = h;
      }
    }
    if (peak < SLIGHT) {
      return peak == 0 ? "Dry: no precipitation expected" : "Dry: at most a " + peak + "% chance";
    }
    int near = peak - 10;
    int first = -1;
    int last = -1;
    for (int i = 0; i < hours.size(); i++) {
      if (chance(hours.get(i)) >= near) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    boolean starts = first > 0;
    boolean stops = last < hours.size() - 1;
    String from = Times.format(hours.get(first).startTime(), zone, Times.HOUR);
    String until = Times.format(hours.get(last).endTime(), zone, Times.HOUR);
    String when =
        starts && stops
            ? " " + from + " to " + until
            : starts ? " after " + from : stops ? " until " + until : "";
    String kind = kind(wettest.shortForecast());
    String said =
        peak >= CERTAIN
            ? capitalized(kind)
            : peak >= LIKELY
                ? capitalized(kind) + " likely"
                : peak >= CHANCE ? "Chance of " + kind : "Slight chance of " + kind;
    return said + when + ", " + peak + "%";
  }

  /** What falls, in NWS's words for it: "Rain Showers Likely" is showers, "Chance Snow" snow. */
  static String kind(String shortForecast) {
    String sky = shortForecast == null ? "" : shortForecast.toLowerCase(Locale.ROOT);
    if (sky.contains("thunder") || sky.contains("t-storm")) {
      return "thunderstorms";
    }
    if (sky.contains("freezing")) {
      return "freezing rain";
    }
    if (sky.contains("sleet") || sky.contains("wintry")) {
      return "sleet";
    }
    if (sky.contains("snow") || sky.contains("flurries")) {
      return "snow";
    }
    if (sky.contains("shower")) {
      return "showers";
    }
    if (sky.contains("drizzle")) {
      return "drizzle";
    }
    return sky.contains("rain") ? "rain" : "precipitation";
  }

  private static int chance(HourlyPeriod h) {
    return h.probabilityOfPrecipitation() == null ? 0 : h.probabilityOfPrecipitation();
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
