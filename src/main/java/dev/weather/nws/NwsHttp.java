package dev.weather.nws;

import dev.weather.forecast.Causes;
import dev.weather.forecast.Fresh;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One GET to NWS as HTTP, timed as {@code weather.nws.requests} by endpoint, status and outcome:
 * ended at its deadline, redirects followed only within the NWS origin, a body read no further than
 * the app allows, and whether NWS has been reached at all.
 */
final class NwsHttp {

  /**
   * Redirects followed for one call at most: NWS sends one (an over-precise point to the rounded
   * one).
   */
  static final int MAX_REDIRECTS = 3;

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final RestClient http;
  private final NwsOrigin origin;
  private final Clock clock;
  private final long maxAnswerBytes;
  private final MeterRegistry meters;
  private final Deadlines deadlines;
  private final Duration callTimeout;

  /**
   * Whether NWS has answered at all since the app started, and whether the last call could not even
   * connect.
   */
  private final AtomicBoolean answered = new AtomicBoolean();

  private volatile boolean lastCouldNotConnect;

  NwsHttp(
      RestClient http,
      URI base,
      Clock clock,
      MeterRegistry meters,
      Deadlines deadlines,
      Duration callTimeout,
      long maxAnswerBytes) {
    this.http = http;
    this.meters = meters;
    this.deadlines = deadlines;
    this.callTimeout = callTimeout;
    this.origin = new NwsOrigin(base);
    this.clock = clock;
    this.maxAnswerBytes = maxAnswerBytes;
  }

  /**
   * One timed GET, following NWS's own redirects: the body read as {@code type}, mapped, with its
   * freshness.
   */
  <J, T> Fresh<T> get(
      String endpoint,
      Duration ceiling,
      Class<J> type,
      Function<J, T> map,
      String path,
      Object... ids) {
    Timer.Sample sample = Timer.start(meters);
    Deadlines.Deadline deadline = deadlines.open(callTimeout);
    try {
      Fresh<J> answer = fetch(ceiling, type, path, ids);
      Fresh<T> mapped = new Fresh<>(mapped(answer.value(), map), answer.until());
      record(sample, endpoint, "200", "ok");
      return mapped;
    } catch (NwsException e) {
      record(
          sample,
          endpoint,
          e.problem().status() == 0 ? "none" : String.valueOf(e.problem().status()),
          "error");
      throw e;
    } catch (RuntimeException e) {
      // A request cancelled at its deadline fails as whatever it was doing: an I/O error, or an
      // endpoint gone.
      if (!deadline.passed() && !(e instanceof ResourceAccessException)) {
        throw e;
      }
      record(sample, endpoint, "none", "error");
      if (deadline.passed()) {
        throw NwsErrors.late(deadline.length(), e);
      }
      lastCouldNotConnect = couldNotConnect(e);
      throw NwsErrors.noAnswer(e);
    } finally {
      deadline.close();
    }
  }

  private static <J, T> T mapped(J answer, Function<J, T> map) {
    try {
      return map.apply(answer);
    } catch (IllegalArgumentException | DateTimeException e) {
      // Ids out of range, an unknown time zone: what NWS sent cannot be used, nor put in a URL.
      throw NwsErrors.malformed(e.getMessage(), e);
    }
  }

  /**
   * The answer to {@code path} with {@code ids}, read as {@code type}, fresh as long as NWS said
   * (at most {@code ceiling}); a failure of NWS is an {@link NwsException}, one of the connection
   * whatever the HTTP client threw.
   */
  private <J> Fresh<J> fetch(Duration ceiling, Class<J> type, String path, Object... ids) {
    Answer<J> answer = exchange(http.get().uri(path, ids), ceiling, type);
    for (int hops = 0; answer.redirect() != null; hops++) {
      if (hops == MAX_REDIRECTS) {
        throw NwsErrors.misdirected(answer.status(), "more than " + MAX_REDIRECTS + " redirects");
      }
      answer = exchange(http.get().uri(answer.redirect()), ceiling, type);
    }
    return answer.value();
  }

  /**
   * True while NWS has never answered since the app started and the last call could not connect (no
   * route, refused, no DNS): most likely this machine is offline, not NWS down.
   */
  boolean neverReached() {
    return !answered.get() && lastCouldNotConnect;
  }

  /** The NWS host, as people know it: api.weather.gov. */
  String host() {
    return origin.uri().getHost();
  }

  private static boolean couldNotConnect(Exception e) {
    return Causes.any(
        e,
        t ->
            t instanceof ConnectException
                || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException);
  }

  /** What one request gave: a value, or where NWS redirected us. */
  private record Answer<T>(Fresh<T> value, URI redirect, int status) {}

  private <J> Answer<J> exchange(
      RestClient.RequestHeadersSpec<?> request, Duration ceiling, Class<J> type) {
    return request.exchange(
        (sent, response) -> {
          answered.set(true);
          lastCouldNotConnect = false;
          byte[] body = read(response);
          int code = response.getStatusCode().value();
          if (REDIRECTS.contains(code)) {
            return new Answer<>(
                null,
                origin.redirect(
                    sent.getURI(), response.getHeaders().getFirst(HttpHeaders.LOCATION), code),
                code);
          }
          if (code != 200) {
            throw NwsErrors.fromResponse(code, response.getHeaders(), body, clock);
          }
          J value = NwsJson.read(body, type);
          return new Answer<>(
              new Fresh<>(value, Freshness.until(response.getHeaders(), clock, ceiling)),
              null,
              code);
        },
        true);
  }

  /**
   * The body, up to {@code maxAnswerBytes} as it comes (after decompression, which the HTTP client
   * does as it reads): an answer that says or turns out to be longer is refused before more of it
   * is read, and its connection dropped.
   */
  private byte[] read(ClientHttpResponse response) throws IOException {
    long declared = response.getHeaders().getContentLength();
    byte[] body =
        declared > maxAnswerBytes ? null : response.getBody().readNBytes((int) maxAnswerBytes + 1);
    if (body == null || body.length > maxAnswerBytes) {
      throw NwsErrors.tooLarge(response.getStatusCode().value(), maxAnswerBytes);
    }
    return body;
  }

  private void record(Timer.Sample sample, String endpoint, String status, String outcome) {
    sample.stop(
        Timer.builder("weather.nws.requests")
            .description("Calls to the National Weather Service API")
            .tags("endpoint", endpoint, "status", status, "outcome", outcome)
            .register(meters));
  }
}
