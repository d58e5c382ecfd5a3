package dev.weather.nws;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.LongStream;

/**
 * When a value of NWS's raw grid holds, from {@code start} until {@code end}: an ISO 8601 interval
 * as NWS writes it, start and duration ({@code 2026-07-15T20:00:00+00:00/PT6H}, {@code .../P1DT6H};
 * a day is 24 hours, the offset being UTC's), or as ISO also allows, start and end, duration and
 * end.
 *
 * <p>An hour takes the value in force as it begins: the interval holds the whole UTC hours whose
 * start lies in it. An interval on the hour so holds every hour it covers; one that starts mid-hour
 * (12:30 for an hour) holds from the next hour on (13:00), so two intervals that follow each other
 * never share an hour.
 */
record ValidTime(Instant start, Instant end) {

  /**
   * The interval {@code text} names; null when it names none this app reads: a duration in years,
   * months or weeks (NWS sends none), {@code NOW}, an end not after the start.
   */
  static ValidTime parse(String text) {
    int slash = text == null ? -1 : text.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String first = text.substring(0, slash);
    String second = text.substring(slash + 1);
    try {
      ValidTime time =
          second.startsWith("P")
              ? new ValidTime(instant(first), instant(first).plus(Duration.parse(second)))
              : first.startsWith("P")
                  ? new ValidTime(instant(second).minus(Duration.parse(first)), instant(second))
                  : new ValidTime(instant(first), instant(second));
      return time.start.isBefore(time.end) ? time : null;
    } catch (DateTimeException | ArithmeticException unreadable) {
      return null;
    }
  }

  /** How many whole hours the interval holds (0 for a short one without an hour's start). */
  long hourCount() {
    return Duration.between(nextHour(start), nextHour(end)).toHours();
  }

  /** The whole hours the interval holds, in order, the first {@code limit} of them. */
  List<Instant> hours(int limit) {
    Instant first = nextHour(start);
    return LongStream.range(0, Math.min(hourCount(), limit))
        .mapToObj(i -> first.plus(i, ChronoUnit.HOURS))
        .toList();
  }

  /** {@code time} if it is a whole hour, else the next one. */
  private static Instant nextHour(Instant time) {
    Instant hour = time.truncatedTo(ChronoUnit.HOURS);
    return hour.equals(time) ? time : hour.plus(1, ChronoUnit.HOURS);
  }

  private static Instant instant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
