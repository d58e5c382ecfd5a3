package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsFault;
import dev.weather.nws.NwsClient;
import dev.weather.workflow.ForecastException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;

/**
 * Failure said plainly with what this instance knows: NWS never reached, or the demo's coverage.
 */
class ExplanationsTest {

  private static final Location POINT = Location.of(new Coordinates(51.5, -0.12));

  @Test
  void namesTheDemoWhenNwsWasNeverReached() {
    NwsClient nws = mock(NwsClient.class);
    when(nws.neverReached()).thenReturn(true);
    when(nws.host()).thenReturn("api.weather.gov");

    Failure failure =
        new Explanations(provider(nws), new DemoCoverage(null))
            .of(failure(NwsFault.UNAVAILABLE, POINT));

    assertThat(failure.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(failure.title()).isEqualTo("The National Weather Service cannot be reached");
    assertThat(failure.message())
        .contains("(api.weather.gov)", "may be offline", "run the offline demo");
    assertThat(failure.command()).isEqualTo("./mvnw spring-boot:test-run");
    assertThat(failure.problem().getDetail())
        .endsWith("project's source: ./mvnw spring-boot:test-run");
  }

  @Test
  void saysNwsIsNotAnsweringOnceItHasBeenReached() {
    NwsClient nws = mock(NwsClient.class);
    when(nws.neverReached()).thenReturn(false);

    Failure failure =
        new Explanations(provider(nws), new DemoCoverage(null))
            .of(failure(NwsFault.UNAVAILABLE, POINT));

    assertThat(failure.title()).isEqualTo("The National Weather Service is not answering");
  }

  @Test
  void saysAPointIsOutsideTheDemoRatherThanOutsideTheUs() {
    Explanations demo =
        new Explanations(provider(null), new DemoCoverage(" within 60 km of Seattle "));

    Failure outside = demo.of(failure(NwsFault.NOT_FOUND, POINT));
    Failure grid = demo.of(failure(NwsFault.NOT_FOUND, Location.of(new GridPoint("BOX", 1, 1))));
    Failure elsewhere =
        new Explanations(provider(null), new DemoCoverage(""))
            .of(failure(NwsFault.NOT_FOUND, POINT));

    assertThat(outside.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(outside.title()).isEqualTo("Outside the demo's coverage");
    assertThat(outside.message())
        .contains("for places within 60 km of Seattle only")
        .doesNotContain("United States");
    assertThat(grid.message()).contains("grid cell");
    assertThat(elsewhere.message()).contains("It covers the United States and its territories");
  }

  private static ForecastException failure(NwsFault fault, Location location) {
    return new ForecastException(fault, location, null, null);
  }

  private static ObjectProvider<NwsClient> provider(NwsClient nws) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (nws != null) {
      beans.addBean("nws", nws);
    }
    return beans.getBeanProvider(NwsClient.class);
  }
}
