package dev.weather.nws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.weather.forecast.GridWeather;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One layer of the raw grid, hour by hour: spread, split, converted, or left out. */
class LayerHoursTest {

  private static final String DAY = "2026-07-15T";

  @Test
  void spreadsAValueOverEachHourOfItsInterval() {
    GridJson.Layer layer =
        layer(
            "wmoUnit:degC",
            value(DAY + "20:00:00+00:00/PT1H", 25.0),
            value(DAY + "21:00:00+00:00/PT3H", 22.5));

    assertThat(LayerHours.values("dewpoint", layer, Dimension.TEMPERATURE))
        .containsOnly(
            entry(hour("20"), 25.0),
            entry(hour("21"), 22.5),
            entry(hour("22"), 22.5),
            entry(hour("23"), 22.5));
  }

  @Test
  void convertsByTheLayersUnitWithOrWithoutItsPrefix() {
    String at = DAY + "20:00:00+00:00/PT1H";

    assertThat(
            LayerHours.values("t", layer("wmoUnit:degF", value(at, 77.0)), Dimension.TEMPERATURE))
        .containsExactly(entry(hour("20"), 25.0));
    assertThat(LayerHours.values("t", layer("unit:degF", value(at, 32.0)), Dimension.TEMPERATURE))
        .containsExactly(entry(hour("20"), 0.0));
    assertThat(LayerHours.values("w", layer("unit:m_s-1", value(at, 10.0)), Dimension.SPEED))
        .containsExactly(entry(hour("20"), 36.0));
    assertThat(LayerHours.values("w", layer("wmoUnit:km_h-1", value(at, 14.816)), Dimension.SPEED))
        .containsExactly(entry(hour("20"), 14.816));
  }

  @Test
  void leavesOutALayerInAUnitNotKnownForIt() {
    GridJson.Layer furlongs =
        layer("wmoUnit:furlong_fortnight-1", value(DAY + "20:00:00+00:00/PT1H", 3.0));
    GridJson.Layer degrees = layer("wmoUnit:degC", value(DAY + "20:00:00+00:00/PT1H", 3.0));

    assertThat(LayerHours.values("windSpeed", furlongs, Dimension.SPEED)).isEmpty();
    assertThat(LayerHours.values("windSpeed", degrees, Dimension.SPEED)).isEmpty();
    assertThat(LayerHours.amounts("snowfallAmount", degrees)).isEmpty();
  }

  @Test
  void readsAProbabilityWithoutAUnitAsPercentButNothingElse() {
    GridJson.Layer noUnit = layer(null, value(DAY + "20:00:00+00:00/PT1H", 7.0));

    assertThat(LayerHours.values("probabilityOfThunder", noUnit, Dimension.PERCENT))
        .containsExactly(entry(hour("20"), 7.0));
    assertThat(LayerHours.values("dewpoint", noUnit, Dimension.TEMPERATURE)).isEmpty();
    assertThat(LayerHours.amounts("iceAccumulation", noUnit)).isEmpty();
  }

  @Test
  void givesNoHoursForAMissingLayerANullValueOrAnUnreadableInterval() {
    GridJson.Layer gaps =
        layer(
            "wmoUnit:percent",
            value(DAY + "20:00:00+00:00/PT1H", null),
            null,
            value("soon/PT1H", 50.0),
            value(null, 50.0),
            value(DAY + "21:00:00+00:00/PT1H", 40.0));

    assertThat(LayerHours.values("skyCover", null, Dimension.PERCENT)).isEmpty();
    assertThat(
            LayerHours.values(
                "skyCover", new GridJson.Layer("wmoUnit:percent", null), Dimension.PERCENT))
        .isEmpty();
    assertThat(LayerHours.values("skyCover", gaps, Dimension.PERCENT))
        .containsExactly(entry(hour("21"), 40.0));
    assertThat(LayerHours.amounts("snowfallAmount", null)).isEmpty();
  }

  @Test
  void leavesOutAValueTooLargeToConvert() {
    GridJson.Layer huge =
        layer("wmoUnit:m_s-1", value(DAY + "20:00:00+00:00/PT1H", Double.MAX_VALUE));

    assertThat(LayerHours.values("windGust", huge, Dimension.SPEED)).isEmpty();
  }

  @Test
  void splitsAnAmountEvenlyOverTheHoursOfItsInterval() {
    GridJson.Layer snow =
        layer(
            "wmoUnit:cm",
            value(DAY + "18:00:00+00:00/PT6H", 0.6),
            value(DAY + "00:00:00+00:00/PT1H", 0.2));

    Map<Instant, Double> hours = LayerHours.amounts("snowfallAmount", snow);

    assertThat(hours).hasSize(7).containsEntry(hour("00"), 2.0);
    for (String h : List.of("18", "19", "20", "21", "22", "23")) {
      assertThat(hours.get(hour(h))).isEqualTo(1.0);
    }
  }

