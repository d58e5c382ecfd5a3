package dev.weather.web.view;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Daylight;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * Today's sunrise, sunset and length of daylight at a point: NWS's when its points answer is of
 * today, else computed (commons-suncalc). Where the sun does not rise or set today (Utqiagvik, AK,
 * in winter and summer), {@code polar} says so instead.
 */
record SunView(String sunrise, String sunset, String daylight, String polar) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  static SunView of(Coordinates point, ZoneId zone, LocalDate today, Daylight fromNws) {
    if (fromNws != null && fromNws.sunrise().atZoneSameInstant(zone).toLocalDate().equals(today)) {
      return of(
          fromNws.sunrise().atZoneSameInstant(zone), fromNws.sunset().atZoneSameInstant(zone));
    }
    SunTimes sun =
        SunTimes.compute()
            .on(today.atStartOfDay(zone))
            .timezone(zone)
            .at(point.latitude(), point.longitude())
            .oneDay()
            .execute();
    if (sun.isAlwaysUp()) {
      return new SunView(null, null, null, "The sun does not set today.");
    }
    if (sun.isAlwaysDown()) {
      return new SunView(null, null, null, "The sun does not rise today.");
    }
    return of(sun.getRise(), sun.getSet());
  }

  /** Either may be missing on the day the sun starts or stops setting. */
  private static SunView of(ZonedDateTime rise, ZonedDateTime set) {
    String daylight =
        rise != null && set != null && set.isAfter(rise)
            ? length(Duration.between(rise, set))
            : null;
    return new SunView(
        rise == null ? null : rise.format(TIME),
        set == null ? null : set.format(TIME),
        daylight,
        null);
  }

  private static String length(Duration daylight) {
    return daylight.toHours() + " h " + daylight.toMinutesPart() + " min";
  }
}
