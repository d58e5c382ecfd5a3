package dev.weather.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Under {@code /actuator/health/} only a health group ({@code liveness}, {@code readiness}) or a
 * component ({@code temporal}) is an address; anything else is the app's 404. Left to the actuator,
 * a path two or more segments deep ({@code /actuator/health/a/b}) fails with a 500 and a stack
 * trace in the log, and an unknown component answers 404 with no body at all.
 */
@Configuration(proxyBeanMethods = false)
class HealthPaths {

  private static final String PREFIX = "/actuator/health/";
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  /**
   * A bean of a configuration, not a component: web slice tests, which have no actuator, pick up
   * components.
   */
  @Bean
  FilterRegistrationBean<Filter> healthPathsFilter(
      HealthEndpointGroups groups, HealthContributorRegistry contributors) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new Filter(groups, contributors));
    registration.addUrlPatterns("/actuator/health/*"); // no other request pays for the check
    return registration;
  }

  private static final class Filter extends OncePerRequestFilter {

    private final HealthEndpointGroups groups;
    private final HealthContributorRegistry contributors;

    Filter(HealthEndpointGroups groups, HealthContributorRegistry contributors) {
      this.groups = groups;
      this.contributors = contributors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !PATHS.getPathWithinApplication(request).startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String name = PATHS.getPathWithinApplication(request).substring(PREFIX.length());
      if (groups.get(name) == null
          && (name.contains("/") || contributors.getContributor(name) == null)) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
