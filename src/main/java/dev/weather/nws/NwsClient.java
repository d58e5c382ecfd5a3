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
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Calls NWS. Each method is one GET whose URL is built from the configured base URL and ids only; URLs found in
 * NWS responses are never followed, so a response cannot send us elsewhere.
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

  public NwsClient(RestClient http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  /** GET /points/{lat},{lon}: the grid, nearest place and time zone of a point. */
  public PointInfo point(Coordinates point) {
    NwsJson.PointFeature feature =
        get(
            "/points/{lat},{lon}",
            NwsJson.PointFeature.class,
            nwsDegrees(point.latitude()),
            nwsDegrees(point.longitude()));
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
  public GridForecast forecast(GridPoint grid, Units units) {
    NwsJson.ForecastProperties p = gridForecast("/gridpoints/{office}/{x},{y}/forecast?units={units}", grid, units);
    return new GridForecast(
        p.generatedAt(), p.updateTime(), p.periods().stream().map(NwsClient::period).toList());
  }

  /** GET /gridpoints/{office}/{x},{y}/forecast/hourly: about a week of hours. */
  public List<HourlyPeriod> hourly(GridPoint grid, Units units) {
    NwsJson.ForecastProperties p =
        gridForecast("/gridpoints/{office}/{x},{y}/forecast/hourly?units={units}", grid, units);
    return p.periods().stream().map(NwsClient::hour).toList();
  }

  /** GET /alerts/active?point={lat},{lon}: the watches, warnings and advisories in force there. */
  public List<Alert> alerts(Coordinates point) {
    NwsJson.AlertCollection alerts =
        get(
            "/alerts/active?point={lat},{lon}",
            NwsJson.AlertCollection.class,
            nwsDegrees(point.latitude()),
            nwsDegrees(point.longitude()));
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

  private NwsJson.ForecastProperties gridForecast(String path, GridPoint grid, Units units) {
    NwsJson.ForecastFeature feature =
        get(path, NwsJson.ForecastFeature.class, grid.office(), grid.gridX(), grid.gridY(), units.code());
    NwsJson.ForecastProperties p = feature.properties();
    if (p == null || p.periods() == null) {
      throw malformed("the forecast has no periods");
    }
    return p;
  }

  /**
   * NWS accepts at most four decimals and no trailing zeros (it answers 301 otherwise), so 47.60620 becomes
   * "47.6062" and -71.18900 becomes "-71.189".
   */
  static String nwsDegrees(double degrees) {
    BigDecimal rounded = BigDecimal.valueOf(degrees).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
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

  private <T> T get(String path, Class<T> type, Object... ids) {
    try {
      return http.get()
          .uri(path, ids)
          .exchange(
              (request, response) -> {
                byte[] body = response.getBody().readAllBytes();
                int status = response.getStatusCode().value();
                if (status != 200) {
                  throw NwsErrors.fromResponse(status, response.getHeaders(), body, clock);
                }
                return read(body, type);
              },
              true);
    } catch (ResourceAccessException e) {
      throw NwsErrors.noAnswer(e);
    }
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
