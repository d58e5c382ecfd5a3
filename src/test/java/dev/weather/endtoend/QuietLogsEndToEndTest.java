package dev.weather;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the log says while NWS dribbles every answer, each far slower than a call may take: a line
 * for each attempt and one for the run's end, and no stack trace (docs/OPERATIONS.md, "Logs"). On
 * the real Temporal server.
 */
@Tag("end-to-end")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"weather.retry.total=12s", "weather.web.wait=1s"})
class QuietLogsEndToEndTest {

  @RegisterExtension static WireMockExtension nws = NwsStub.extension();

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> PLACES =
      List.of("lat=41.95&lon=-71.18", "lat=41.96&lon=-71.17");

  @LocalServerPort private int port;

  @DynamicPropertySource
  static void nwsAtWireMock(DynamicPropertyRegistry registry) {
    TestTemporal.register(registry, QuietLogsEndToEndTest.class);
    registry.add("weather.nws.base-url", nws::baseUrl);
  }

  @Test
  void logsALineAnAttemptAndNoStackTraceWhileNwsDribblesEveryAnswer(CapturedOutput output)
      throws Exception {
    NwsFixtures.serve(nws, Clock.systemUTC());
    // Every grid answer and observation sent over 20 s, in 40 pieces: each call is cut at its 4.5
    // s.
    nws.stubFor(
        get(urlPathMatching("/(gridpoints|stations)/.*"))
            .atPriority(0)
            .willReturn(
                okJson("{\"properties\": {}}" + " ".repeat(4_000))
                    .withChunkedDribbleDelay(40, 20_000)));
    int before = output.getAll().split("\n").length;

    for (String place : PLACES) {
      assertThat(open("/weather?" + place).statusCode()).isEqualTo(200);
    }
    for (String place : PLACES) {
      awaitVerdict("/api/forecast?" + place);
    }
    Thread.sleep(6_000); // the last attempts' own ends, and what the SDK would say of them

    List<String> lines = Arrays.stream(output.getAll().split("\n")).skip(before).toList();
    assertThat(lines)
        .as("no stack trace")
        .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
    assertThat(lines).as("nothing of the SDK's").noneMatch(line -> line.contains("io.temporal"));
    // Measured: 16, a line for each attempt that failed (two or three per part) and one or two for
    // each run.
    assertThat(lines.size())
        .as("lines for two runs of four parts, a few attempts each")
        .isBetween(4, 30);
  }

  private void awaitVerdict(String path) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (open(path).statusCode() == 202) {
      assertThat(System.nanoTime()).as("the run gave its verdict").isLessThan(until);
      Thread.sleep(500);
    }
  }

  private HttpResponse<String> open(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
