package dev.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The offline demo as a person runs it: its fixtures moved to today, and honest about what it covers. */
@Tag("end-to-end")
@ActiveProfiles("demo")
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "weather.web.wait=15s")
class DemoProfileEndToEndTest {

  @LocalServerPort private int port;

  @DynamicPropertySource
  static void demoNwsOnAFreePort(DynamicPropertyRegistry registry) throws Exception {
    int demoPort = Instances.freePort();
    registry.add("weather.demo.port", () -> demoPort);
  }

  @Test
  void showsNortonsAlertsIssuedOnTheirMovedDays() throws Exception {
    HttpResponse<String> page = open("/weather?lat=41.967&lon=-71.189");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Air Quality Alert", "Sunrise", "of daylight").doesNotContain("issued March 10 ");
    // Moved by whole days to the latest recorded day not after today, in the alert's own words.
    String today = LocalDate.now(ZoneId.of("America/New_York")).format(DateTimeFormatter.ofPattern("MMMM d", Locale.US));
    String yesterday = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1)
        .format(DateTimeFormatter.ofPattern("MMMM d", Locale.US));
    assertThat(page.body()).containsAnyOf("issued " + today + " at", "issued " + yesterday + " at");
  }

  @Test
  void saysAPointBeyondItsFixturesIsOutsideTheDemo() throws Exception {
    HttpResponse<String> page = open("/weather?lat=30.27&lon=-97.74"); // Austin, TX: in the US, not in the demo

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Outside the demo&#39;s coverage", "within 60 km of Seattle, Boston, Norton MA")
        .doesNotContain("It covers the United States");
  }

  private HttpResponse<String> open(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
