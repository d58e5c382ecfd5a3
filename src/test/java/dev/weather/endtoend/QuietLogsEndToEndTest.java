package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What the log says while NWS dribbles every answer, each far slower than a call may take: a line
 * for each attempt and one for the run's end, and no stack trace (docs/OPERATIONS.md, "Logs"). On
 * the real Temporal server.
 */
@ExtendWith(OutputCaptureExtension.class)
@EndToEnd(properties = {"weather.retry.total=12s", "weather.web.wait=1s"})
class QuietLogsEndToEndTest {

  private static final List<String> PLACES =
      List.of("lat=41.95&lon=-71.18", "lat=41.96&lon=-71.17");

  private final WireMockServer nws;
  private final App app;

  QuietLogsEndToEndTest(WireMockServer nws, App app) {
    this.nws = nws;
    this.app = app;
  }

  @Test
  void logsALineAnAttemptAndNoStackTraceWhileNwsDribblesEveryAnswer(CapturedOutput output)
      throws Exception {
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
      assertThat(app.open("/weather?" + place).statusCode()).isEqualTo(200);
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
    while (app.open(path).statusCode() == 202) {
      assertThat(System.nanoTime()).as("the run gave its verdict").isLessThan(until);
      Thread.sleep(500);
    }
  }
}
