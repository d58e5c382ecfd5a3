package dev.weather.forecast;

import java.time.OffsetDateTime;

/**
 * An active NWS watch, warning or advisory. {@code severity} is NWS's word (Extreme, Severe, Moderate, Minor,
 * Unknown); {@code ends} is often null, and then {@code expires} says until when the alert stands. {@code areaDesc} names
 * the zones or counties it covers.
 */
public record Alert(
    String id,
    String event,
    String severity,
    String headline,
    OffsetDateTime effective,
    OffsetDateTime ends,
    OffsetDateTime expires,
    String description,
    String instruction,
    String senderName,
    String areaDesc) {

  /** When it ends, or else when it expires. */
  public OffsetDateTime until() {
    return ends != null ? ends : expires;
  }
}
