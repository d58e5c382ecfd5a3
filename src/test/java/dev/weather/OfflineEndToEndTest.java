package dev.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** The app on a machine that cannot reach NWS at all: the page says so and names the demo profile. */
@Tag("end-to-end")
@DirtiesContext
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "weather.nws.base-url=http://127.0.0.1:1", // nothing listens on port 1: every connection is refused
      "weather.retry.total=2s",
      "weather.retry.initial-interval=200ms",
      "weather.web.wait=10s"
    })
class OfflineEndToEndTest {

  @LocalServerPort private int port;

  @Test
  void saysNwsCannotBeReachedAndNamesTheDemo() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/weather?lat=41.9&lon=-71.2"))
            .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains("The National Weather Service cannot be reached", "(127.0.0.1)",
        "./mvnw spring-boot:test-run");
  }
}
