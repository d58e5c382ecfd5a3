package dev.weather.system;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded server replaced every 3 runs, through real parts: pages keep coming, and a run open
 * while a replacement is due is waited for, not lost.
 */
@DirtiesContext
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "weather.temporal.local.mode=in-memory",
      "weather.embedded.recycle-after=3",
      "weather.web.wait=20s"
    })
class EmbeddedServerRecyclingTest {

  @RegisterExtension static WireMockExtension nws = NwsStub.extension();

  private static final String FORECAST = "/gridpoints/BOX/70,82/forecast";
  private static final String NORTON_FORECAST = "<span class=\"grid\">BOX 70,82</span>";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort private int port;
  @Autowired private MeterRegistry meters;

  @DynamicPropertySource
  static void nwsAtWireMock(DynamicPropertyRegistry registry) {
    registry.add("weather.nws.base-url", nws::baseUrl);
  }

  @BeforeEach
  void playNws() {
    NwsFixtures.serve(nws, Clock.systemUTC());
  }

  @Test
  void keepsServingPagesAcrossReplacementsOfTheServer() {
    double before = meters.counter("weather.embedded.recycles").count();

    for (int i = 0; i < 10; i++) {
      assertThat(send("/weather?lat=41.8" + i + "&lon=-71.4")).contains(NORTON_FORECAST);
    }

    assertThat(meters.counter("weather.embedded.recycles").count() - before)
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void waitsForARunThatIsOpenWhenAReplacementIsDue() {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(okJson(NwsFixtures.body(FORECAST, Instant.now())).withFixedDelay(1500)));
    double before = meters.counter("weather.embedded.recycles").count();
    List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      pages.add(
          HTTP.sendAsync(
              request("/weather?lat=41.7" + i + "&lon=-71.5"),
              HttpResponse.BodyHandlers.ofString()));
    }

    pages.forEach(page -> assertThat(page.join().body()).contains(NORTON_FORECAST));
    assertThat(meters.counter("weather.embedded.recycles").count() - before)
        .isGreaterThanOrEqualTo(2);
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  private String send(String path) {
    try {
      return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
