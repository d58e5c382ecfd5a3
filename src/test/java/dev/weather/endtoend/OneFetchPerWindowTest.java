package dev.weather.endtoend;

import static dev.weather.endtoend.Instances.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances on one Temporal dev server, asked in turn and never at once, so that no view joins
 * a run under way: whichever instance is asked, NWS sees one request per endpoint per freshness
 * window, because an instance that has no report reads the place's last run before starting one.
 */
@Tag("end-to-end")
class OneFetchPerWindowTest {

  /** NWS says 1 second; the app keeps an answer 30 seconds at least: a report's window. */
  private static final Duration WINDOW = Duration.ofSeconds(30);

  /** Past the window's last quarter, where a view refreshes the report ahead: one more fetch. */
  private static final Duration SPREAD = Duration.ofSeconds(26);

  private static final int VIEWS = 1000;
  private static final String NORTON_FORECAST = "<span class=\"grid\">BOX 70,82</span>";

  @RegisterExtension static Instances apps = new Instances(Duration.ofSeconds(1));

  @Test
  void viewsSpreadOverTwoInstancesCostOneNwsRequestPerEndpointPerWindow()
      throws InterruptedException {
    int[] instances = {apps.start(), apps.start()};
    long begin = System.nanoTime();
    for (int i = 0; i < VIEWS; i++) {
      long due = begin + SPREAD.toNanos() * i / VIEWS;
      Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
      assertThat(send(instances[i % 2], "/weather?lat=41.86&lon=-71.29"))
          .as("view %d", i)
          .contains(NORTON_FORECAST);
    }

    Map<String, List<Instant>> byEndpoint =
        apps.nws().getAllServeEvents().stream()
            .map(event -> event.getRequest())
            .collect(
                Collectors.groupingBy(
                    request -> URI.create(request.getUrl()).getPath(),
                    TreeMap::new,
                    Collectors.mapping(
                        LoggedRequest::getLoggedDate,
                        Collectors.collectingAndThen(
                            Collectors.toList(),
                            dates -> dates.stream().map(d -> d.toInstant()).sorted().toList()))));
    assertThat(byEndpoint).containsKeys("/gridpoints/BOX/70,82/forecast", "/alerts/active");
    assertThat(byEndpoint.get("/gridpoints/BOX/70,82/forecast"))
        .as("the first fetch, and the refresh ahead in the window's last quarter")
        .hasSize(2);
    byEndpoint.forEach(
        (endpoint, times) -> {
          for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i)))
                .as("%s asked again within a window: %s", endpoint, times)
                .isGreaterThan(WINDOW.multipliedBy(3).dividedBy(4).minusSeconds(1));
          }
        });
  }
}
