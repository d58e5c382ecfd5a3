package dev.weather.web.view;

import dev.weather.watch.Delivery;
import dev.weather.watch.WatchLog;
import dev.weather.watch.WatchView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A watch's page: what it watches and since when, when NWS was last asked, and each message told,
 * newest first, with how its deliveries stand. Times are UTC: a watch knows no time zone of its
 * place.
 */
public record WatchPage(
    String heading,
    String empty,
    String place,
    boolean running,
    String state,
    String since,
    String lastChecked,
    int told,
    List<Line> lines,
    String feed,
    String end,
    String temporalUi) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE MMM d, h:mm a 'UTC'", Locale.US);

  /** One message as the page lists it. */
  public record Line(String when, String title, String text, String deliveries) {}

  public static WatchPage of(WatchView view, String address, String temporalUi, Instant now) {
    WatchLog log = view.log();
    String state;
    String what = log.plan() == null ? "alerts" : "the forecast for " + log.plan();
    if (view.running()) {
      state = "Watching " + log.place() + " for " + what + ", until " + when(log.until()) + ".";
    } else {
      state =
          "This watch of "
              + log.place()
              + " for "
              + what
              + " ended"
              + (log.ended() == null ? "" : " " + when(log.ended()))
              + ".";
    }
    String checked =
        view.place() == null || view.place().lastChecked() == null
            ? null
            : Times.ago(Duration.between(view.place().lastChecked(), now));
    List<Line> lines =
        log.entries().stream()
            .map(
                e ->
                    new Line(
                        when(e.notice().at()),
                        e.notice().title(),
                        e.notice().text(),
                        deliveries(e)))
            .toList();
    boolean plan = log.plan() != null;
    return new WatchPage(
        (plan ? "Plan watch for " : "Alert watch for ") + log.place(),
        plan
            ? "None yet: nothing you named is forecast for the plan's hours."
            : "None yet: no alert has been in force here since the watch began.",
        log.place(),
        view.running(),
        state,
        Times.ago(Duration.between(log.since(), now)),
        checked,
        log.told(),
        lines,
        address + "/feed",
        address + "/end",
        temporalUi);
  }

  private static String deliveries(WatchLog.Entry entry) {
    return entry.deliveries().entrySet().stream()
        .map(
            d ->
                (d.getKey() == Delivery.Target.Kind.NTFY ? "ntfy" : "webhook")
                    + ": "
                    + d.getValue().name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  static String when(Instant at) {
    return at.atOffset(ZoneOffset.UTC).format(WHEN);
  }
}
