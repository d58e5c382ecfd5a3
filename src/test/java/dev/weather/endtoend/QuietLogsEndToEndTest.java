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
    // Four parts dribble (forecast, hourly, grid, stations), each cut at 4.5 s and retried within
    // 12 s: at most three attempts, so at most 12 attempt lines a run.
    // Measured: 8 a run on an idle machine, 15 lines a run in all; CI once saw 31 in all.
    assertThat(lines.stream().filter(line -> line.contains(" failed, attempt ")).count())
        .as("a line for each attempt that failed, two or three per dribbling part")
        .isBetween(2L * 4, 2L * 4 * 3);
    // Besides the attempts: a part given up (three at most a run), the run's end, a late part.
    assertThat(lines.size()).as("few lines besides the attempts").isBetween(10, 24 + 2 * 6);
  }

  private void awaitVerdict(String path) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (app.open(path).statusCode() == 202) {
      assertThat(System.nanoTime()).as("the run gave its verdict").isLessThan(until);
      Thread.sleep(500);
    }
  }
}
