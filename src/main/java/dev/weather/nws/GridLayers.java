package dev.weather.nws;

import static dev.weather.nws.AnswerLimits.GRID_HOURS;

import dev.weather.forecast.Amounts;
import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridWeather;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * NWS's raw grid read into {@link GridHours}: each layer hour by hour ({@link LayerHours}), then
 * the hours any layer has a value for, each with every layer's value for it (null where a layer is
 * missing, was left out or has none for that hour).
 */
final class GridLayers {

  private final Map<Instant, Double> apparent;
  private final Map<Instant, Double> heatIndex;
  private final Map<Instant, Double> windChill;
  private final Map<Instant, Double> dewpoint;
  private final Map<Instant, Double> humidity;
  private final Map<Instant, Double> sky;
  private final Map<Instant, Double> speed;
  private final Map<Instant, Double> gust;
  private final Map<Instant, Double> direction;
  private final Map<Instant, Double> precipitationChance;
  private final Map<Instant, Double> thunderChance;
  private final Map<Instant, Double> precipitation;
  private final Map<Instant, Double> snow;
  private final Map<Instant, Double> ice;
  private final Map<Instant, List<GridWeather>> weather;

  private GridLayers(GridJson.Properties p) {
    apparent =
        LayerHours.values("apparentTemperature", p.apparentTemperature(), Dimension.TEMPERATURE);
    heatIndex = LayerHours.values("heatIndex", p.heatIndex(), Dimension.TEMPERATURE);
    windChill = LayerHours.values("windChill", p.windChill(), Dimension.TEMPERATURE);
    dewpoint = LayerHours.values("dewpoint", p.dewpoint(), Dimension.TEMPERATURE);
    humidity = LayerHours.values("relativeHumidity", p.relativeHumidity(), Dimension.PERCENT);
    sky = LayerHours.values("skyCover", p.skyCover(), Dimension.PERCENT);
    speed = LayerHours.values("windSpeed", p.windSpeed(), Dimension.SPEED);
    gust = LayerHours.values("windGust", p.windGust(), Dimension.SPEED);
    direction = LayerHours.values("windDirection", p.windDirection(), Dimension.ANGLE);
    precipitationChance =
        LayerHours.values(
            "probabilityOfPrecipitation", p.probabilityOfPrecipitation(), Dimension.PERCENT);
    thunderChance =
        LayerHours.values("probabilityOfThunder", p.probabilityOfThunder(), Dimension.PERCENT);
    precipitation = LayerHours.amounts("quantitativePrecipitation", p.quantitativePrecipitation());
    snow = LayerHours.amounts("snowfallAmount", p.snowfallAmount());
    ice = LayerHours.amounts("iceAccumulation", p.iceAccumulation());
    weather = LayerHours.weather(p.weather());
  }

  /** The grid in {@code body}: a body that is not such JSON is a "malformed" failure. */
  static GridHours read(byte[] body) {
    return feature(NwsJson.read(body, GridJson.Feature.class));
  }

  /** The grid NWS answered: one without properties is a "malformed" failure. */
  static GridHours feature(GridJson.Feature feature) {
    if (feature.properties() == null) {
      throw NwsErrors.malformed("the grid has no properties", null);
    }
    return of(feature.properties());
  }

  /** Every hour any layer has a value for, the first {@link AnswerLimits#GRID_HOURS} of them. */
  static GridHours of(GridJson.Properties p) {
    GridLayers layers = new GridLayers(p);
    TreeSet<Instant> hours = new TreeSet<>(layers.weather.keySet());
    Stream.of(
            layers.apparent,
            layers.heatIndex,
            layers.windChill,
            layers.dewpoint,
            layers.humidity,
            layers.sky,
            layers.speed,
            layers.gust,
            layers.direction,
            layers.precipitationChance,
            layers.thunderChance,
            layers.precipitation,
            layers.snow,
            layers.ice)
        .map(Map::keySet)
        .forEach(hours::addAll);
    return new GridHours(
        p.updateTime(), hours.stream().limit(GRID_HOURS).map(layers::hour).toList());
  }

  private GridHour hour(Instant hour) {
    return new GridHour(
        hour,
        apparent.get(hour),
        heatIndex.get(hour),
        windChill.get(hour),
        dewpoint.get(hour),
        whole(humidity.get(hour)),
        whole(sky.get(hour)),
        speed.get(hour),
        gust.get(hour),
        whole(direction.get(hour)),
        whole(precipitationChance.get(hour)),
        whole(thunderChance.get(hour)),
        weather.get(hour),
        new Amounts(precipitation.get(hour), snow.get(hour), ice.get(hour)));
  }

  private static Integer whole(Double value) {
    return value == null ? null : (int) Math.round(value);
  }
}
