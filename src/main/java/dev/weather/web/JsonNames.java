package dev.weather.web;

import dev.weather.report.Answer;
import java.util.Locale;

/** How answer states are named in JSON and in the page's data-state: "fresh", "not-answering". */
final class JsonNames {

  private JsonNames() {}

  static String of(Answer.State state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