  @Test
  void givesAnIntervalShorterThanAnHourItsAmountInTheHourItStartsIn() {
    // Neither holds an hour's start: both go to 12:00, added together, so nothing is lost.
    GridJson.Layer rain =
        layer(
            "wmoUnit:mm",
            value(DAY + "12:10:00+00:00/PT20M", 1.5),
            value(DAY + "12:30:00+00:00/PT20M", 0.5),
            value(DAY + "13:00:00+00:00/PT1H", 0.25));

    assertThat(LayerHours.amounts("quantitativePrecipitation", rain))
        .containsOnly(entry(hour("12"), 2.0), entry(hour("13"), 0.25));
  }

  @Test
  void keepsAtMostTheGridsHoursOfALongIntervalAndSplitsOverAllOfThem() {
    GridJson.Layer month = layer("wmoUnit:mm", value(DAY + "00:00:00+00:00/P30D", 72.0));
    GridJson.Layer heat = layer("wmoUnit:degC", value(DAY + "00:00:00+00:00/P30D", 30.0));

    Map<Instant, Double> hours = LayerHours.amounts("quantitativePrecipitation", month);

    assertThat(hours).hasSize(AnswerLimits.GRID_HOURS).containsEntry(hour("00"), 0.1);
    assertThat(hours.values()).containsOnly(0.1);
    assertThat(LayerHours.values("heatIndex", heat, Dimension.TEMPERATURE))
        .hasSize(AnswerLimits.GRID_HOURS);
  }

  @Test
  void keepsTheKindsOfWeatherNwsNamesAndNoneForItsAllNullEntry() {
    GridJson.Weather none = new GridJson.Weather(null, null, null);
    GridJson.Weather fog = new GridJson.Weather("patchy", "fog", null);
    GridJson.Weather coverageOnly = new GridJson.Weather("chance", null, "light");
    GridJson.WeatherLayer layer =
        new GridJson.WeatherLayer(
            Arrays.asList(
                new GridJson.WeatherValue(DAY + "18:00:00+00:00/PT2H", List.of(none)),
                new GridJson.WeatherValue(
                    DAY + "20:00:00+00:00/PT1H", Arrays.asList(null, fog, coverageOnly)),
                new GridJson.WeatherValue(DAY + "21:00:00+00:00/PT1H", null),
                new GridJson.WeatherValue("later", List.of(fog)),
                null));

    assertThat(LayerHours.weather(layer))
        .containsOnly(
            entry(hour("18"), List.of()),
            entry(hour("19"), List.of()),
            entry(hour("20"), List.of(new GridWeather("patchy", "fog", null))));
    assertThat(LayerHours.weather(null)).isEmpty();
    assertThat(LayerHours.weather(new GridJson.WeatherLayer(null))).isEmpty();
  }

  @Test
  void keepsAFewKindsOfWeatherAnHourInShortWords() {
    String long_ = "x".repeat(AnswerLimits.GRID_WORD + 1);
    List<GridJson.Weather> many =
        IntStream.range(0, AnswerLimits.GRID_WEATHER + 1)
            .mapToObj(i -> new GridJson.Weather(long_, "kind" + i + long_, long_))
            .toList();
    GridJson.WeatherLayer layer =
        new GridJson.WeatherLayer(
            List.of(new GridJson.WeatherValue(DAY + "18:00:00+00:00/PT1H", many)));

    List<GridWeather> kinds = LayerHours.weather(layer).get(hour("18"));

    assertThat(kinds).hasSize(AnswerLimits.GRID_WEATHER);
    assertThat(kinds.get(0).weather()).startsWith("kind0x").hasSize(AnswerLimits.GRID_WORD);
    assertThat(kinds.get(0).coverage()).hasSize(AnswerLimits.GRID_WORD).endsWith(AnswerLimits.CUT);
    assertThat(kinds.get(0).intensity()).hasSize(AnswerLimits.GRID_WORD);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void saysOnceAtDebugWhichLayerItLeftOutAndWhy(CapturedOutput output) {
    Logger logger = (Logger) LoggerFactory.getLogger(LayerHours.class);
    Level level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    try {
      LayerHours.values(
          "windGust",
          layer(
              "wmoUnit:furlong\nfortnight",
              value(DAY + "18:00:00+00:00/PT1H", 1.0),
              value(DAY + "19:00:00+00:00/PT1H", 2.0)),
          Dimension.SPEED);
    } finally {
      logger.setLevel(level);
    }

    assertThat(output.getOut().lines().filter(line -> line.contains("windGust")))
        .singleElement()
        .asString()
        .contains("Left out the grid's windGust: wmoUnit:furlong fortnight is no unit of speed");
  }

  static GridJson.Layer layer(String uom, GridJson.Value... values) {
    return new GridJson.Layer(uom, Arrays.asList(values));
  }

  static GridJson.Value value(String validTime, Double value) {
    return new GridJson.Value(validTime, value);
  }

  private static Instant hour(String hh) {
    return Instant.parse(DAY + hh + ":00:00Z");
  }
}
