package dev.weather.web.view;

import dev.weather.forecast.Alert;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An alert as the page shows it: one line (event, severity, until) that opens in place, severity as a word ("Severe";
 * none when NWS does not know it) and as a colour class, times in the place's zone. Two alerts of one event are told apart on that line by when they begin,
 * or else by the areas they cover ({@code apart}).
 */
record AlertView(
    String event,
    String severity,
    String severityClass,
    String until,
    String apart,
    String headline,
    String effective,
    String ends,
    String areas,
    String description,
    String instruction) {

  private static final Set<String> KNOWN = Set.of("extreme", "severe", "moderate", "minor");

  static List<AlertView> of(List<Alert> alerts, ZoneId zone) {
    return alerts.stream().map(alert -> of(alert, alerts, zone)).toList();
  }

  private static AlertView of(Alert alert, List<Alert> all, ZoneId zone) {
    String severity = alert.severity() == null || alert.severity().isBlank() ? "Unknown" : alert.severity();
    String css = severity.toLowerCase(Locale.ROOT);
    List<Alert> twins = all.stream().filter(a -> a != alert && Objects.equals(a.event(), alert.event())).toList();
    String apart = null;
    if (!twins.isEmpty()) {
      boolean sameStart = twins.stream().anyMatch(t -> Objects.equals(t.effective(), alert.effective()));
      apart = !sameStart && alert.effective() != null
          ? "from " + Times.format(alert.effective(), zone, Times.DAY_TIME)
          : alert.areaDesc();
    }
    return new AlertView(
        alert.event(),
        // NWS's word where it knows one ("Moderate" by an alert reads as its severity); no badge for "Unknown".
        KNOWN.contains(css) ? severity : null,
        "severity-" + (KNOWN.contains(css) ? css : "unknown"),
        Times.format(alert.until(), zone, Times.DAY_TIME),
        apart,
        alert.headline(),
        Times.format(alert.effective(), zone, Times.WHEN),
        Times.format(alert.until(), zone, Times.WHEN),
        alert.areaDesc(),
        alert.description(),
        alert.instruction());
  }
}
