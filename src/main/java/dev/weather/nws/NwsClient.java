package dev.weather.nws;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Causes;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Observation;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Station;
import dev.weather.forecast.Units;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Calls NWS. Each method is one GET whose URL is built from the configured base URL and ids only;
 * URLs in response bodies are never followed, and a redirect only to the configured NWS origin
 * (scheme, host and port), so a response cannot send us elsewhere. Every answer is a value ({@link
 * NwsAnswers} reads it) or a typed {@link NwsException}. Each answer comes with how long NWS said
 * it stays fresh, and each call is timed as {@code weather.nws.requests} by endpoint, status and
 * outcome.
 */
public class NwsClient {

  /**
   * Redirects followed for one call at most: NWS sends one (an over-precise point to the rounded
   * one).
   */
  static final int MAX_REDIRECTS = 3;

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final RestClient http;
  private final URI base;
  private final Clock clock;
  private final MeterRegistry meters;
  private final Deadlines deadlines;
  private final Duration callTimeout;
  private final long maxAnswerBytes;

  /**
   * Whether NWS has answered at all since the app started, and whether the last call could not even
   * connect.
   */
  private final AtomicBoolean answered = new AtomicBoolean();

  private volatile boolean lastCouldNotConnect;

  /**
   * {@code base} is the NWS origin the client's base URL names: the only one a redirect may lead
   * to. Each call, its redirects included, ends within {@code callTimeout}, by the {@code
   * deadlines} its HTTP client watches; no answer is read past {@code maxAnswerBytes}.
   */
  NwsClient(
      RestClient http,
      URI base,
      Clock clock,
      MeterRegistry meters,
      Deadlines deadlines,
      Duration callTimeout,
      long maxAnswerBytes) {
    this.http = http;
    this.base = base;
    this.clock = clock;
    this.meters = meters;
    this.deadlines = deadlines;
    this.callTimeout = callTimeout;
    this.maxAnswerBytes = maxAnswerBytes;
  }

  /**
   * Runs {@code calls} so that the NWS calls they make end, all together, within {@code time}: a
   * call that would outlast it is cut short, and one started after it fails at once, without
   * reaching NWS.
   */
  public <T> T within(Duration time, Supplier<T> calls) {
    try (Deadlines.Deadline ignored = deadlines.open(time)) {
      return calls.get();
    }
  }

  /** GET /points/{lat},{lon}: the grid, nearest place and time zone of a point. */
  public Fresh<PointInfo> point(Coordinates point) {
    return get(
        "points",
        Freshness.POINT_CEILING,
        NwsJson.PointFeature.class,
        NwsAnswers::point,
        "/points/{lat},{lon}",
        Coordinates.degrees(point.latitude()),
        Coordinates.degrees(point.longitude()));
  }

  /** GET /gridpoints/{office}/{x},{y}/forecast: the 12-hour periods of a grid cell. */
  public Fresh<GridForecast> forecast(GridPoint grid, Units units) {
    return gridForecast(
        "forecast",
        "/gridpoints/{office}/{x},{y}/forecast?units={units}",
        grid,
        units,
        NwsAnswers::forecast);
  }

  /** GET /gridpoints/{office}/{x},{y}/forecast/hourly: about a week of hours. */
  public Fresh<List<HourlyPeriod>> hourly(GridPoint grid, Units units) {
    return gridForecast(
        "hourly",
        "/gridpoints/{office}/{x},{y}/forecast/hourly?units={units}",
        grid,
        units,
        NwsAnswers::hourly);
  }

  /** GET /alerts/active?point={lat},{lon}: the watches, warnings and advisories in force there. */
  public Fresh<List<Alert>> alerts(Coordinates point) {
    return get(
        "alerts",
        Freshness.FORECAST_CEILING,
        NwsJson.AlertCollection.class,
        NwsAnswers::alerts,
        "/alerts/active?point={lat},{lon}",
        Coordinates.degrees(point.latitude()),
        Coordinates.degrees(point.longitude()));
  }

  /**
   * GET /gridpoints/{office}/{x},{y}/stations: the observation stations for a grid cell, nearest
   * first; only the first {@code limit}. A station without an identifier NWS would take back in a
   * URL, or without a place, is left out.
   */
  public Fresh<List<Station>> stations(GridPoint grid, int limit) {
    return get(
        "stations",
        Freshness.POINT_CEILING,
        NwsJson.StationCollection.class,
        collection -> NwsAnswers.stations(collection, limit),
        "/gridpoints/{office}/{x},{y}/stations?limit={limit}",
        grid.office(),
        grid.gridX(),
        grid.gridY(),
        limit);
  }

