package dev.weather.report;

import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.ReportKey;
import dev.weather.workflow.RunProgress;
import dev.weather.workflow.RunState;
import java.time.Instant;
import java.util.List;

/**
 * What a page or API request for a place gets: a report to show, or the progress of the run
 * fetching one.
 */
public sealed interface Answer {

  ReportKey key();

  /** How current a shown report is. */
  enum State {
    /** As fresh as NWS said it stays. */
    FRESH,
    /**
     * The run is still under way, but the 12-hour forecast is in; the parts in {@code loading} are
     * coming.
     */
    PARTIAL,
    /** An older report, while a new run fetches its successor. */
    UPDATING,
    /** An older report, because the last run could not reach NWS. */
    NOT_ANSWERING;

    /** Whether the page should keep looking for something newer. */
    public boolean refreshes() {
      return this == PARTIAL || this == UPDATING;
    }
  }

  /** A report, as of when it arrived. */
  record Shown(ReportKey key, WeatherReport report, Instant asOf, State state) implements Answer {}

  /** No report yet: what the run is doing. */
  record Fetching(ReportKey key, RunProgress progress, List<RunState.Retry> retries)
      implements Answer {}
}
