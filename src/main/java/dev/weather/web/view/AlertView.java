package dev.weather.web.view;

import dev.weather.forecast.Alert;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An alert as the page shows it: one line (event, severity, when) that opens in place, severity as
 * a word ("Severe"; none when NWS does not know it) and as a colour class, times in the place's
 * zone. The line says when the hazard begins if that is still ahead, and two alerts of one event
 * are told apart on it by what differs between them: when they begin, the areas they cover, or both
 * ({@code apart}).
 */
record AlertView(
    String event,
    String severity,
    String severityClass,
    String from,
    String until,
    String apart,
    String headline,
    String effective,
    String ends,
    String areas,
    String description,
    String instruction) {

  private static final Set<String> KNOWN = Set.of("extreme", "severe", "moderate", "minor");

  /** The page's class for an alert's severity: "severity-moderate", or "severity-unknown". */
  static String severityClass(String severity) {
    String css = severity == null ? "unknown" : severity.strip().toLowerCase(Locale.ROOT);
    return "severity-" + (KNOWN.contains(css) ? css : "unknown");
  }

  static List<AlertView> of(List<Alert> alerts, ZoneId zone, Instant now) {
    return alerts.stream().map(alert -> of(alert, alerts, zone, now)).toList();
  }

  private static AlertView of(Alert alert, List<Alert> all, ZoneId zone, Instant now) {
    String severity =
        alert.severity() == null || alert.severity().isBlank() ? "Unknown" : alert.severity();
    String css = severity.toLowerCase(Locale.ROOT);
    List<Alert> twins =
        all.stream().filter(a -> a != alert && Objects.equals(a.event(), alert.event())).toList();
    OffsetDateTime begins = alert.begins();
    boolean ahead = begins != null && begins.toInstant().isAfter(now);
    boolean beginsApart =
        begins != null && twins.stream().anyMatch(t -> !sameInstant(t.begins(), begins));
    List<String> apart = new ArrayList<>();
    if (beginsApart && !ahead) {
      apart.add("since " + Times.format(begins, zone, Times.DAY_TIME));
    }
    if (alert.areaDesc() != null
        && twins.stream().anyMatch(t -> !Objects.equals(t.areaDesc(), alert.areaDesc()))) {
      apart.add(alert.areaDesc());
    }
    return new AlertView(
        alert.event(),
        // NWS's word where it knows one ("Moderate" by an alert reads as its severity); no badge
        // for "Unknown".
        KNOWN.contains(css) ? severity : null,
        severityClass(alert.severity()),
        ahead ? Times.format(begins, zone, Times.DAY_TIME) : null,
        Times.format(alert.until(), zone, Times.DAY_TIME),
        apart.isEmpty() ? null : String.join(" · ", apart),
        alert.headline(),
        Times.format(begins, zone, Times.WHEN),
        Times.format(alert.until(), zone, Times.WHEN),
        alert.areaDesc(),
        alert.description(),
        alert.instruction());
  }

  private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b == null : b != null && a.isEqual(b);
  }
}
