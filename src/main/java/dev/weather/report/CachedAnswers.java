package dev.weather.report;

import dev.weather.forecast.NwsFault;
import dev.weather.report.Answer.State;
import dev.weather.report.ReportCache.Snapshot;
import dev.weather.workflow.ForecastException;
import dev.weather.workflow.ReportKey;
import dev.weather.workflow.RunProgress;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The answers the cache gives when a run cannot: an older report marked as being updated or as NWS
 * not answering, instead of a failure that is only NWS (or Temporal) being away. Counts {@code
 * weather.stale.served} (updating, not-answering).
 */
final class CachedAnswers {

  private final ReportCache cache;
  private final SharedRuns sharedRuns;
  private final MeterRegistry meters;

  CachedAnswers(ReportCache cache, SharedRuns sharedRuns, MeterRegistry meters) {
    this.cache = cache;
    this.sharedRuns = sharedRuns;
    this.meters = meters;
  }

  /**
   * What can be said without Temporal: the last report, marked as being updated while this instance
   * waits for a run, else as NWS (or Temporal) not answering; or the bare progress of a run this
   * instance is starting; else {@code why}, thrown (when null, the bare progress).
   */
  Answer withoutTemporal(ReportKey key, ForecastException why) {
    Optional<Snapshot> last = cache.last(key);
    boolean startingHere = sharedRuns.waitingFor(key);
    if (last.isPresent()) {
      return last.get().freshAt(cache.now())
          ? fresh(key, last.get())
          : stale(key, last.get(), startingHere ? State.UPDATING : State.NOT_ANSWERING);
    }
    if (startingHere || why == null) {
      return new Answer.Fetching(key, new RunProgress(List.of(), null), List.of());
    }
    throw why;
  }

  /** An older report instead of {@code failure}, when it is only that NWS did not answer. */
  Answer staleOr(ReportKey key, ForecastException failure, Optional<Snapshot> last) {
    if (failure.fault() == NwsFault.UNAVAILABLE && last.isPresent()) {
      return stale(key, last.get(), State.NOT_ANSWERING);
    }
    throw failure;
  }

  /** {@code last}, marked: {@code UPDATING} or {@code NOT_ANSWERING}. */
  Answer stale(ReportKey key, Snapshot last, State state) {
    meters
        .counter(
            "weather.stale.served", "why", state == State.UPDATING ? "updating" : "not-answering")
        .increment();
    return shown(key, last, state);
  }

  static Answer fresh(ReportKey key, Snapshot snapshot) {
    return shown(key, snapshot, State.FRESH);
  }

  private static Answer shown(ReportKey key, Snapshot snapshot, State state) {
    return new Answer.Shown(key, snapshot.report(), snapshot.asOf(), state);
  }
}
