package dev.weather.nws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.weather.forecast.Amounts;
import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridWeather;
import dev.weather.forecast.NwsFault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The raw grid read from NWS's JSON into hours, every layer's value for each. */
class GridLayersTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void readsAGridShapedLikeNwsOwn() throws IOException {
    GridHours grid = GridLayers.read(fixture("/nws/gridpoint_raw_small.json"));

    assertThat(grid.updateTime()).isEqualTo(OffsetDateTime.parse("2026-07-15T17:28:42+00:00"));
    assertThat(grid.hours())
        .extracting(GridHour::start)
        .containsExactly(
            at("2026-07-15T18"),
            at("2026-07-15T19"),
            at("2026-07-15T20"),
            at("2026-07-15T21"),
            at("2026-07-15T22"),
            at("2026-07-15T23"),
            at("2026-07-16T00"),
            at("2026-07-16T01"));
    assertThat(grid.hours().get(0))
        .isEqualTo(
            new GridHour(
                at("2026-07-15T18"),
                30.0,
                31.11111111111111,
                null,
                21.666666666666668,
                62,
                0,
                5.556,
                14.816,
                260,
                3,
                1,
                List.of(),
                new Amounts(0.0, 0.0, 0.0)));
    GridHour evening = grid.hours().get(4); // 22:00
    assertThat(evening.apparentTemperature()).isEqualTo(27.5);
    assertThat(evening.heatIndex()).isNull();
    assertThat(evening.relativeHumidity()).isEqualTo(77);
    assertThat(evening.skyCover()).isEqualTo(48);
    assertThat(evening.windGust()).isEqualTo(22.224);
    assertThat(evening.probabilityOfPrecipitation()).isEqualTo(60);
    assertThat(evening.probabilityOfThunder()).isEqualTo(35);
    assertThat(evening.weather())
        .containsExactly(
            new GridWeather("chance", "thunderstorms", null),
            new GridWeather("likely", "rain_showers", "moderate"));
    assertThat(evening.amounts()).isEqualTo(new Amounts(0.508, 0.0, 0.0));
    assertThat(grid.hours().get(7).weather())
        .containsExactly(new GridWeather("slight_chance", "rain_showers", "light"));
    assertThat(Amounts.between(grid, at("2026-07-15T00"), at("2026-07-17T00")))
        .isEqualTo(new Amounts(3.048, 0.0, 0.0));
  }

  @Test
  void anAmountSplitOverItsHoursSumsBackToItsTotalWhereverADayEnds() {
    // 1 mm from 22:00 EDT for six hours: two sixths on the 15th, four on the 16th.
    GridHours grid =
        read(
            """
            {"properties": {"quantitativePrecipitation": {"uom": "wmoUnit:mm", "values": [
              {"validTime": "2026-07-16T02:00:00+00:00/PT6H", "value": 1},
              {"validTime": "2026-07-16T08:00:00+00:00/PT6H", "value": 0.254}]}}}""");

    assertThat(grid.hours()).hasSize(12);
    assertThat(grid.hours().get(0).amounts().precipitation()).isEqualTo(1.0 / 6);
    assertThat(Amounts.between(grid, at("2026-07-16T02"), at("2026-07-16T08")).precipitation())
        .isEqualTo(1.0);
    assertThat(Amounts.between(grid, at("2026-07-16T08"), at("2026-07-16T14")).precipitation())
        .isEqualTo(0.254);
    assertThat(Amounts.perDay(grid, NEW_YORK))
        .containsExactly(
            entry(LocalDate.parse("2026-07-15"), new Amounts(0.333333, null, null)),
            entry(LocalDate.parse("2026-07-16"), new Amounts(0.920667, null, null)));
  }

  @Test
  void aDayOfTheGridIs24HoursWhateverTheLocalClocksDo() {
    // P1D from local midnight: 23 of its hours on the day clocks go forward, 24 of 25 the day
    // they go back.
    GridHours grid =
        read(
            """
            {"properties": {"snowfallAmount": {"uom": "wmoUnit:mm", "values": [
              {"validTime": "2026-03-08T05:00:00+00:00/P1D", "value": 24},
              {"validTime": "2026-11-01T04:00:00+00:00/P1DT1H", "value": 50}]}}}""");

    assertThat(Amounts.perDay(grid, NEW_YORK))
        .containsExactly(
            entry(LocalDate.parse("2026-03-08"), new Amounts(null, 23.0, null)),
            entry(LocalDate.parse("2026-03-09"), new Amounts(null, 1.0, null)),
            entry(LocalDate.parse("2026-11-01"), new Amounts(null, 50.0, null)));
  }

  @Test
  void listsEveryHourAnyLayerHasLeavingTheOthersNull() {
    GridHours grid =
        read(
            """
            {"properties": {
              "dewpoint": {"uom": "wmoUnit:degC", "values": [
                {"validTime": "2026-07-15T18:00:00+00:00/PT1H", "value": 20}]},
              "snowfallAmount": {"uom": "wmoUnit:mm", "values": [
                {"validTime": "2026-07-15T20:00:00+00:00/PT1H", "value": 4}]},
              "weather": {"values": [
                {"validTime": "2026-07-15T19:00:00+00:00/PT1H", "value": [{"weather": "fog"}]}]}
            }}""");

    assertThat(grid.updateTime()).isNull();
    assertThat(grid.hours())
        .extracting(GridHour::start, GridHour::dewpoint, GridHour::weather, GridHour::amounts)
        .containsExactly(
            tuple(at("2026-07-15T18"), 20.0, null, Amounts.NONE),
            tuple(
                at("2026-07-15T19"),
                null,
                List.of(new GridWeather(null, "fog", null)),
                Amounts.NONE),
            tuple(at("2026-07-15T20"), null, null, new Amounts(null, 4.0, null)));
    assertThat(grid.hours().get(0))
        .isEqualTo(
            new GridHour(
                at("2026-07-15T18"),
                null,
                null,
                null,
                20.0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Amounts.NONE));
  }

  @Test
  void roundsPercentagesAndDirectionsToWholeNumbers() {
    GridHour hour =
        read("""
                {"properties": {
                  "relativeHumidity": {"uom": "wmoUnit:percent", "values": [
                    {"validTime": "2026-07-15T18:00:00+00:00/PT1H", "value": 76.5}]},
                  "skyCover": {"uom": "unit:percent", "values": [
                    {"validTime": "2026-07-15T18:00:00+00:00/PT1H", "value": 62.4}]},
                  "windDirection": {"uom": "unit:degree_(angle)", "values": [
                    {"validTime": "2026-07-15T18:00:00+00:00/PT1H", "value": 359.6}]}
                }}""")
            .hours()
            .get(0);

    assertThat(hour.relativeHumidity()).isEqualTo(77);
    assertThat(hour.skyCover()).isEqualTo(62);
    assertThat(hour.windDirection()).isEqualTo(360);
  }

  @Test
  void readsAGridWithNoLayersAsNoHours() {
    assertThat(read("{\"properties\": {\"updateTime\": \"2026-07-15T17:28:42+00:00\"}}").hours())
        .isEmpty();
  }

  @Test
  void keepsAtMostTheGridsHoursTheEarliestFirst() {
    GridHours grid =
        read(
            """
            {"properties": {
              "dewpoint": {"uom": "wmoUnit:degC", "values": [
                {"validTime": "2026-08-01T00:00:00+00:00/P10D", "value": 20}]},
              "windChill": {"uom": "wmoUnit:degC", "values": [
                {"validTime": "2026-07-15T01:00:00+00:00/PT1H", "value": -5}]}
            }}""");

    assertThat(grid.hours()).hasSize(AnswerLimits.GRID_HOURS);
    assertThat(grid.hours().get(0).windChill()).isEqualTo(-5.0);
    assertThat(grid.hours().get(1).start()).isEqualTo(at("2026-08-01T00"));
  }

  @Test
  void refusesAnAnswerThatIsNoGridAsMalformed() {
    for (String body :
        new String[] {"{}", "{\"properties\": null}", "[1, 2", "{\"properties\": 3}"}) {
      assertThatThrownBy(() -> read(body))
          .isInstanceOfSatisfying(
              NwsException.class, e -> assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED));
    }
    assertThatThrownBy(() -> read("{}")).hasMessageContaining("the grid has no properties");
  }

  static GridHours read(String json) {
    return GridLayers.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] fixture(String path) throws IOException {
    try (InputStream in = GridLayersTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  private static Instant at(String hour) {
    return Instant.parse(hour + ":00:00Z");
  }
}
