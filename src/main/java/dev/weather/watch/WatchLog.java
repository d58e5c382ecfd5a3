package dev.weather.watch;

import dev.weather.watch.Delivery.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a watch has told, newest first: its feed, and the page's history. Immutable; the workflow
 * keeps the latest.
 *
 * @param place the place's name
 * @param alerts the id of the place's {@link PlaceAlertsWorkflow}; null for a plan watch
 * @param plan what a plan watch watches, in words; null for an alert watch
 * @param since when the watch began
 * @param until when it ends unless ended sooner
 * @param ended when it ended (null: it runs)
 * @param told how many messages it has told in all
 * @param entries the newest {@link #ENTRIES_KEPT} messages
 */
public record WatchLog(
    String place,
    String alerts,
    String plan,
    Instant since,
    Instant until,
    Instant ended,
    int told,
    List<Entry> entries) {

  /** A feed reader shows far fewer; the page shows them all. */
  static final int ENTRIES_KEPT = 100;

  public WatchLog {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  /** One message, and how each of its deliveries stands. */
  public record Entry(Notice notice, Map<Target.Kind, Sent> deliveries) {

    public Entry {
      deliveries = deliveries == null ? Map.of() : new LinkedHashMap<>(deliveries);
    }
  }

  /** Where a delivery stands. */
  public enum Sent {
    SENDING,
    SENT,
    FAILED
  }

  /** Whether a message of this key is in the log already. */
  boolean has(String key) {
    return entries.stream().anyMatch(e -> e.notice().key().equals(key));
  }

  WatchLog with(Entry entry) {
    List<Entry> next = new ArrayList<>(entries.size() + 1);
    next.add(entry);
    next.addAll(entries.subList(0, Math.min(entries.size(), ENTRIES_KEPT - 1)));
    return new WatchLog(place, alerts, plan, since, until, ended, told + 1, next);
  }

  WatchLog delivered(String key, Target.Kind kind, Sent sent) {
    List<Entry> next =
        entries.stream()
            .map(
                e -> {
                  if (!e.notice().key().equals(key)) {
                    return e;
                  }
                  Map<Target.Kind, Sent> d = new LinkedHashMap<>(e.deliveries());
                  d.put(kind, sent);
                  return new Entry(e.notice(), d);
                })
            .toList();
    return new WatchLog(place, alerts, plan, since, until, ended, told, next);
  }

  WatchLog until(Instant end) {
    return new WatchLog(place, alerts, plan, since, end, ended, told, entries);
  }

  WatchLog endedAt(Instant at) {
    return new WatchLog(place, alerts, plan, since, until, at, told, entries);
  }
}
