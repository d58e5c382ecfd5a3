package dev.weather.watch;

import dev.weather.forecast.Alert;
import dev.weather.watch.AlertChange.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a place's workflow knows of its alerts: those standing (by NWS id, as last told) and the ids
 * already done with, so that each issue, update and end is told once however often NWS lists it.
 * Immutable; it travels in the workflow's input across continue-as-new. NWS sends an update as a
 * new alert whose {@code references} name the ones it replaces, and a cancellation as a message of
 * type Cancel that references the alerts it withdraws.
 *
 * @param standing the alerts in force, by id, in the order they were first seen
 * @param retired the ids of alerts replaced, withdrawn or ended (at most {@link #RETIRED_KEPT}, the
 *     newest), never told again
 */
public record AlertBook(Map<String, AlertChange> standing, List<String> retired) {

  /** More than NWS lists at once for any point, many times over. */
  static final int RETIRED_KEPT = 200;

  public AlertBook {
    standing = standing == null ? Map.of() : new LinkedHashMap<>(standing);
    retired = retired == null ? List.of() : List.copyOf(retired);
  }

  /** Nothing known yet. */
  static AlertBook empty() {
    return new AlertBook(Map.of(), List.of());
  }

  /** What changed since, and the book after. */
  record Next(AlertBook book, List<AlertChange> changes) {}

  /**
   * The book after NWS listed {@code active} at {@code now}. On the {@code first} look nothing is
   * news: every alert in force is told as {@link Kind#IN_EFFECT}.
   */
  Next after(List<Alert> active, Instant now, boolean first) {
    Map<String, AlertChange> next = new LinkedHashMap<>(standing);
    Set<String> done = new LinkedHashSet<>(retired);
    Map<String, Alert> listed = new LinkedHashMap<>();
    List<AlertChange> changes = new ArrayList<>();
    // What a message in this answer replaces or withdraws is done with already: an alert listed
    // beside its own update is told once, as its latest message.
    for (Alert alert : active) {
      if (alert.id() != null && !next.containsKey(alert.id())) {
        for (String replaced : alert.references()) {
          if (!next.containsKey(replaced)) {
            done.add(replaced);
          }
        }
      }
    }
    for (Alert alert : active) {
      if (alert.id() == null || done.contains(alert.id())) {
        continue;
      }
      listed.put(alert.id(), alert);
      if (next.containsKey(alert.id())) {
        continue;
      }
      if (alert.cancels()) {
        for (String withdrawn : alert.references()) {
          AlertChange old = next.remove(withdrawn);
          if (old != null) {
            changes.add(old.as(Kind.CANCELLED, now));
          }
          done.add(withdrawn);
        }
        done.add(alert.id());
        continue;
      }
      if (!alert.inForceAt(now)) {
        continue;
      }
      boolean replaces = false;
      for (String replaced : alert.references()) {
        replaces |= next.remove(replaced) != null;
        done.add(replaced);
      }
      Kind kind = first ? Kind.IN_EFFECT : replaces ? Kind.UPDATED : Kind.ISSUED;
      AlertChange change = AlertChange.of(kind, alert, now);
      next.put(alert.id(), change);
      changes.add(change);
    }
    for (AlertChange old : List.copyOf(next.values())) {
      Alert still = listed.get(old.alertId());
      if (still == null || !still.inForceAt(now)) {
        next.remove(old.alertId());
        done.add(old.alertId());
        changes.add(old.as(Kind.ENDED, now));
      }
    }
    List<String> kept = new ArrayList<>(done);
    return new Next(
        new AlertBook(next, kept.subList(Math.max(0, kept.size() - RETIRED_KEPT), kept.size())),
        changes);
  }

  /** The alerts in force, as a new watch is told them. */
  List<AlertChange> inEffect(Instant now) {
    return standing.values().stream().map(a -> a.as(Kind.IN_EFFECT, now)).toList();
  }
}
