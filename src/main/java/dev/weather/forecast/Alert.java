package dev.weather.forecast;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An active NWS watch, warning or advisory. {@code severity} is NWS's word (Extreme, Severe,
 * Moderate, Minor, Unknown); {@code effective} is when the message took effect, {@code onset} when
 * the hazard begins (null for alerts recorded before the app read it); {@code ends} is often null,
 * and then {@code expires} says until when the alert stands. {@code areaDesc} names the zones or
 * counties it covers.
 */
public record Alert(
    String id,
    String event,
    String severity,
    String headline,
    OffsetDateTime effective,
    OffsetDateTime onset,
    OffsetDateTime ends,
    OffsetDateTime expires,
    String description,
    String instruction,
    String senderName,
    String areaDesc) {

  /** When the hazard begins, or else when the alert took effect. */
  public OffsetDateTime begins() {
    return onset != null ? onset : effective;
  }

  /** When it ends, or else when it expires. */
  public OffsetDateTime until() {
    return ends != null ? ends : expires;
  }

  /**
   * Whether it still stands at {@code now}: NWS's active alerts can list one whose end has passed
   * (and a report kept for minutes outlives one that ends meanwhile), and an alert that has ended
   * is no warning.
   */
  public boolean inForceAt(Instant now) {
    return until() == null || until().toInstant().isAfter(now);
  }
}
