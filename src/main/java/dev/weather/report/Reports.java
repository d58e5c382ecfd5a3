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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Reports for the web layer, gentle with NWS and never keeping a person waiting long:
 *
 * <ul>
 *   <li>a fresh cached report is answered at once, without Temporal;
 *   <li>otherwise the place's one run is started or joined: requests in this instance share one
 *       future, and Temporal's USE_EXISTING conflict policy joins requests from other instances to
 *       the same run;
 *   <li>the answer waits for the run at most the given time, then shows the report so far, an older
 *       report marked "updating", or the run's progress; looking at a run takes at most {@link
 *       #LOOK}, else the cache answers;
 *   <li>when a run fails for want of NWS, an older report is shown marked, and the place rests for
 *       the failure backoff before NWS is asked again.
 * </ul>
 *
 * <p>Runs are started on their own executor: when Temporal is away a start blocks while the SDK
 * retries it, and must not hold up the looks. Counts {@code weather.cache.lookups} (hit, miss),
 * {@code weather.runs} (started, joined) and {@code weather.stale.served} (updating,
 * not-answering).
 */
@Service
public class Reports {

  /** The longest a look at a run (a describe and a query, each with its own deadline) may take. */
  static final Duration LOOK = Duration.ofMillis(2500);

  private static final Logger log = LoggerFactory.getLogger(Reports.class);

  private final ReportCache cache;
  private final ForecastRuns runs;
  private final Executor looks;
  private final Executor starts;
  private final MeterRegistry meters;

  /** The runs this instance is waiting for, one future per place; removed as each run ends. */
  private final ConcurrentMap<ReportKey, CompletableFuture<Snapshot>> running =
      new ConcurrentHashMap<>();

  /** The looks at a run's state under way, one per place. */
  private final ConcurrentMap<ReportKey, CompletableFuture<Answer>> looking =
      new ConcurrentHashMap<>();

  @Autowired
  public Reports(
      ReportCache cache,
      ForecastRuns runs,
      @Qualifier("applicationTaskExecutor") Executor looks,
      RunStarts starts,
      MeterRegistry meters) {
    this(cache, runs, looks, starts.executor(), meters);
  }

  Reports(
      ReportCache cache, ForecastRuns runs, Executor looks, Executor starts, MeterRegistry meters) {
    this.cache = cache;
    this.runs = runs;
    this.looks = looks;
    this.starts = starts;
    this.meters = meters;
  }

