package dev.weather.web;

import dev.weather.watch.Plan;
import dev.weather.watch.WatchException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A plan as a form or the API gives it: a day (2026-12-12), a start and an end (10:00, 14:00; an
 * end at or before the start is the next day's) and the thresholds, each optional. What cannot be
 * read is refused with what to fix, as a bad plan.
 */
record PlanForm(
    String day,
    String from,
    String to,
    String rain,
    String thunder,
    String gust,
    String low,
    String heat) {

  Plan plan(Clock clock) {
    try {
      return read(clock);
    } catch (java.time.DateTimeException outOfRange) {
      throw new WatchException(
          WatchException.Reason.BAD_PLAN,
          "A plan is within the next 7 days, as far as the forecast goes.");
    }
  }

  private Plan read(Clock clock) {
    LocalDate date = parse(day, LocalDate::parse, "Give the plan's day as 2026-12-12.");
    LocalTime start = parse(from, LocalTime::parse, "Give the plan's start as 10:00.");
    LocalTime end = parse(to, LocalTime::parse, "Give the plan's end as 14:00.");
    LocalDateTime begins = date == null || start == null ? null : date.atTime(start);
    LocalDateTime ends =
        begins == null || end == null
            ? null
            : end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
    return Plan.of(
        begins,
        ends,
        number(rain, "rain"),
        thunder != null && !thunder.isBlank() && !thunder.equals("false"),
        number(gust, "gusts"),
        number(low, "the low"),
        number(heat, "the heat index"),
        LocalDateTime.now(clock));
  }

  private static <T> T parse(String text, java.util.function.Function<String, T> read, String fix) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return read.apply(text.strip());
    } catch (DateTimeParseException e) {
      throw new WatchException(WatchException.Reason.BAD_PLAN, fix);
    }
  }

  private static Integer number(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new WatchException(
          WatchException.Reason.BAD_PLAN, "Give " + what + " as a whole number.");
    }
  }
}
