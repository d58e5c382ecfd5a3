package dev.weather.nws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The parts of NWS's raw grid ({@code /gridpoints/{office}/{x},{y}}) the app reads: about 60 layers
 * come, the few below are kept. A layer is a unit ({@code uom}) and values, each with the ISO 8601
 * interval it holds for ({@code validTime}); {@code weather}'s values are lists.
 */
final class GridJson {

  private GridJson() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Feature(Properties properties) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Properties(
      OffsetDateTime updateTime,
      Layer apparentTemperature,
      Layer heatIndex,
      Layer windChill,
      Layer dewpoint,
      Layer relativeHumidity,
      Layer skyCover,
      Layer windSpeed,
      Layer windGust,
      Layer windDirection,
      Layer probabilityOfPrecipitation,
      Layer probabilityOfThunder,
      Layer quantitativePrecipitation,
      Layer snowfallAmount,
      Layer iceAccumulation,
      WeatherLayer weather) {}

  /** A numeric layer; NWS sends {@code "value": null} for an interval it has no value for. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Layer(String uom, List<Value> values) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Value(String validTime, Double value) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record WeatherLayer(List<WeatherValue> values) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record WeatherValue(String validTime, List<Weather> value) {}

  /** One kind of weather; "no weather" comes as all nulls. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Weather(String coverage, String weather, String intensity) {}
}
