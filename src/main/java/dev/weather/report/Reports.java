package dev.weather.report;

import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.WeatherReport;
import dev.weather.report.Answer.State;
import dev.weather.report.ReportCache.Snapshot;
import dev.weather.workflow.ForecastException;
import dev.weather.workflow.ForecastRuns;
import dev.weather.workflow.ReportKey;
import dev.weather.workflow.RunProgress;
import dev.weather.workflow.RunState;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Reports for the web layer, gentle with NWS and never keeping a person waiting long:
 *
 * <ul>
 *   <li>a fresh cached report is answered at once, without Temporal;
 *   <li>otherwise the place's one run is started or joined: requests in this instance share one future, and
 *       Temporal's USE_EXISTING conflict policy joins requests from other instances to the same run;
 *   <li>the answer waits for the run at most the given time, then shows the report so far, an older report marked
 *       "updating", or the run's progress;
 *   <li>when a run fails for want of NWS, an older report is shown marked, and the place rests for the failure
 *       backoff before NWS is asked again.
 * </ul>
 *
 * <p>Counts {@code weather.cache.lookups} (hit, miss), {@code weather.runs} (started, joined) and
 * {@code weather.stale.served} (updating, not-answering).
 */
@Service
public class Reports {

  private static final Logger log = LoggerFactory.getLogger(Reports.class);

  private final ReportCache cache;
  private final ForecastRuns runs;
  private final Executor executor;
  private final MeterRegistry meters;
  /** The runs this instance is waiting for, one future per place; removed as each run ends. */
  private final ConcurrentMap<ReportKey, CompletableFuture<Snapshot>> running = new ConcurrentHashMap<>();
  /** The looks at a run's state under way, one per place. */
  private final ConcurrentMap<ReportKey, CompletableFuture<Answer>> looking = new ConcurrentHashMap<>();

  public Reports(
      ReportCache cache,
      ForecastRuns runs,
      @Qualifier("applicationTaskExecutor") Executor executor,
      MeterRegistry meters) {
    this.cache = cache;
    this.runs = runs;
    this.executor = executor;
    this.meters = meters;
  }

