package dev.weather.watch;

import dev.weather.watch.WatchException.Reason;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's plan: a window of local time at the place (its own time zone) and what would spoil it.
 * Each threshold is optional (null or false: not watched); at least one is set. Temperatures in °F,
 * speeds in mph, chances in percent.
 */
public record Plan(
    LocalDateTime from,
    LocalDateTime to,
    Integer rainChance,
    boolean thunder,
    Integer gustMph,
    Integer lowF,
    Integer heatIndexF) {

  /** The longest window: a day out. */
  static final Duration LONGEST = Duration.ofHours(24);

  /** How far ahead NWS forecasts: a window must begin within it. */
  static final Duration AHEAD = Duration.ofDays(7);

  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  /** What may spoil a plan. */
  public enum Threshold {
    RAIN,
    THUNDER,
    GUST,
    LOW,
    HEAT
  }

  /**
   * The plan, if a person can have it; else why not, in words. {@code today} is the place's date as
   * near as the caller knows it (a day either way is allowed).
   */
  public static Plan of(
      LocalDateTime from,
      LocalDateTime to,
      Integer rainChance,
      boolean thunder,
      Integer gustMph,
      Integer lowF,
      Integer heatIndexF,
      LocalDateTime now) {
    if (from == null || to == null) {
      throw bad("A plan needs a day, and a time it starts and ends.");
    }
    if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST) > 0) {
      throw bad("A plan ends after it starts, within 24 hours.");
    }
    if (to.isBefore(now.minusDays(1)) || from.isAfter(now.plus(AHEAD).plusDays(1))) {
      throw bad("A plan is within the next 7 days, as far as the forecast goes.");
    }
    check(rainChance, 1, 100, "A chance of rain is 1 to 100%.");
    check(gustMph, 1, 150, "Gusts are 1 to 150 mph.");
    check(lowF, -60, 120, "A low is -60 to 120 °F.");
    check(heatIndexF, 60, 150, "A heat index is 60 to 150 °F.");
    Plan plan = new Plan(from, to, rainChance, thunder, gustMph, lowF, heatIndexF);
    if (plan.thresholds().isEmpty()) {
      throw bad("Name at least one thing that would spoil the plan.");
    }
    return plan;
  }

  /** The thresholds this plan watches, in a fixed order. */
  List<Threshold> thresholds() {
    List<Threshold> watched = new ArrayList<>();
    if (rainChance != null) {
      watched.add(Threshold.RAIN);
    }
    if (thunder) {
      watched.add(Threshold.THUNDER);
    }
    if (gustMph != null) {
      watched.add(Threshold.GUST);
    }
    if (lowF != null) {
      watched.add(Threshold.LOW);
    }
    if (heatIndexF != null) {
      watched.add(Threshold.HEAT);
    }
    return watched;
  }

  /** For each threshold watched, whether {@code look} crosses it. */
  Map<Threshold, Boolean> crossed(PlanLook look) {
    Map<Threshold, Boolean> crossed = new LinkedHashMap<>();
    for (Threshold t : thresholds()) {
      crossed.put(
          t,
          switch (t) {
            case RAIN -> look.rainChance() != null && look.rainChance() >= rainChance;
            case THUNDER -> look.thunder();
            case GUST -> look.gustMph() != null && look.gustMph() >= gustMph;
            case LOW -> look.lowF() != null && look.lowF() <= lowF;
            case HEAT -> look.heatIndexF() != null && look.heatIndexF() >= heatIndexF;
          });
    }
    return crossed;
  }

  /** The threshold in words: "a chance of rain of 40% or more". */
  String words(Threshold t) {
    return switch (t) {
      case RAIN -> "a chance of rain of " + rainChance + "% or more";
      case THUNDER -> "thunder";
      case GUST -> "gusts of " + gustMph + " mph or more";
      case LOW -> "a low of " + lowF + " °F or below";
      case HEAT -> "a heat index of " + heatIndexF + " °F or more";
    };
  }

  /** The window in words: "Sat Dec 12, 10:00 AM to 2:00 PM". */
  String window() {
    String end =
        to.toLocalDate().equals(from.toLocalDate()) ? TIME.format(to) : DAY_TIME.format(to);
    return DAY_TIME.format(from) + " to " + end;
  }

  /** The whole plan in words, for its page. */
  String describe() {
    return window()
        + ", told of "
        + String.join(", ", thresholds().stream().map(this::words).toList());
  }

  private static void check(Integer value, int least, int most, String message) {
    if (value != null && (value < least || value > most)) {
      throw bad(message);
    }
  }

  private static WatchException bad(String message) {
    return new WatchException(Reason.BAD_PLAN, message);
  }
}
