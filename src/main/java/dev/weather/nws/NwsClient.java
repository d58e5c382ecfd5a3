package dev.weather.nws;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.forecast.Fresh;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Calls NWS. Each method is one GET whose URL is built from the configured base URL and ids only; URLs found in
 * NWS responses are never followed, so a response cannot send us elsewhere. Each answer comes with how long NWS
 * said it stays fresh, and each call is timed as {@code weather.nws.requests} by endpoint, status and outcome.
 */
public class NwsClient {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private final RestClient http;
  private final Clock clock;
  private final MeterRegistry meters;

  public NwsClient(RestClient http, Clock clock, MeterRegistry meters) {
    this.http = http;
    this.clock = clock;
    this.meters = meters;
  }

  /** GET /points/{lat},{lon}: the grid, nearest place and time zone of a point. */
  public Fresh<PointInfo> point(Coordinates point) {
    return get("points", Freshness.POINT_CEILING, NwsJson.PointFeature.class, NwsClient::pointInfo,
        "/points/{lat},{lon}", Coordinates.degrees(point.latitude()), Coordinates.degrees(point.longitude()));
  }

  private static PointInfo pointInfo(NwsJson.PointFeature feature) {
    NwsJson.PointProperties p = feature.properties();
    if (p == null || p.gridId() == null || p.gridX() == null || p.gridY() == null) {
      throw malformed("the point has no forecast grid");
    }
    Optional<NwsJson.PlaceName> place =
        Optional.ofNullable(p.relativeLocation()).map(NwsJson.RelativeLocation::properties);
    return new PointInfo(
        new GridPoint(p.gridId(), p.gridX(), p.gridY()),
        place.map(NwsJson.PlaceName::city).orElse(null),
        place.map(NwsJson.PlaceName::state).orElse(null),
        p.timeZone() == null ? null : ZoneId.of(p.timeZone()));
  }

  /** GET /gridpoints/{office}/{x},{y}/forecast: the 12-hour periods of a grid cell. */
  public Fresh<GridForecast> forecast(GridPoint grid, Units units) {
    return gridForecast("forecast", "/gridpoints/{office}/{x},{y}/forecast?units={units}", grid, units,
        p -> new GridForecast(p.generatedAt(), p.updateTime(), p.periods().stream().map(NwsClient::period).toList()));
  }

  /** GET /gridpoints/{office}/{x},{y}/forecast/hourly: about a week of hours. */
  public Fresh<List<HourlyPeriod>> hourly(GridPoint grid, Units units) {
    return gridForecast("hourly", "/gridpoints/{office}/{x},{y}/forecast/hourly?units={units}", grid, units,
        p -> p.periods().stream().map(NwsClient::hour).toList());
  }

  /** GET /alerts/active?point={lat},{lon}: the watches, warnings and advisories in force there. */
  public Fresh<List<Alert>> alerts(Coordinates point) {
    return get("alerts", Freshness.FORECAST_CEILING, NwsJson.AlertCollection.class, NwsClient::alertList,
        "/alerts/active?point={lat},{lon}", Coordinates.degrees(point.latitude()),
        Coordinates.degrees(point.longitude()));
  }

  private static List<Alert> alertList(NwsJson.AlertCollection alerts) {
    if (alerts.features() == null) {
      throw malformed("the alerts have no features");
    }
    return alerts.features().stream()
        .map(NwsJson.AlertFeature::properties)
        .filter(a -> a != null && a.event() != null)
        .map(a -> new Alert(a.id(), a.event(), a.severity(), a.headline(), a.effective(), a.ends(), a.expires(),
            a.description(), a.instruction(), a.senderName()))
        .toList();
  }

  private <T> Fresh<T> gridForecast(
      String endpoint, String path, GridPoint grid, Units units, Function<NwsJson.ForecastProperties, T> map) {
    return get(endpoint, Freshness.FORECAST_CEILING, NwsJson.ForecastFeature.class,
        feature -> {
          NwsJson.ForecastProperties p = feature.properties();
          if (p == null || p.periods() == null) {
            throw malformed("the forecast has no periods");
          }
          return map.apply(p);
        },
        path, grid.office(), grid.gridX(), grid.gridY(), units.code());
  }

  private static ForecastPeriod period(NwsJson.Period p) {
    if (p.startTime() == null || p.endTime() == null) {
      throw malformed("a forecast period has no start or end time");
    }
    return new ForecastPeriod(
        p.number(),
        p.name(),
        p.startTime(),
        p.endTime(),
        p.isDaytime(),
        p.temperature(),
        p.temperatureUnit(),
        p.windSpeed(),
        p.windDirection(),
        p.probabilityOfPrecipitation() == null || p.probabilityOfPrecipitation().value() == null
            ? null
            : (int) Math.round(p.probabilityOfPrecipitation().value()),
        p.icon(),
        p.shortForecast(),
        p.detailedForecast());
  }

  private static HourlyPeriod hour(NwsJson.Period p) {
    ForecastPeriod period = period(p);
    return new HourlyPeriod(period.startTime(), period.endTime(), period.isDaytime(), period.temperature(),
        period.temperatureUnit(), period.probabilityOfPrecipitation(), period.windSpeed(), period.windDirection(),
        period.shortForecast());
  }

  /** One timed GET: the body read as {@code type}, mapped to our records, with NWS's freshness. */
  private <J, T> Fresh<T> get(
      String endpoint, Duration ceiling, Class<J> type, Function<J, T> map, String path, Object... ids) {
    Timer.Sample sample = Timer.start(meters);
    String status = "none";
    try {
      Fresh<T> answer =
          http.get()
              .uri(path, ids)
              .exchange(
                  (request, response) -> {
                    byte[] body = response.getBody().readAllBytes();
                    int code = response.getStatusCode().value();
                    if (code != 200) {
                      throw NwsErrors.fromResponse(code, response.getHeaders(), body, clock);
                    }
                    T value = map.apply(read(body, type));
                    return new Fresh<>(value, Freshness.until(response.getHeaders(), clock, ceiling));
                  },
                  true);
      status = "200";
      record(sample, endpoint, status, "ok");
      return answer;
    } catch (NwsException e) {
      record(sample, endpoint, e.problem().status() == 0 ? "none" : String.valueOf(e.problem().status()), "error");
      throw e;
    } catch (ResourceAccessException e) {
      record(sample, endpoint, status, "error");
      throw NwsErrors.noAnswer(e);
    }
  }

  private void record(Timer.Sample sample, String endpoint, String status, String outcome) {
    sample.stop(
        Timer.builder("weather.nws.requests")
            .description("Calls to the National Weather Service API")
            .tags("endpoint", endpoint, "status", status, "outcome", outcome)
            .register(meters));
  }

  private static <T> T read(byte[] body, Class<T> type) {
    try {
      T value = JSON.readValue(body, type);
      if (value == null) {
        throw malformed("the body is empty");
      }
      return value;
    } catch (JacksonException e) {
      throw new NwsException(
          new NwsProblem(200, null, "Malformed response", e.getOriginalMessage(), null), null, e);
    } catch (IOException e) {
      throw NwsErrors.noAnswer(e);
    }
  }

  private static NwsException malformed(String detail) {
    return new NwsException(new NwsProblem(200, null, "Malformed response", detail, null), null, null);
  }

  static ObjectMapper json() {
    return JSON;
  }
}
