package dev.weather.report;

import dev.weather.forecast.Causes;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.WeatherReport;
import dev.weather.report.ReportCache.Snapshot;
import dev.weather.workflow.ForecastException;
import dev.weather.workflow.ForecastRuns;
import dev.weather.workflow.ReportKey;
import dev.weather.workflow.RunState;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs this instance waits for, one future per place shared by every request for it: each ends
 * with its report cached, or its failure recorded for the backoff and logged once. Before starting
 * one it reads the place's last run, which may have closed on another instance a moment ago. Counts
 * {@code weather.runs} (started, joined, reused).
 */
final class SharedRuns {

  private static final Logger log = LoggerFactory.getLogger(Reports.class);

  private final ReportCache cache;
  private final ForecastRuns runs;
  private final Executor startExecutor;
  private final MeterRegistry meters;

  /** One future per place; removed as each run ends. */
  private final ConcurrentMap<ReportKey, CompletableFuture<Snapshot>> running =
      new ConcurrentHashMap<>();

  SharedRuns(ReportCache cache, ForecastRuns runs, Executor startExecutor, MeterRegistry meters) {
    this.cache = cache;
    this.runs = runs;
    this.startExecutor = startExecutor;
    this.meters = meters;
  }

  /** Whether this instance is waiting for the place's run. */
  boolean waitingFor(ReportKey key) {
    return running.containsKey(key);
  }

  /**
   * This instance's future for the place's run, completed once its report is cached: the first
   * request starts (or joins) the run, the others share the future.
   */
  CompletableFuture<Snapshot> run(ReportKey key) {
    CompletableFuture<Snapshot> mine = new CompletableFuture<>();
    CompletableFuture<Snapshot> theirs = running.putIfAbsent(key, mine);
    if (theirs != null) {
      meters.counter("weather.runs", "how", "joined").increment();
      return theirs;
    }
    // A run may have ended between the caller's look at the cache and this request winning the race
    // to start one.
    if (answeredFromCache(key, mine)) {
      return mine;
    }
    CompletableFuture<Optional<RunState>> closed;
    try {
      closed = CompletableFuture.supplyAsync(() -> runs.lastClosed(key), startExecutor);
    } catch (RuntimeException rejected) {
      closed = CompletableFuture.failedFuture(rejected);
    }
    closed.whenComplete(
        (last, unknown) -> {
          if (unknown == null && last.isPresent() && remembered(key, mine, last.get())) {
            meters.counter("weather.runs", "how", "reused").increment();
          } else {
            start(key, mine);
          }
        });
    return mine;
  }

  /**
   * Whether the place's last run, closed here or on another instance, answers for it: it is kept,
   * and it is a report not yet due for refresh or a failure within the backoff. So however many
   * instances are asked, NWS is asked once per freshness window. A fresh report due for refresh is
   * kept all the same, for the views while the new run goes.
   */
  private boolean remembered(ReportKey key, CompletableFuture<Snapshot> mine, RunState last) {
    try {
      if (last instanceof RunState.Finished f) {
        cache.putIfFresh(key, f.report(), f.closedAt());
      } else if (last instanceof RunState.Failed f) {
        cache.failed(key, f.failure(), f.closedAt());
      }
      return answeredFromCache(key, mine);
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  /** Whether the cache answers for the place: a report not yet due for refresh, or a failure. */
  private boolean answeredFromCache(ReportKey key, CompletableFuture<Snapshot> mine) {
    Optional<Snapshot> arrived = cache.last(key).filter(s -> s.settledAt(cache.now()));
    Optional<ForecastException> failed = cache.recentFailure(key);
    if (arrived.isEmpty() && failed.isEmpty()) {
      return false;
    }
    running.remove(key, mine);
    arrived.ifPresentOrElse(mine::complete, () -> mine.completeExceptionally(failed.get()));
    return true;
  }

  private void start(ReportKey key, CompletableFuture<Snapshot> mine) {
    meters.counter("weather.runs", "how", "started").increment();
    CompletableFuture<WeatherReport> run;
    try {
      run = runs.run(key, startExecutor);
    } catch (RuntimeException e) {
      run = CompletableFuture.failedFuture(e);
    }
    run.whenComplete((report, failure) -> settle(key, mine, report, failure));
  }

  /** Hands a run's end to everyone who joined it; {@code mine} is the caller's and theirs. */
  private void settle(
      ReportKey key, CompletableFuture<Snapshot> mine, WeatherReport report, Throwable failure) {
    try {
      // The cache first, so that a request arriving as this run ends finds its report.
      if (report != null) {
        mine.complete(cache.put(key, report));
      } else if (Causes.unwrap(failure) instanceof CancellationException stopping) {
        mine.completeExceptionally(stopping); // this instance is stopping: the run has not ended
      } else {
        ForecastException why = ForecastException.of(key, failure);
        cache.failed(key, why);
        logEnd(key, why);
        mine.completeExceptionally(why);
      }
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
    } finally {
      running.remove(key, mine);
    }
  }

  /**
   * One line per run that ended without a forecast: a warning when NWS (or Temporal) failed, news
   * when NWS said no.
   */
  private static void logEnd(ReportKey key, ForecastException why) {
    String said = why.logText();
    if (why.fault() == NwsFault.NOT_FOUND) {
      log.info("Run {} ended without a forecast: {} ({})", key.workflowId(), why.fault(), said);
    } else {
      log.warn("Run {} ended without a forecast: {} ({})", key.workflowId(), why.fault(), said);
    }
  }
}
