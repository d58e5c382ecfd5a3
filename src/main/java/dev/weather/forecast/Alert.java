package dev.weather.forecast;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An active NWS watch, warning or advisory. {@code severity} is NWS's word (Extreme, Severe,
 * Moderate, Minor, Unknown); {@code effective} is when the message took effect, {@code onset} when
 * the hazard begins (null for alerts recorded before the app read it); {@code ends} is often null,
 * and then {@code expires} says until when the alert stands. {@code areaDesc} names the zones or
 * counties it covers. {@code messageType} is NWS's Alert, Update or Cancel (null for alerts
 * recorded before the app read it); an Update or a Cancel names in {@code references} the ids of
 * the earlier alerts it replaces or withdraws.
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
    String areaDesc,
    String messageType,
    List<String> references) {

  /** NWS's message type of a message that withdraws the alerts it references. */
  public static final String CANCEL = "Cancel";

  public Alert {
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** A first message: one that updates or cancels no earlier alert. */
  public Alert(
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
    this(
        id,
        event,
        severity,
        headline,
        effective,
        onset,
        ends,
        expires,
        description,
        instruction,
        senderName,
        areaDesc,
        "Alert",
        List.of());
  }

  /** Whether this message withdraws the alerts it references. */
  public boolean cancels() {
    return CANCEL.equals(messageType);
  }

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
   * is no warning, nor is a message that cancels one.
   */
  public boolean inForceAt(Instant now) {
    return !cancels() && (until() == null || until().toInstant().isAfter(now));
  }
}