  /** GET /stations/{id}/observations/latest: what the station last reported, in {@code units}. */
  public Fresh<Observation> latestObservation(String stationId, Units units) {
    if (!NwsAnswers.STATION_ID.matcher(stationId).matches()) {
      throw new IllegalArgumentException("not a station identifier: " + stationId);
    }
    return get(
        "observations",
        Freshness.FORECAST_CEILING,
        NwsJson.ObservationFeature.class,
        feature -> NwsAnswers.observation(feature, units),
        "/stations/{id}/observations/latest",
        stationId);
  }

  private <T> Fresh<T> gridForecast(
      String endpoint,
      String path,
      GridPoint grid,
      Units units,
      Function<NwsJson.ForecastProperties, T> map) {
    return get(
        endpoint,
        Freshness.FORECAST_CEILING,
        NwsJson.ForecastFeature.class,
        feature -> map.apply(NwsAnswers.current(feature, now())),
        path,
        grid.office(),
        grid.gridX(),
        grid.gridY(),
        units.code());
  }

  /**
   * One timed GET, following NWS's own redirects: the body read as {@code type}, mapped, with its
   * freshness.
   */
  private <J, T> Fresh<T> get(
      String endpoint,
      Duration ceiling,
      Class<J> type,
      Function<J, T> map,
      String path,
      Object... ids) {
    Timer.Sample sample = Timer.start(meters);
    Deadlines.Deadline deadline = deadlines.open(callTimeout);
    try {
      Answer<T> answer = exchange(http.get().uri(path, ids), ceiling, type, map);
      for (int hops = 0; answer.redirect() != null; hops++) {
        if (hops == MAX_REDIRECTS) {
          throw NwsErrors.misdirected(answer.status(), "more than " + MAX_REDIRECTS + " redirects");
        }
        answer = exchange(http.get().uri(answer.redirect()), ceiling, type, map);
      }
      record(sample, endpoint, "200", "ok");
      return answer.value();
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

  /**
   * True while NWS has never answered since the app started and the last call could not connect (no
   * route, refused, no DNS): most likely this machine is offline, not NWS down.
   */
  public boolean neverReached() {
    return !answered.get() && lastCouldNotConnect;
  }

  /** The NWS host, as people know it: api.weather.gov. */
  public String host() {
    return base.getHost();
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

  private <J, T> Answer<T> exchange(
      RestClient.RequestHeadersSpec<?> request,
      Duration ceiling,
      Class<J> type,
      Function<J, T> map) {
    return request.exchange(
        (sent, response) -> {
          answered.set(true);
          lastCouldNotConnect = false;
          byte[] body = read(response);
          int code = response.getStatusCode().value();
          if (REDIRECTS.contains(code)) {
            return new Answer<>(
                null,
                withinNws(
                    sent.getURI(), response.getHeaders().getFirst(HttpHeaders.LOCATION), code),
                code);
          }
          if (code != 200) {
            throw NwsErrors.fromResponse(code, response.getHeaders(), body, clock);
          }
          T value;
          try {
            value = map.apply(NwsAnswers.parse(body, type));
          } catch (IllegalArgumentException | DateTimeException e) {
            // Ids out of range, an unknown time zone: what NWS sent cannot be used, nor put in a
            // URL.
            throw NwsErrors.malformed(e.getMessage(), e);
          }
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

  /**
   * A redirect's target, resolved against the request's address, if it is on the NWS origin; else a
   * failure.
   */
  private URI withinNws(URI requested, String location, int status) {
    if (location == null || location.isBlank()) {
      throw NwsErrors.misdirected(status, "a redirect without a Location");
    }
    URI target;
    try {
      target = requested.resolve(new URI(location.strip()));
    } catch (URISyntaxException e) {
      throw NwsErrors.misdirected(status, "a redirect to an address that is not valid");
    }
    boolean sameOrigin =
        base.getScheme().equalsIgnoreCase(target.getScheme())
            && base.getHost().equalsIgnoreCase(target.getHost())
            && port(base) == port(target);
    if (!sameOrigin) {
      throw NwsErrors.misdirected(
          status, "a redirect to " + target.getScheme() + "://" + target.getHost());
    }
    return target;
  }

  private static int port(URI uri) {
    return uri.getPort() != -1
        ? uri.getPort()
        : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private void record(Timer.Sample sample, String endpoint, String status, String outcome) {
    sample.stop(
        Timer.builder("weather.nws.requests")
            .description("Calls to the National Weather Service API")
            .tags("endpoint", endpoint, "status", status, "outcome", outcome)
            .register(meters));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
