package dev.weather.web.view;

import dev.weather.place.Place;
import dev.weather.report.Answer;
import java.time.Instant;
import java.util.List;

/**
 * The page shown while a run fetches a place's first report: each step, and for a retried one, why.
 */
public record ProgressPage(
    String heading, List<StepView> steps, String address, String temporalUi) {

  public static ProgressPage of(
      Place place, Answer.Fetching fetching, Instant now, String address, String temporalUi) {
    String where =
        place != null
            ? place.label()
            : fetching.key().location().point() != null
                ? fetching.key().location().point().text()
                : "NWS grid " + fetching.key().location().grid();
    return new ProgressPage(
        "Fetching the forecast for " + where,
        StepView.of(fetching.progress(), fetching.retries(), now),
        address,
        temporalUi);
  }
}
