package dev.weather.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weather.Ports;
import dev.weather.demo.NwsFixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The offline demo as a person runs it, on its own clock: its fixtures moved to that day and hour,
 * and honest about what it covers.
 */
@ActiveProfiles("demo")
@EndToEnd(
    stubNws = false,
    properties = {"weather.web.wait=15s", "weather.demo.clock=" + DemoProfileEndToEndTest.CLOCK})
class DemoProfileEndToEndTest {

  /** A Wednesday, 4 AM in Norton, in winter time. */
  static final String CLOCK = "2026-12-02T04:00:00-05:00";

  private static final Instant STARTS = OffsetDateTime.parse(CLOCK).toInstant();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final App app;

  DemoProfileEndToEndTest(App app) {
    this.app = app;
  }

  @DynamicPropertySource
  static void demoNwsOnAFreePort(DynamicPropertyRegistry registry) throws Exception {
    int demoPort = Ports.free();
    registry.add("weather.demo.port", () -> demoPort);
  }

  @Test
  void showsNortonsAlertsIssuedOnTheirMovedDaysInWinterTime() throws Exception {
    HttpResponse<String> page = app.open("/weather?lat=41.967&lon=-71.189");

    assertThat(page.statusCode()).isEqualTo(200);
    // Moved by whole days to the latest recorded time of day (3:42 PM) before the clock: Tuesday,
    // December 1.
    assertThat(page.body())
        .contains(
            "Air Quality Alert",
            "Sunrise",
            "of daylight",
            "issued December 1 at 9:05AM EST",
            "issued December 1 at 2:15PM EST",
            "<span>Wed Dec 2, 6:00 PM</span>",
            "<span>Wed Dec 2, 11:00 PM</span>")
        .doesNotContain("issued March 10 ", "EDT");
  }

  @Test
  void startsTheAppsClockAtTheDemoClock() throws Exception {
    JsonNode report = JSON.readTree(app.open("/api/forecast?lat=41.967&lon=-71.189").body());
    HttpResponse<String> page = app.open("/weather?lat=41.967&lon=-71.189");

    assertThat(report.path("hourly").path(0).path("startTime").asText())
        .as("the clock's hour, in winter time")
        .isEqualTo("2026-12-02T04:00:00-05:00");
    assertThat(page.body()).contains("<th scope=\"row\">Wed 4 AM</th>");
    JsonNode observation = report.path("now").path("observation");
    Instant observed = Instant.parse(observation.path("observedAt").asText());
    Instant recordedAge =
        STARTS.minus(Duration.ofMinutes(27).plusSeconds(11)); // Norwood's, as recorded
    assertThat(observed).isBetween(recordedAge, recordedAge.plus(Duration.ofMinutes(2)));
    JsonNode history = report.path("history");
    assertThat(history).as("Norwood's last 24 hours, an hour apart").hasSize(24);
    assertThat(Instant.parse(history.path(23).path("observedAt").asText())).isEqualTo(observed);
    assertThat(Instant.parse(history.path(0).path("observedAt").asText()))
        .isEqualTo(observed.minus(Duration.ofHours(23)));
    JsonNode hour =
        StreamSupport.stream(
                JSON.readTree(NwsFixtures.body("/gridpoints/BOX/70,82/forecast/hourly", STARTS))
                    .path("properties")
                    .path("periods")
                    .spliterator(),
                false)
            .filter(
                p ->
                    !observed.isBefore(
                            OffsetDateTime.parse(p.path("startTime").asText()).toInstant())
                        && observed.isBefore(
                            OffsetDateTime.parse(p.path("endTime").asText()).toInstant()))
            .findFirst()
            .orElseThrow();
    assertThat(Math.round(observation.path("temperature").path("value").asDouble()))
        .as("Norwood reports the hourly forecast's temperature at 3 AM")
        .isEqualTo(hour.path("temperature").asLong());
    assertThat(observation.path("description").asText())
        .isEqualTo(hour.path("shortForecast").asText());
  }

  @Test
  void saysAPointBeyondItsFixturesIsOutsideTheDemo() throws Exception {
    HttpResponse<String> page =
        app.open("/weather?lat=30.27&lon=-97.74"); // Austin, TX: not in the demo

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body())
        .contains("Outside the demo&#39;s coverage", "within 60 km of Seattle, Boston, Norton MA")
        .doesNotContain("It covers the United States");
  }
}