  /** The answer for a place, complete within {@code wait} plus at most {@link #LOOK}. */
  public CompletableFuture<Answer> view(ReportKey key, Duration wait) {
    Optional<Snapshot> last = cache.last(key);
    if (last.isPresent() && last.get().freshAt(cache.now())) {
      count("weather.cache.lookups", "result", "hit");
      if (!last.get().settledAt(cache.now())
          && !running.containsKey(key)
          && cache.recentFailure(key).isEmpty()) {
        run(key); // refresh ahead, in the background: this view is answered now, the next finds the
        // new report
      }
      return CompletableFuture.completedFuture(shown(key, last.get(), State.FRESH));
    }
    count("weather.cache.lookups", "result", "miss");
    Optional<ForecastException> failed = cache.recentFailure(key);
    if (failed.isPresent()) {
      return attempt(() -> staleOr(key, failed.get(), last));
    }
    CompletableFuture<Answer> answer =
        run(key)
            .handle(
                (snapshot, failure) -> {
                  if (snapshot != null) {
                    return shown(key, snapshot, State.FRESH);
                  }
                  if (unwrapped(failure) instanceof CancellationException stopping) {
                    throw stopping;
                  }
                  return staleOr(key, cause(key, failure), last);
                });
    return answer
        .completeOnTimeout(null, wait.toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(done -> done != null ? CompletableFuture.completedFuture(done) : current(key));
  }

  /**
   * What the place's latest run has to show now, within {@link #LOOK}: never waits for the run,
   * never starts one. Concurrent requests for a place share one look, so a crowd waiting for a run
   * does not flood Temporal.
   */
  public CompletableFuture<Answer> current(ReportKey key) {
    CompletableFuture<Answer> mine = new CompletableFuture<>();
    CompletableFuture<Answer> theirs = looking.putIfAbsent(key, mine);
    if (theirs != null) {
      return theirs;
    }
    CompletableFuture<Answer> look;
    try {
      look = CompletableFuture.supplyAsync(() -> now(key), looks);
    } catch (RuntimeException rejected) {
      look = CompletableFuture.failedFuture(rejected);
    }
    look.completeOnTimeout(null, LOOK.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (answer, failure) -> {
              looking.remove(key, mine);
              if (failure != null) {
                mine.completeExceptionally(
                    failure instanceof CompletionException ? failure.getCause() : failure);
              } else if (answer != null) {
                mine.complete(answer);
              } else {
                settle(mine, () -> fromCache(key, null)); // Temporal took too long to say
              }
            });
    return mine;
  }

  private Answer now(ReportKey key) {
    Optional<Snapshot> last = cache.last(key);
    if (last.isPresent() && last.get().freshAt(cache.now())) {
      return shown(key, last.get(), State.FRESH);
    }
    RunState state;
    try {
      state = runs.state(key);
    } catch (ForecastException temporalAway) {
      return fromCache(key, temporalAway);
    }
    boolean startingHere = running.containsKey(key);
    if (state instanceof RunState.Running r) {
      if (r.progress().report() != null) {
        return new Answer.Shown(key, r.progress().report(), cache.now(), State.PARTIAL);
      }
      return last.isPresent()
          ? stale(key, last.get(), State.UPDATING)
          : new Answer.Fetching(key, r.progress(), r.retries());
    }
    if (state instanceof RunState.Finished f && f.report().freshUntil().isAfter(cache.now())) {
      return shown(key, cache.put(key, f.report(), f.closedAt()), State.FRESH);
    }
    if (startingHere) {
      return fromCache(
          key, null); // what Temporal knows is older than the run this instance is starting
    }
    if (state instanceof RunState.Finished) {
      throw new RunOutdatedException(key);
    }
    if (state instanceof RunState.Failed f) {
      return staleOr(key, f.failure(), last);
    }
    throw new RunNotFoundException();
  }

  /**
   * What can be said without Temporal: the last report, marked as being updated while this instance
   * waits for a run, else as NWS (or Temporal) not answering; or the bare progress of a run this
   * instance is starting.
   */
  private Answer fromCache(ReportKey key, ForecastException why) {
    Optional<Snapshot> last = cache.last(key);
    boolean startingHere = running.containsKey(key);
    if (last.isPresent()) {
      return last.get().freshAt(cache.now())
          ? shown(key, last.get(), State.FRESH)
          : stale(key, last.get(), startingHere ? State.UPDATING : State.NOT_ANSWERING);
    }
    if (startingHere || why == null) {
      return new Answer.Fetching(key, new RunProgress(List.of(), null), List.of());
    }
    throw why;
  }

  /**
   * This instance's future for the place's run, completed once its report is cached: the first
   * request starts (or joins) the run, the others share the future.
   */
  private CompletableFuture<Snapshot> run(ReportKey key) {
    CompletableFuture<Snapshot> mine = new CompletableFuture<>();
    CompletableFuture<Snapshot> theirs = running.putIfAbsent(key, mine);
    if (theirs != null) {
      count("weather.runs", "how", "joined");
      return theirs;
    }
    // A run may have ended between the caller's look at the cache and this request winning the race
    // to start one.
    Optional<Snapshot> arrived = cache.last(key).filter(s -> s.settledAt(cache.now()));
    Optional<ForecastException> failed = cache.recentFailure(key);
    if (arrived.isPresent() || failed.isPresent()) {
      running.remove(key, mine);
      arrived.ifPresentOrElse(mine::complete, () -> mine.completeExceptionally(failed.get()));
      return mine;
    }
    count("weather.runs", "how", "started");
    CompletableFuture<WeatherReport> run;
    try {
      run = runs.run(key, starts);
    } catch (RuntimeException e) {
      run = CompletableFuture.failedFuture(e);
    }
    run.whenComplete(
        (report, failure) -> {
          try {
            // The cache first, so that a request arriving as this run ends finds its report.
            if (report != null) {
              mine.complete(cache.put(key, report));
            } else if (unwrapped(failure) instanceof CancellationException stopping) {
              mine.completeExceptionally(
                  stopping); // this instance is stopping: the run has not ended
            } else {
              ForecastException why = cause(key, failure);
              cache.failed(key, why);
              logEnd(key, why);
              mine.completeExceptionally(why);
            }
          } catch (RuntimeException e) {
            mine.completeExceptionally(e);
          } finally {
            running.remove(key, mine);
          }
        });
    return mine;
  }

  /**
   * One line per run that ended without a forecast: a warning when NWS failed, news when it said
   * no.
   */
  private static void logEnd(ReportKey key, ForecastException why) {
    NwsProblem p = why.problem();
    String said =
        p == null
            ? "no NWS answer"
            : (p.status() == 0 ? "" : "HTTP " + p.status() + " ")
                + p.title()
                + ", correlation id "
                + (p.correlationId() == null ? "none" : p.correlationId());
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
    CompletableFuture<Answer> future = new CompletableFuture<>();
    settle(future, answer);
    return future;
  }

  private static void settle(CompletableFuture<Answer> future, Supplier<Answer> answer) {
    try {
      future.complete(answer.get());
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
  }

  private static ForecastException cause(ReportKey key, Throwable failure) {
    return ForecastRuns.failure(key, unwrapped(failure));
  }

  private static Throwable unwrapped(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  private void count(String name, String tag, String value) {
    meters.counter(name, tag, value).increment();
  }
}
