package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo's stations report what the hourly forecast of their grid says for the hour they
 * observed.
 */
class StationWeatherTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double KM_PER_MILE = 1.609344;
  private static final List<String> COMPASS =
      List.of(
          "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW",
          "NW", "NNW");

  @ParameterizedTest(name = "{0} at {1} {2}")
  @CsvSource({
    "KOWD, 2026-12-02T04:00, America/New_York, 'BOX/70,82'",
    "KOWD, 2026-12-02T16:00, America/New_York, 'BOX/70,82'",
    "KOWD, 2026-07-15T04:00, America/New_York, 'BOX/70,82'",
    "KOWD, 2026-07-15T16:00, America/New_York, 'BOX/70,82'",
    "KBOS, 2026-12-02T04:00, America/New_York, 'BOX/71,90'",
    "KBOS, 2026-12-02T16:00, America/New_York, 'BOX/71,90'",
    "KBOS, 2026-07-15T16:00, America/New_York, 'BOX/71,90'",
    "KBKF, 2026-12-02T04:00, America/Denver, 'BOU/63,62'",
    "KBKF, 2026-12-02T16:00, America/Denver, 'BOU/63,62'",
    "KBKF, 2026-07-15T04:00, America/Denver, 'BOU/63,62'",
    "KBFI, 2026-12-02T04:00, America/Los_Angeles, 'SEW/124,67'",
    "KBFI, 2026-07-15T16:00, America/Los_Angeles, 'SEW/124,67'"
  })
  void reportsTheHourlyForecastOfItsGridAtTheHourObserved(
      String station, String local, ZoneId zone, String grid) {
    Instant now = Served.at(local, zone);

    JsonNode observation =
        Served.body("/stations/" + station + "/observations/latest", now).path("properties");
    OffsetDateTime observed = Served.time(observation, "timestamp");
    JsonNode hour =
        Served.periodAt(Served.periods("/gridpoints/" + grid + "/forecast/hourly", now), observed);

    assertThat(Duration.between(observed.toInstant(), now))
        .as("as old as when recorded")
        .isPositive()
        .isLessThan(Duration.ofHours(1));
    double celsius = value(observation, "temperature");
    double fahrenheit = celsius * 1.8 + 32;
    assertThat(Math.round(fahrenheit)).isEqualTo(hour.path("temperature").asLong());
    assertThat(observation.path("temperature").path("unitCode").asText()).endsWith(":degC");
    assertThat(observation.path("textDescription").asText())
        .isEqualTo(StationWeather.sky(hour.path("shortForecast").asText()));
    boolean day = hour.path("isDaytime").asBoolean();
    assertThat(day)
        .as("4 AM is night and 3 PM day, in December as in July")
        .isEqualTo(local.endsWith("16:00"));
    assertThat(observation.path("icon").asText()).contains(day ? "/day/" : "/night/");
    double mph = value(observation, "windSpeed") / KM_PER_MILE;
    assertThat(Math.round(mph))
        .isEqualTo(Long.parseLong(hour.path("windSpeed").asText().split(" ")[0]));
    assertThat(COMPASS.get((int) Math.round(value(observation, "windDirection") / 22.5) % 16))
        .isEqualTo(hour.path("windDirection").asText());
    double dewpoint = value(observation, "dewpoint");
    assertThat(dewpoint).isLessThanOrEqualTo(celsius);
    assertThat(value(observation, "relativeHumidity"))
        .isCloseTo(Comfort.humidity(celsius, dewpoint), within(0.05));
    assertThat(observation.path("heatIndex").path("value").isNull()).as("under 80 °F").isTrue();
    if (fahrenheit <= 50 && mph > 3) {
      assertThat(value(observation, "windChill") * 1.8 + 32)
          .isCloseTo(Comfort.windChill(fahrenheit, mph), within(0.2));
    } else {
      assertThat(observation.path("windChill").path("value").isNull()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2026-12-02T04:00", "2026-07-15T16:00"})
  void leavesOutWhatTheStationDoesNotReport(String boston) {
    JsonNode taunton =
        Served.body("/stations/KTAN/observations/latest", Served.at(boston, Served.BOSTON))
            .path("properties");

    assertThat(List.of("temperature", "dewpoint", "relativeHumidity", "windChill", "heatIndex"))
        .allSatisfy(
            field -> assertThat(taunton.path(field).path("value").isNull()).as(field).isTrue());
    assertThat(taunton.path("windSpeed").path("value").isNumber())
        .as("what it does report")
        .isTrue();
  }

  @ParameterizedTest(name = "{0} is seen as {1}")
  @CsvSource({
    "Snow Likely, Snow",
    "Rain Likely, Rain",
    "Chance Rain, Mostly Cloudy",
    "Slight Chance Rain, Mostly Cloudy",
    "Chance Snow Showers, Mostly Cloudy",
    "Clear, Clear",
    "Patchy Fog, Patchy Fog"
  })
  void seesTheWeatherNotTheChanceOfIt(String forecast, String seen) {
    assertThat(StationWeather.sky(forecast)).isEqualTo(seen);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource({
    "KOWD, 2026-12-02T04:00, America/New_York",
    "KBFI, 2026-07-15T16:00, America/Los_Angeles"
  })
  void keepsADayOfHourlyReadingsNewestFirstEachAsTheStationSawItsHour(
      String station, String local, ZoneId zone) throws Exception {
    Instant now = Served.at(local, zone);
    String latest = "/stations/" + station + "/observations/latest";

    JsonNode all = JSON.readTree(StationWeather.history(latest, now, null));
    List<JsonNode> readings = new ArrayList<>();
    all.path("features").forEach(feature -> readings.add(feature.path("properties")));

    assertThat(all.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(readings).hasSize(25);
    assertThat(readings.get(0)).isEqualTo(Served.body(latest, now).path("properties"));
    for (int h = 1; h < readings.size(); h++) {
      assertThat(Served.time(readings.get(h), "timestamp"))
          .isEqualTo(Served.time(readings.get(h - 1), "timestamp").minusHours(1));
    }
    assertThat(readings)
        .allSatisfy(
            reading ->
                assertThat(reading.path("precipitationLastHour"))
                    .isEqualTo(
                        JSON.createObjectNode()
                            .put("unitCode", "wmoUnit:mm")
                            .put(
                                "value",
                                StationWeather.rainfall(reading.path("textDescription").asText()))
                            .put("qualityControl", "V")));

    Instant since = now.minus(Duration.ofHours(12));
    JsonNode recent = JSON.readTree(StationWeather.history(latest, now, since));
    assertThat(recent.path("features"))
        .as("the readings of the last 12 hours, one of them within the hour")
        .hasSize(12)
        .allSatisfy(
            feature ->
                assertThat(Served.time(feature.path("properties"), "timestamp").toInstant())
                    .isAfterOrEqualTo(since));
  }

  @ParameterizedTest(name = "{0}: {1} mm")
  @CsvSource({
    "Light Rain, 0.3",
    "Heavy Snow, 4.0",
    "Rain, 1.5",
    "Snow Showers, 1.5",
    "Mostly Cloudy, 0.0",
    "Patchy Fog, 0.0"
  })
  void letsFallWhatTheSkySays(String sky, double millimetres) {
    assertThat(StationWeather.rainfall(sky)).isEqualTo(millimetres);
  }

  private static double value(JsonNode observation, String field) {
    JsonNode value = observation.path(field).path("value");
    assertThat(value.isNumber()).as(field).isTrue();
    return value.asDouble();
  }
}
