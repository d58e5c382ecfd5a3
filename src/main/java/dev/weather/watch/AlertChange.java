package dev.weather.watch;

import dev.weather.forecast.Alert;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One thing that happened to an alert of a place, as a watch is told it: {@code alertId} is the
 * alert's NWS id (for an update, the new message's; for a cancellation or an end, the id of the
 * alert that no longer stands). {@code at} is when the place's workflow saw it.
 */
public record AlertChange(
    Kind kind,
    String alertId,
    String event,
    String severity,
    String headline,
    String areaDesc,
    OffsetDateTime until,
    Instant at) {

  /** What happened. */
  public enum Kind {
    /** In force when the watch began: told once, so the person knows where things stand. */
    IN_EFFECT,
    /** A new alert. */
    ISSUED,
    /** A new message that replaces earlier ones (NWS names them in its {@code references}). */
    UPDATED,
    /** NWS withdrew the alert before its end. */
    CANCELLED,
    /** The alert ended or expired: NWS no longer lists it. */
    ENDED
  }

  static AlertChange of(Kind kind, Alert alert, Instant at) {
    return new AlertChange(
        kind,
        alert.id(),
        alert.event(),
        alert.severity(),
        alert.headline(),
        alert.areaDesc(),
        alert.until(),
        at);
  }

  /** The same alert with another kind, seen at {@code at}. */
  AlertChange as(Kind other, Instant when) {
    return new AlertChange(other, alertId, event, severity, headline, areaDesc, until, when);
  }

  /**
   * What names this change among all a watch is told, however often it is told: the key that keeps
   * a message from being delivered twice.
   */
  public String key() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + alertId;
  }
}
