package dev.weather.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code weather.demo.coverage}: under the demo profile, the places its fixtures play NWS for
 * ("within 60 km of Seattle, Boston, Norton and Denver"), so a point outside them is told so; unset
 * otherwise. The demo's other settings are the demo's own (test code).
 */
@ConfigurationProperties("weather.demo")
public record DemoCoverage(String coverage) {

  /** The coverage, or empty when the app plays no demo. */
  String described() {
    return coverage == null ? "" : coverage.strip();
  }
}
