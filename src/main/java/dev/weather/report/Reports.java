package dev.weather.report;

import dev.weather.forecast.Causes;
import dev.weather.report.Answer.State;
import dev.weather.report.ReportCache.Snapshot;
import dev.weather.workflow.ForecastException;
import dev.weather.workflow.ForecastRuns;
import dev.weather.workflow.ReportKey;
import dev.weather.workflow.RunState;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * retries it, and must not hold up the looks. Counts {@code weather.cache.lookups} (hit, miss).
 */
@Service
public class Reports {

  /** The longest a look at a run (a describe and a query, each with its own deadline) may take. */
  static final Duration LOOK = Duration.ofMillis(2500);

  private final ReportCache cache;
  private final ForecastRuns runs;
  private final Executor lookExecutor;
  private final MeterRegistry meters;

  private final SharedRuns sharedRuns;
  private final CachedAnswers cached;

  /**
   * How long a look at a run is shared from when it began (and while it lasts): however many people
   * watch a run's page, and however often their pages ask, this instance looks at each run at most
   * once in this time.
   */
  static final Duration LOOK_SHARED = Duration.ofSeconds(1);

  /** The looks at a run's state under way or just ended, one per place. */
  private final ConcurrentMap<ReportKey, Look> looks = new ConcurrentHashMap<>();

  /**
   * A look begun {@code at}, by the app's clock. It is shared while under way, then until {@link
   * #LOOK_SHARED} has passed by the app's clock, and at most that long by the wall's: then it is
   * let go.
   */
  private record Look(CompletableFuture<Answer> answer, Instant at) {

    boolean sharedAt(Instant now) {
      return !answer.isDone() || now.isBefore(at.plus(LOOK_SHARED));
    }
  }

  @Autowired
  public Reports(
      ReportCache cache,
      ForecastRuns runs,
      @Qualifier("applicationTaskExecutor") Executor lookExecutor,
      RunStarts starts,
      MeterRegistry meters) {
    this(cache, runs, lookExecutor, starts.executor(), meters);
  }

  Reports(
      ReportCache cache,
      ForecastRuns runs,
      Executor lookExecutor,
      Executor startExecutor,
      MeterRegistry meters) {
    this.cache = cache;
    this.runs = runs;
    this.lookExecutor = lookExecutor;
    this.meters = meters;
    this.sharedRuns = new SharedRuns(cache, runs, startExecutor, meters);
    this.cached = new CachedAnswers(cache, sharedRuns, meters);
  }

  /** The answer for a place, complete within {@code wait} plus at most {@link #LOOK}. */
  public CompletableFuture<Answer> answerWithin(ReportKey key, Duration wait) {
    Optional<Snapshot> last = cache.last(key);
    if (last.isPresent() && last.get().freshAt(cache.now())) {
      countLookup("hit");
      if (!last.get().settledAt(cache.now())
          && !sharedRuns.waitingFor(key)
          && cache.recentFailure(key).isEmpty()) {
        // Refresh ahead, in the background: this view is answered now, the next finds the new
        // report.
        sharedRuns.run(key);
      }
      return CompletableFuture.completedFuture(CachedAnswers.fresh(key, last.get()));
    }
    countLookup("miss");
    Optional<ForecastException> failed = cache.recentFailure(key);
    if (failed.isPresent()) {
      return attempt(() -> cached.staleOr(key, failed.get(), last));
    }
    CompletableFuture<Answer> answer =
        sharedRuns
            .run(key)
            .handle(
                (snapshot, failure) -> {
                  if (snapshot != null) {
                    return CachedAnswers.fresh(key, snapshot);
                  }
                  if (Causes.unwrap(failure) instanceof CancellationException stopping) {
                    throw stopping;
                  }
                  return cached.staleOr(key, ForecastException.of(key, failure), last);
                });
    return answer
        .completeOnTimeout(null, wait.toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(
            done -> done != null ? CompletableFuture.completedFuture(done) : answerNow(key));
  }

  /**
   * What the place's latest run has to show now, within {@link #LOOK}: never waits for the run,
   * never starts one. Requests for a place share one look while it is under way and for {@link
   * #LOOK_SHARED} after, so a crowd waiting for a run does not flood Temporal.
   */
  public CompletableFuture<Answer> answerNow(ReportKey key) {
    Instant now = cache.now();
    Look mine = new Look(new CompletableFuture<>(), now);
    Look shared =
        looks.compute(key, (k, theirs) -> theirs != null && theirs.sharedAt(now) ? theirs : mine);
    if (shared != mine) {
      return shared.answer();
    }
    CompletableFuture<Answer> look;
    try {
      look = CompletableFuture.supplyAsync(() -> lookAtRun(key), lookExecutor);
    } catch (RuntimeException rejected) {
      look = CompletableFuture.failedFuture(rejected);
    }
    look.completeOnTimeout(null, LOOK.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (answer, failure) -> {
              try {
                if (failure != null) {
                  mine.answer().completeExceptionally(Causes.unwrap(failure));
                } else if (answer != null) {
                  mine.answer().complete(answer);
                } else {
                  settle(
                      mine.answer(),
                      () -> cached.withoutTemporal(key, null)); // Temporal took too long to say
                }
              } finally {
                // On the delaying thread itself: the default pool starts a thread a task on 2
                // cores.
                CompletableFuture.delayedExecutor(
                        LOOK_SHARED.toMillis(), TimeUnit.MILLISECONDS, Runnable::run)
                    .execute(() -> looks.remove(key, mine));
              }
            });
    return mine.answer();
  }

  /** The answer from the place's latest run, as Temporal knows it, or from the cache. */
  private Answer lookAtRun(ReportKey key) {
    Optional<Snapshot> last = cache.last(key);
    if (last.isPresent() && last.get().freshAt(cache.now())) {
      return CachedAnswers.fresh(key, last.get());
    }
    RunState state;
    try {
      state = runs.state(key);
    } catch (ForecastException temporalAway) {
      return cached.withoutTemporal(key, temporalAway);
    }
    boolean startingHere = sharedRuns.waitingFor(key);
    if (state instanceof RunState.Running r) {
      if (r.progress().report() != null) {
        return new Answer.Shown(key, r.progress().report(), cache.now(), State.PARTIAL);
      }
      return last.isPresent()
          ? cached.stale(key, last.get(), State.UPDATING)
          : new Answer.Fetching(key, r.progress(), r.retries());
    }
    Optional<Snapshot> finished =
        state instanceof RunState.Finished f
            ? cache.putIfFresh(key, f.report(), f.closedAt())
            : Optional.empty();
    if (finished.isPresent()) {
      return CachedAnswers.fresh(key, finished.get());
    }
    if (startingHere) {
      return cached.withoutTemporal(
          key, null); // what Temporal knows is older than the run this instance is starting
    }
    if (state instanceof RunState.Finished) {
      throw new RunOutdatedException(key);
    }
    if (state instanceof RunState.Failed f) {
      return cached.staleOr(key, f.failure(), last);
    }
    throw new RunNotFoundException();
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

  private void countLookup(String result) {
    meters.counter("weather.cache.lookups", "result", result).increment();
  }
}
