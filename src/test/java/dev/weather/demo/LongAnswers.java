package dev.weather.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Valid NWS answers far longer than NWS's own: more periods and alerts than NWS sends, each text
 * repeated {@code times} times, for the tests of what the app keeps of them.
 */
public final class LongAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LongAnswers() {}

  /**
   * A forecast (or hourly forecast) of {@code count} periods of {@code length} from {@code start}.
   */
  public static String forecast(int count, Duration length, OffsetDateTime start, int times) {
    List<Map<String, Object>> periods =
        each(
            count,
            i ->
                Map.of(
                    "number",
                    i + 1,
                    "name",
                    "Tonight ".repeat(times),
                    "startTime",
                    start.plus(length.multipliedBy(i)).toString(),
                    "endTime",
                    start.plus(length.multipliedBy(i + 1)).toString(),
                    "temperature",
                    40,
                    "temperatureUnit",
                    "F",
                    "windSpeed",
                    "10 mph ".repeat(times),
                    "windDirection",
                    "SW",
                    "shortForecast",
                    "Rain ".repeat(times),
                    "detailedForecast",
                    "Rain. ".repeat(times * 10)));
    return json(Map.of("properties", Map.of("periods", periods)));
  }

  /** {@code count} active alerts, their ids {@code urn:oid:0} on. */
  public static String alerts(int count, OffsetDateTime expires, int times) {
    List<Map<String, Object>> features =
        features(
            count,
            i ->
                Map.of(
                    "id",
                    "urn:oid:" + i,
                    "event",
                    "Flood Warning",
                    "severity",
                    "Severe",
                    "headline",
                    "Flood Warning issued ".repeat(times),
                    "expires",
                    expires.toString(),
                    "description",
                    "The river rises. ".repeat(times * 5),
                    "instruction",
                    "Turn around, don't drown. ".repeat(times * 2),
                    "areaDesc",
                    "Bristol; Plymouth; ".repeat(times)));
    return json(Map.of("features", features));
  }

  /**
   * A station's {@code count} readings, newest first, one every {@code every} before {@code
   * newest}: each a full reading, its sky's words repeated {@code times} times.
   */
  public static String observations(int count, Duration every, OffsetDateTime newest, int times) {
    List<Map<String, Object>> features =
        features(
            count,
            i ->
                Map.of(
                    "timestamp",
                    newest.minus(every.multipliedBy(i)).toString(),
                    "textDescription",
                    "Heavy Rain ".repeat(times),
                    "temperature",
                    quantity("degC", 10.5),
                    "windSpeed",
                    quantity("km_h-1", 20.0),
                    "windDirection",
                    quantity("degree_(angle)", 200.0),
                    "windGust",
                    quantity("km_h-1", 45.0),
                    "precipitationLastHour",
                    quantity("mm", 4.0)));
    return json(Map.of("type", "FeatureCollection", "features", features));
  }

  /** The {@code count} items {@code item} makes of 0, 1, 2 and on. */
  private static List<Map<String, Object>> each(int count, IntFunction<Map<String, Object>> item) {
    return IntStream.range(0, count).mapToObj(item).toList();
  }

  /** {@code count} GeoJSON features, each with the {@code properties} made of 0, 1, 2 and on. */
  private static List<Map<String, Object>> features(
      int count, IntFunction<Map<String, Object>> properties) {
    return each(count, i -> Map.of("properties", properties.apply(i)));
  }

  private static Map<String, Object> quantity(String unit, double value) {
    return Map.of("unitCode", "wmoUnit:" + unit, "value", value, "qualityControl", "V");
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
