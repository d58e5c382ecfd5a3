package dev.weather.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * NWS's raw grid for one cell, hour by hour, in time order: the detail the 12-hour and hourly
 * forecasts leave out (feels-like temperatures, gusts, sky cover, the chance of thunder, the kind
 * of weather) and how much rain, snow and ice falls ({@link Amounts}). Past hours of the day are
 * included, as NWS sends them. {@code updateTime} is when NWS last updated the grid.
 */
public record GridHours(OffsetDateTime updateTime, List<GridHour> hours) {

  public GridHours {
    hours = List.copyOf(hours);
  }

  /** The first {@code most} hours that have not ended by {@code now}: the hour under way and on. */
  public GridHours from(Instant now, int most) {
    Instant hourUnderWay = now.minus(Duration.ofHours(1));
    return new GridHours(
        updateTime,
        hours.stream().filter(hour -> hour.start().isAfter(hourUnderWay)).limit(most).toList());
  }

  /** The hours that start from {@code from} until {@code until}. */
  public List<GridHour> between(Instant from, Instant until) {
    return hours.stream()
        .filter(hour -> !hour.start().isBefore(from) && hour.start().isBefore(until))
        .toList();
  }

  /** The hour that starts at {@code start}, if the grid has it. */
  public Optional<GridHour> at(Instant start) {
    return hours.stream().filter(hour -> hour.start().equals(start)).findFirst();
  }
}
