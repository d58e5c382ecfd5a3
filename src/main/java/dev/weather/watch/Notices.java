package dev.weather.watch;

import dev.weather.watch.AlertChange.Kind;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words of a watch's messages: one home, for the feed, the page, ntfy and webhooks alike. */
final class Notices {

  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);

  private Notices() {}

  static Notice of(String key, String place, AlertChange change) {
    String event = change.event() == null ? "Alert" : change.event();
    String title = place + ": " + event + " " + verb(change.kind());
    String text = change.headline() != null ? change.headline() : event;
    if (!text.endsWith(".")) {
      text += ".";
    }
    if (change.until() != null && stands(change.kind())) {
      text += " Until " + UNTIL.format(change.until()) + ".";
    }
    return new Notice(key, place, change.at(), change.kind().name(), title, text, priority(change));
  }

  /** A plan's threshold crossed, or no longer crossed, at its latest look. */
  static Notice crossing(
      String key,
      String place,
      Plan plan,
      Plan.Threshold threshold,
      boolean crossed,
      PlanLook look,
      java.time.Instant at) {
    String title =
        place
            + ", "
            + plan.window()
            + (crossed ? ": " : ": no longer ")
            + plan.words(threshold)
            + (crossed ? " forecast" : "");
    return new Notice(
        key, place, at, crossed ? "CROSSED" : "UNCROSSED", title, look.words(), crossed ? 4 : 3);
  }

  /** The morning of a plan: the forecast for its window, crossed or not. */
  static Notice summary(String key, String place, Plan plan, PlanLook look, java.time.Instant at) {
    String title = place + ", " + plan.window() + ": the forecast this morning";
    return new Notice(key, place, at, "SUMMARY", title, look.words(), 3);
  }

  private static String verb(Kind kind) {
    return switch (kind) {
      case IN_EFFECT -> "in effect";
      case ISSUED -> "issued";
      case UPDATED -> "updated";
      case CANCELLED -> "cancelled";
      case ENDED -> "ended";
    };
  }

  private static boolean stands(Kind kind) {
    return kind == Kind.IN_EFFECT || kind == Kind.ISSUED || kind == Kind.UPDATED;
  }

  /** ntfy's priority: an alert that stands by its severity, one that is over low. */
  private static int priority(AlertChange change) {
    if (!stands(change.kind())) {
      return 2;
    }
    return switch (change.severity() == null ? "" : change.severity()) {
      case "Extreme" -> 5;
      case "Severe" -> 4;
      default -> 3;
    };
  }
}
