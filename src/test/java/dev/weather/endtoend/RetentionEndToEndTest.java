package dev.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run older than its namespace's retention, on the real dev server: the server deletes it, as it
 * does every closed run once the retention has passed (a day in a namespace the app makes; 2 s
 * here), and its page and API address answer 404 saying why.
 */
@Tag("end-to-end")
@DirtiesContext
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "spring.main.allow-bean-definition-overriding=true")
class RetentionEndToEndTest {

  @RegisterExtension static WireMockExtension nws = NwsStub.extension();

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TestConfiguration(proxyBeanMethods = false)
  static class Time {
    @Bean
    @Primary
    MovableClock clock() {
      return new MovableClock();
    }
  }

  @LocalServerPort private int port;
  @Autowired private MovableClock clock;

  @DynamicPropertySource
  static void nwsAtWireMock(DynamicPropertyRegistry registry) {
    TestTemporal.register(
        registry, TestTemporal.newNamespace(RetentionEndToEndTest.class, Duration.ofSeconds(2)));
    registry.add("weather.nws.base-url", nws::baseUrl);
  }

  @Test
  void aRunPastItsRetentionIsNotFoundAndThePageSaysWhy() {
    NwsFixtures.serve(nws, Clock.systemUTC());
    String run = "/weather/runs/forecast-41.97,-71.19-us";
    assertThat(send("/weather?lat=41.97&lon=-71.19", "text/html").statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> send(run, "text/html").body().contains("BOX 70,82"));
    clock.advance(
        Duration.ofMinutes(6)); // the app's own copy of the report is out of date: it asks Temporal

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> send(run, "text/html").statusCode() == 404);
    HttpResponse<String> page = send(run, "text/html");
    HttpResponse<String> api =
        send(run.replace("/weather/runs/", "/api/runs/"), "application/json");

    assertThat(page.body())
        .contains("No such forecast run", "Temporal keeps a finished run only for a time");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(api.body()).contains("\"title\":\"No such forecast run\"");
  }

  private HttpResponse<String> send(String path, String accept) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Accept", accept)
              .timeout(Duration.ofSeconds(30))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
