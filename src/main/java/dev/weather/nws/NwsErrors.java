package dev.weather.nws;

import dev.weather.forecast.Causes;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;

/**
 * Turns what NWS answered instead of data (or the lack of any answer) into an {@link NwsException}.
 */
final class NwsErrors {

  private static final int MAX_DETAIL = 200;

  private NwsErrors() {}

  /**
   * A non-200 answer: a problem+json body when NWS wrote one, an HTML page from its CDN, or
   * nothing.
   */
  static NwsException fromResponse(int status, HttpHeaders headers, byte[] body, Clock clock) {
    NwsJson.Problem problem = parseProblem(body);
    String correlationId =
        problem != null && problem.correlationId() != null
            ? problem.correlationId()
            : headers.getFirst("X-Correlation-ID");
    NwsProblem result =
        problem != null && (problem.title() != null || problem.type() != null)
            ? new NwsProblem(
                status,
                clean(problem.type()),
                clean(problem.title()),
                clean(problem.detail()),
                clean(correlationId))
            : new NwsProblem(status, null, "HTTP " + status, plainText(body), clean(correlationId));
    return new NwsException(
        faultOf(status),
        result,
        retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER), clock),
        null);
  }

  /**
   * The fault of an answer that was not 200. 403 counts as passing: NWS's CDN answers it with an
   * HTML page when it throttles a client; any other 2xx or 3xx that reaches here is an answer we
   * cannot use.
   */
  static NwsFault faultOf(int status) {
    if (status == 404) {
      return NwsFault.NOT_FOUND;
    }
    if (status == 403 || status == 408 || status == 429 || status >= 500) {
      return NwsFault.UNAVAILABLE;
    }
    return status >= 400 ? NwsFault.REJECTED : NwsFault.MALFORMED;
  }

  /** NWS answered 200, but with something we cannot use. */
  static NwsException malformed(String detail, Throwable cause) {
    return new NwsException(
        NwsFault.MALFORMED,
        new NwsProblem(200, null, "Malformed response", clean(detail), null),
        null,
        cause);
  }

  /**
   * An answer longer than the app reads: not one NWS sends, so a copy gone wrong, retried as
   * malformed ones are.
   */
  static NwsException tooLarge(int status, long maxBytes) {
    return new NwsException(
        status == 200 ? NwsFault.MALFORMED : faultOf(status),
        new NwsProblem(
            status,
            null,
            "Answer too large",
            "longer than the " + maxBytes / 1024 + " KB read at most",
            null),
        null,
        null);
  }

  /** NWS redirected us to an address outside it, or in circles. */
  static NwsException misdirected(int status, String detail) {
    return new NwsException(
        NwsFault.MISDIRECTED,
        new NwsProblem(status, null, "Redirect not followed", clean(detail), null),
        null,
        null);
  }

  /** The call's deadline passed before NWS had answered in full. */
  static NwsException late(Duration deadline, Exception cause) {
    return new NwsException(
        NwsFault.UNAVAILABLE,
        new NwsProblem(
            0, null, "Timed out", "no complete answer within " + deadline.toMillis() + " ms", null),
        null,
        cause);
  }

  /** The connection failed or timed out: no HTTP status at all. */
  static NwsException noAnswer(Exception cause) {
    String title =
        Causes.find(cause, SocketTimeoutException.class) != null ? "Timed out" : "No answer";
    return new NwsException(
        NwsFault.UNAVAILABLE,
        new NwsProblem(0, null, title, cause.getMessage(), null),
        null,
        cause);
  }

  /** Retry-After is either a number of seconds or an HTTP date; anything else is ignored. */
  static Duration retryAfter(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Duration until =
            Duration.between(
                clock.instant(),
                ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private static NwsJson.Problem parseProblem(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return NwsJson.read(body, NwsJson.Problem.class);
    } catch (NwsException notJson) {
      return null;
    }
  }

  /**
   * What NWS wrote, fit to log and show: no control characters (a line break would forge a log
   * line) and at most {@value #MAX_DETAIL} characters.
   */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String plain = text.replaceAll("\\p{Cntrl}+", " ").strip();
    return plain.length() > MAX_DETAIL ? plain.substring(0, MAX_DETAIL) + "…" : plain;
  }

  /** A short, tag-free excerpt of a non-JSON body, e.g. the CDN's "Access Denied" page. */
  private static String plainText(byte[] body) {
    String text =
        new String(body, StandardCharsets.UTF_8)
            .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
            .replaceAll("<[^>]+>", " ")
            .replaceAll("\\s+", " ");
    String plain = clean(text);
    return plain.isEmpty() ? null : plain;
  }
}
