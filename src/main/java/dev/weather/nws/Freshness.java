package dev.weather.nws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * How long NWS says an answer stays fresh, read as an HTTP cache would: {@code Cache-Control}
 * max-age (NWS sends {@code public, max-age=282, s-maxage=3600}: the first is its word to clients,
 * the second to its CDN), else s-maxage, else {@code Expires} less {@code Date}; minus the {@code
 * Age} the answer already had in a cache. The result is kept between a floor, so a crowd shares one
 * answer even when NWS says nothing, and a ceiling.
 */
final class Freshness {

  /** However NWS words it, an answer is shared for at least this long. */
  static final Duration FLOOR = Duration.ofSeconds(30);

  /** Forecasts and alerts change about hourly. */
  static final Duration FORECAST_CEILING = Duration.ofHours(1);

  /** A point's grid and time zone change only when NWS redraws its grids. */
  static final Duration POINT_CEILING = Duration.ofDays(7);

  private Freshness() {}

  /** Until when an answer with these headers, received now, stays fresh. */
  static Instant until(HttpHeaders headers, Clock clock, Duration ceiling) {
    Duration said = lifetime(headers, clock).orElse(FLOOR);
    Duration bounded =
        said.compareTo(FLOOR) < 0 ? FLOOR : said.compareTo(ceiling) > 0 ? ceiling : said;
    return clock.instant().plus(bounded);
  }

  /** What the headers say, before bounds; empty when they say nothing usable. */
  static Optional<Duration> lifetime(HttpHeaders headers, Clock clock) {
    Long maxAge = null;
    Long sharedMaxAge = null;
    for (String value : headers.getOrEmpty(HttpHeaders.CACHE_CONTROL)) {
      for (String directive : value.split(",")) {
        String d = directive.strip().toLowerCase(Locale.ROOT);
        // Private answers are for one client; this cache serves everyone.
        if (d.equals("no-store") || d.equals("no-cache") || d.equals("private")) {
          return Optional.of(Duration.ZERO);
        }
        maxAge =
            d.startsWith("max-age=")
                ? seconds(d.substring(8), 0L)
                : maxAge; // invalid: already stale
        sharedMaxAge = d.startsWith("s-maxage=") ? seconds(d.substring(9), 0L) : sharedMaxAge;
      }
    }
    Long seconds = maxAge != null ? maxAge : sharedMaxAge;
    Duration lifetime;
    if (seconds != null) {
      lifetime = Duration.ofSeconds(seconds);
    } else {
      Instant expires = date(headers.getFirst(HttpHeaders.EXPIRES));
      if (expires == null) {
        return Optional.empty();
      }
      Instant sent = date(headers.getFirst(HttpHeaders.DATE));
      lifetime = Duration.between(sent != null ? sent : clock.instant(), expires);
    }
    Long age = seconds(headers.getFirst(HttpHeaders.AGE), null);
    Duration left = age == null ? lifetime : lifetime.minusSeconds(age);
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  private static Long seconds(String value, Long otherwise) {
    if (value == null) {
      return otherwise;
    }
    String digits = value.strip().replace("\"", "");
    if (!digits.matches("\\d+")) {
      return otherwise;
    }
    try {
      return Long.valueOf(digits);
    } catch (NumberFormatException tooBig) {
      return (long) Integer.MAX_VALUE; // as RFC 9111 says for a value too large to hold
    }
  }

  private static Instant date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }
}
