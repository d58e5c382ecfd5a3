package dev.weather.web.view;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * When NWS last updated a forecast, as the page prints it: in the place's time, as an ISO instant
 * for {@code <time>}, as an age, and whether that age is long enough to warn of.
 *
 * @param text when, in the place's time ("Tue Mar 10, 11:55 AM")
 * @param iso the same instant, for the {@code datetime} attribute
 * @param ago how long ago ("25 minutes ago")
 * @param longAgo older than {@link #LONG_AGO}: the page flags it
 */
public record Updated(String text, String iso, String ago, boolean longAgo) {

  /**
   * A forecast NWS has not updated for longer than this is flagged: NWS updates its grids several
   * times a day.
   */
  static final Duration LONG_AGO = Duration.ofHours(12);

  /** {@code updated} as seen at {@code now} in {@code zone}; null when NWS gave no time. */
  static Updated of(OffsetDateTime updated, ZoneId zone, Instant now) {
    if (updated == null) {
      return null;
    }
    Duration age = Duration.between(updated.toInstant(), now);
    return new Updated(
        Times.format(updated, zone, Times.WHEN),
        updated.toInstant().toString(),
        Times.ago(age),
        age.compareTo(LONG_AGO) > 0);
  }
}