  /** The answer for a place, complete within {@code wait} (plus a describe of the run when it is not done). */
  public CompletableFuture<Answer> view(ReportKey key, Duration wait) {
    Optional<Snapshot> last = cache.last(key);
    if (last.isPresent() && last.get().freshAt(cache.now())) {
      count("weather.cache.lookups", "result", "hit");
      return CompletableFuture.completedFuture(shown(key, last.get(), State.FRESH));
    }
    count("weather.cache.lookups", "result", "miss");
    Optional<ForecastException> failed = cache.recentFailure(key);
    if (failed.isPresent()) {
      return attempt(() -> staleOr(key, failed.get(), last));
    }
    CompletableFuture<Answer> answer =
        run(key).handle((snapshot, failure) -> snapshot != null
            ? shown(key, snapshot, State.FRESH)
            : staleOr(key, cause(key, failure), last));
    return answer
        .completeOnTimeout(null, wait.toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(done -> done != null ? CompletableFuture.completedFuture(done) : current(key));
  }

  /**
   * What the place's latest run has to show now: never waits for it, never starts one. Concurrent requests for a
   * place share one look (a describe and a query), so a crowd waiting for a run does not flood Temporal.
   */
  public CompletableFuture<Answer> current(ReportKey key) {
    CompletableFuture<Answer> mine = new CompletableFuture<>();
    CompletableFuture<Answer> theirs = looking.putIfAbsent(key, mine);
    if (theirs != null) {
      return theirs;
    }
    CompletableFuture.supplyAsync(() -> now(key), executor)
        .whenComplete(
            (answer, failure) -> {
              looking.remove(key, mine);
              if (failure == null) {
                mine.complete(answer);
              } else {
                mine.completeExceptionally(failure instanceof CompletionException ? failure.getCause() : failure);
              }
            });
    return mine;
  }

  private Answer now(ReportKey key) {
    Optional<Snapshot> last = cache.last(key);
    if (last.isPresent() && last.get().freshAt(cache.now())) {
      return shown(key, last.get(), State.FRESH);
    }
    RunState state = runs.state(key);
    if (state instanceof RunState.Unknown && running.containsKey(key)) {
      state = new RunState.Running(null, new RunProgress(List.of(), null), List.of()); // not started yet
    }
    if (state instanceof RunState.Running r) {
      if (r.progress().report() != null) {
        return new Answer.Shown(key, r.progress().report(), cache.now(), State.PARTIAL);
      }
      return last.isPresent()
          ? stale(key, last.get(), State.UPDATING)
          : new Answer.Fetching(key, r.progress(), r.retries());
    }
    if (state instanceof RunState.Finished f) {
      return shown(key, cache.put(key, f.report()), State.FRESH);
    }
    if (state instanceof RunState.Failed f) {
      return staleOr(key, f.failure(), last);
    }
    throw new RunNotFoundException();
  }

  /**
   * This instance's future for the place's run, completed once its report is cached: the first request starts (or
   * joins) the run, the others share the future.
   */
  private CompletableFuture<Snapshot> run(ReportKey key) {
    CompletableFuture<Snapshot> mine = new CompletableFuture<>();
    CompletableFuture<Snapshot> theirs = running.putIfAbsent(key, mine);
    if (theirs != null) {
      count("weather.runs", "how", "joined");
      return theirs;
    }
    count("weather.runs", "how", "started");
    CompletableFuture<WeatherReport> run;
    try {
      run = runs.run(key, executor);
    } catch (RuntimeException e) {
      run = CompletableFuture.failedFuture(e);
    }
    run.whenComplete(
        (report, failure) -> {
          // The cache first, so that a request arriving as this run ends finds its report.
          Snapshot snapshot = report == null ? null : cache.put(key, report);
          ForecastException why = report == null ? cause(key, failure) : null;
          if (why != null) {
            cache.failed(key, why);
            logEnd(key, why);
          }
          running.remove(key, mine);
          if (snapshot != null) {
            mine.complete(snapshot);
          } else {
            mine.completeExceptionally(why);
          }
        });
    return mine;
  }

  /** One line per run that ended without a forecast: a warning when NWS failed, news when it said no. */
  private static void logEnd(ReportKey key, ForecastException why) {
    NwsProblem p = why.problem();
    String said = p == null ? "no NWS answer" : (p.status() == 0 ? "" : "HTTP " + p.status() + " ") + p.title()
        + ", correlation id " + (p.correlationId() == null ? "none" : p.correlationId());
    if (why.reason() == ForecastException.Reason.NOT_COVERED) {
      log.info("Run {} ended without a forecast: {} ({})", key.workflowId(), why.reason(), said);
    } else {
      log.warn("Run {} ended without a forecast: {} ({})", key.workflowId(), why.reason(), said);
    }
  }

  /** An older report instead of a failure, when the failure is only that NWS did not answer. */
  private Answer staleOr(ReportKey key, ForecastException failure, Optional<Snapshot> last) {
    if (failure.reason() == ForecastException.Reason.UNAVAILABLE && last.isPresent()) {
      return stale(key, last.get(), State.NOT_ANSWERING);
    }
    throw failure;
  }

  private Answer stale(ReportKey key, Snapshot last, State state) {
    count("weather.stale.served", "why", state == State.UPDATING ? "updating" : "not-answering");
    return shown(key, last, state);
  }

  private static Answer shown(ReportKey key, Snapshot snapshot, State state) {
    return new Answer.Shown(key, snapshot.report(), snapshot.asOf(), state);
  }

  private static CompletableFuture<Answer> attempt(Supplier<Answer> answer) {
    try {
      return CompletableFuture.completedFuture(answer.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static ForecastException cause(ReportKey key, Throwable failure) {
    Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    return ForecastRuns.failure(key, t);
  }

  private void count(String name, String tag, String value) {
    meters.counter(name, tag, value).increment();
  }
}
