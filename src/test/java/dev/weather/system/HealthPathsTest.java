package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.Filter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Under /actuator/health/ only a group or a component is an address; any other path is a 404 before
 * the actuator.
 */
class HealthPathsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "/actuator/health/readiness, 200",
    "/actuator/health/temporal, 200",
    "/actuator/health, 200",
    "/weather, 200",
    "/actuator/health/no-such-part, 404",
    "/actuator/health/a/b, 404",
    "/actuator/health/temporal/x, 404"
  })
  void passesOnlyGroupsAndComponents(String path, int status) throws Exception {
    HealthEndpointGroups groups = mock(HealthEndpointGroups.class);
    HealthContributorRegistry contributors = mock(HealthContributorRegistry.class);
    when(groups.get("readiness")).thenReturn(mock(HealthEndpointGroup.class));
    when(contributors.getContributor("temporal")).thenReturn(mock(HealthIndicator.class));
    when(contributors.getContributor("a/b")).thenReturn(mock(HealthIndicator.class));
    Filter filter = new HealthPaths().healthPathsFilter(groups, contributors).getFilter();
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);

    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(chain.getRequest())
        .as("passed on to the actuator")
        .matches(passed -> (passed != null) == (status == 200));
  }
}
