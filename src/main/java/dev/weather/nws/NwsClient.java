package dev.weather.nws;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Observation;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Station;
import dev.weather.forecast.Units;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

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
   * Readings asked for from a station's history: a day of five-minute readings and the hourly ones,
   * with room to spare; NWS allows 500.
   */
  static final int PAST_READINGS = 400;

  private final NwsHttp http;
  private final Clock clock;
  private final Deadlines deadlines;

  /**
   * {@code base} is the NWS origin the client's base URL names: the only one a redirect may lead
   * to. Each call, its redirects included, ends within {@code callTimeout}, by the {@code
   * deadlines} its HTTP client watches; no answer is read past {@code maxAnswerBytes}.
   */
  NwsClient(NwsHttp http, Clock clock, Deadlines deadlines) {
    this.http = http;
    this.clock = clock;
    this.deadlines = deadlines;
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
    return http.get(
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

  /**
   * GET /gridpoints/{office}/{x},{y}: the raw grid, each layer's values over their intervals, read
   * hour by hour ({@link GridLayers}). NWS gives it in SI only.
   */
  public Fresh<GridHours> grid(GridPoint grid) {
    return http.get(
        "gridpoints",
        Freshness.FORECAST_CEILING,
        GridJson.Feature.class,
        GridLayers::feature,
        "/gridpoints/{office}/{x},{y}",
        grid.office(),
        grid.gridX(),
        grid.gridY());
  }

  /**
   * GET /products/types/{AFD|HWO}/locations/{office}: the id of the office's newest product of the
   * kind; none when it has issued none. Alaska's AER and ALU grids ask Anchorage (AFC).
   */
  public Fresh<Optional<String>> newestProduct(Discussion.Kind kind, String gridOffice) {
    return http.get(
        "products",
        Freshness.FORECAST_CEILING,
        ProductJson.Listing.class,
        Products::newestId,
        "/products/types/{kind}/locations/{office}",
        kind.name(),
        Products.issuingOffice(gridOffice));
  }

  /** GET /products/{id}: the product, read as the kind it was asked for. */
  public Fresh<Discussion> product(Discussion.Kind kind, String id) {
    if (!Products.PRODUCT_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a product identifier: " + id);
    }
    return http.get(
        "product",
        Freshness.FORECAST_CEILING,
        ProductJson.Product.class,
        product -> Products.of(kind, product),
        "/products/{id}",
        id);
  }

  /** GET /alerts/active?point={lat},{lon}: the watches, warnings and advisories in force there. */
  public Fresh<List<Alert>> alerts(Coordinates point) {
    return http.get(
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
    return http.get(
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
    return http.get(
        "observations",
        Freshness.FORECAST_CEILING,
        NwsJson.ObservationFeature.class,
        feature -> NwsAnswers.observation(feature, units),
        "/stations/{id}/observations/latest",
        fitForPath(stationId));
  }

  /**
   * GET /stations/{id}/observations?start={since}: what the station reported since then, one
   * reading an hour, oldest first ({@link Observations#hourly}). NWS lists the newest first, its
   * five-minute readings among them, up to {@code limit}.
   */
  public Fresh<List<PastHour>> history(String stationId, Instant since, Units units) {
    Instant start = since.truncatedTo(ChronoUnit.SECONDS);
    return http.get(
        "history",
        Freshness.FORECAST_CEILING,
        NwsJson.ObservationCollection.class,
        collection -> NwsAnswers.pastHours(collection, start, units),
        "/stations/{id}/observations?start={start}&limit={limit}",
        fitForPath(stationId),
        start.toString(),
        PAST_READINGS);
  }

  /** A station's id as NWS gives them ({@link NwsAnswers#STATION_ID}); refused otherwise. */
  private static String fitForPath(String stationId) {
    if (!NwsAnswers.STATION_ID.matcher(stationId).matches()) {
      throw new IllegalArgumentException("not a station identifier: " + stationId);
    }
    return stationId;
  }

  private <T> Fresh<T> gridForecast(
      String endpoint,
      String path,
      GridPoint grid,
      Units units,
      Function<NwsJson.ForecastProperties, T> map) {
    return http.get(
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
   * True while NWS has never answered since the app started and the last call could not connect (no
   * route, refused, no DNS): most likely this machine is offline, not NWS down.
   */
  public boolean neverReached() {
    return http.neverReached();
  }

  /** The NWS host, as people know it: api.weather.gov. */
  public String host() {
    return http.host();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
