package dev.weather.watch;

import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Units;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the forecast says of a plan's window: the highest chance of rain, whether thunder is
 * forecast, the strongest gust, the lowest temperature and the highest heat index over its hours
 * (each null when NWS gives none). The raw grid gives the first four for all 7 days; temperatures
 * come from the hourly forecast for its 48 hours and from the 12-hour periods beyond.
 */
public record PlanLook(
    Integer rainChance, boolean thunder, Integer gustMph, Integer lowF, Integer heatIndexF) {

  static PlanLook of(
      GridHours grid,
      List<HourlyPeriod> hourly,
      List<ForecastPeriod> periods,
      Instant from,
      Instant to) {
    List<GridHour> hours = grid.between(from, to);
    Integer rain =
        hours.stream()
            .map(GridHour::probabilityOfPrecipitation)
            .filter(Objects::nonNull)
            .max(Integer::compare)
            .orElse(null);
    boolean thunder =
        hours.stream()
            .anyMatch(
                h ->
                    (h.probabilityOfThunder() != null && h.probabilityOfThunder() > 0)
                        || (h.weather() != null
                            && h.weather().stream()
                                .anyMatch(
                                    w -> w.weather() != null && w.weather().contains("thunder"))));
    Integer gust =
        hours.stream()
            .map(GridHour::windGust)
            .filter(Objects::nonNull)
            .max(Double::compare)
            .map(kmh -> (int) Math.round(kmh / Units.KM_PER_MILE))
            .orElse(null);
    Integer heat =
        hours.stream()
            .map(GridHour::heatIndex)
            .filter(Objects::nonNull)
            .max(Double::compare)
            .map(c -> (int) Math.round(c * 1.8 + 32))
            .orElse(null);
    Integer low =
        hourly.stream()
            .filter(p -> p.startTime().toInstant().isBefore(to) && p.end().isAfter(from))
            .map(HourlyPeriod::temperature)
            .filter(Objects::nonNull)
            .min(Integer::compare)
            .orElse(null);
    if (low == null) {
      low =
          periods.stream()
              .filter(
                  p ->
                      p.startTime().toInstant().isBefore(to)
                          && p.endTime().toInstant().isAfter(from))
              .map(ForecastPeriod::temperature)
              .filter(Objects::nonNull)
              .min(Integer::compare)
              .orElse(null);
    }
    return new PlanLook(rain, thunder, gust, low, heat);
  }

  /** The look in words, for its messages. */
  String words() {
    return (rainChance == null
            ? "No chance of rain given"
            : "Chance of rain up to " + rainChance + "%")
        + "; thunder "
        + (thunder ? "forecast" : "not forecast")
        + "; "
        + (gustMph == null ? "no gusts given" : "gusts to " + gustMph + " mph")
        + "; "
        + (lowF == null ? "no low given" : "a low of " + lowF + " °F")
        + "; "
        + (heatIndexF == null ? "no heat index given" : "heat index up to " + heatIndexF + " °F")
        + ".";
  }
}
