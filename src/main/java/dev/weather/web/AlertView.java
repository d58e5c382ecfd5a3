package dev.weather.web;

import dev.weather.forecast.Alert;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** An alert as the page shows it: severity as a word and as a colour class, times in the place's zone. */
record AlertView(
    String event,
    String severity,
    String severityClass,
    String headline,
    String effective,
    String until,
    String description,
    String instruction) {

  private static final Set<String> KNOWN = Set.of("extreme", "severe", "moderate", "minor");

  static AlertView of(Alert alert, ZoneId zone) {
    String severity = alert.severity() == null || alert.severity().isBlank() ? "Unknown" : alert.severity();
    String css = severity.toLowerCase(Locale.ROOT);
    return new AlertView(
        alert.event(),
        severity,
        "severity-" + (KNOWN.contains(css) ? css : "unknown"),
        alert.headline(),
        Times.format(alert.effective(), zone, Times.WHEN),
        Times.format(alert.until(), zone, Times.WHEN),
        alert.description(),
        alert.instruction());
  }
}
