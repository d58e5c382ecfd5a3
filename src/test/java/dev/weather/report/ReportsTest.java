package dev.weather.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.weather.MovableClock;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.report.Answer.State;
import dev.weather.workflow.ForecastException;
import dev.weather.workflow.ForecastRuns;
import dev.weather.workflow.ReportKey;
import dev.weather.workflow.RunProgress;
import dev.weather.workflow.RunState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

/**
 * The decisions between cache, run, wait and stale, with Temporal's side mocked and a clock the
 * test moves.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportsTest {

  private static final ReportKey NORTON =
      new ReportKey(Location.of(new Coordinates(41.967, -71.189)), Units.US);
  private static final Duration WAIT = Duration.ofMillis(200);
  private static final CacheProperties PROPERTIES =
      new CacheProperties(Duration.ofHours(6), Duration.ofMinutes(1), DataSize.ofMegabytes(4));

  private final MovableClock clock = new MovableClock();
  private final ForecastRuns runs = mock(ForecastRuns.class);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private Reports reports;

  @BeforeEach
  void setUp() {
    reports = reports(Runnable::run);
  }

  private Reports reports(Executor looks) {
    return new Reports(new ReportCache(PROPERTIES, clock), runs, looks, Runnable::run, meters);
  }

  @Test
  void answersFromTheCacheUntilNwsFreshnessRunsOutThenRunsAgain() {
    when(runs.run(eq(NORTON), any()))
        .thenAnswer(call -> CompletableFuture.completedFuture(report(Duration.ofMinutes(5))));

    assertThat(shown(reports.answerWithin(NORTON, WAIT)).state()).isEqualTo(State.FRESH);
    clock.advance(Duration.ofMinutes(3));
    assertThat(shown(reports.answerWithin(NORTON, WAIT)).state()).isEqualTo(State.FRESH);
    verify(runs, times(1)).run(eq(NORTON), any());
    assertThat(meters.counter("weather.cache.lookups", "result", "hit").count()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(3));
    reports.answerWithin(NORTON, WAIT).join();
    verify(runs, times(2)).run(eq(NORTON), any());
    assertThat(meters.counter("weather.cache.lookups", "result", "miss").count()).isEqualTo(2);
  }

  @Test
  void refreshesAReportAheadInItsLastQuarterWithoutKeepingAnyViewerWaiting() {
    CompletableFuture<WeatherReport> refresh = new CompletableFuture<>();
    WeatherReport first = report(Duration.ofMinutes(4));
    when(runs.run(eq(NORTON), any()))
        .thenReturn(CompletableFuture.completedFuture(first))
        .thenReturn(refresh);
    reports.answerWithin(NORTON, WAIT).join();

    clock.advance(Duration.ofSeconds(179));
    assertThat(shown(reports.answerWithin(NORTON, WAIT)).report()).isSameAs(first);
    verify(runs, times(1)).run(eq(NORTON), any());

    clock.advance(Duration.ofSeconds(2)); // 59 s left of 4 minutes: in the last quarter
    CompletableFuture<Answer> during = reports.answerWithin(NORTON, WAIT);
    CompletableFuture<Answer> alsoDuring = reports.answerWithin(NORTON, WAIT);
    assertThat(during).as("answered at once, not after the refresh").isCompleted();
    assertThat(shown(during).report()).isSameAs(first);
    assertThat(shown(alsoDuring).state()).isEqualTo(State.FRESH);
    verify(runs, times(2)).run(eq(NORTON), any());
    assertThat(meters.counter("weather.runs", "how", "joined").count())
        .as("later views do not join it")
        .isZero();

    WeatherReport second = report(Duration.ofMinutes(5));
    refresh.complete(second);
    assertThat(shown(reports.answerWithin(NORTON, WAIT)).report()).isSameAs(second);
    verify(runs, times(2)).run(eq(NORTON), any());
  }

  @Test
  void doesNotRefreshAheadWhileAFailedRefreshRests() {
    when(runs.run(eq(NORTON), any()))
        .thenReturn(CompletableFuture.completedFuture(report(Duration.ofMinutes(4))))
        .thenReturn(failed(NwsFault.UNAVAILABLE));
    reports.answerWithin(NORTON, WAIT).join();
    clock.advance(Duration.ofSeconds(200));

    reports.answerWithin(NORTON, WAIT).join();
    reports.answerWithin(NORTON, WAIT).join();

    verify(runs, times(2)).run(eq(NORTON), any());
    assertThat(shown(reports.answerWithin(NORTON, WAIT)).state()).isEqualTo(State.FRESH);
  }

  @Test
  void sharesOneRunBetweenRequestsThatArriveWhileItRuns() {
    CompletableFuture<WeatherReport> run = new CompletableFuture<>();
    when(runs.run(eq(NORTON), any())).thenReturn(run);

    CompletableFuture<Answer> first = reports.answerWithin(NORTON, Duration.ofSeconds(5));
    CompletableFuture<Answer> second = reports.answerWithin(NORTON, Duration.ofSeconds(5));
    run.complete(report(Duration.ofMinutes(5)));

    assertThat(shown(first).report()).isSameAs(shown(second).report());
    verify(runs, times(1)).run(eq(NORTON), any());
    assertThat(meters.counter("weather.runs", "how", "started").count()).isEqualTo(1);
    assertThat(meters.counter("weather.runs", "how", "joined").count()).isEqualTo(1);
  }

  @Test
  void sharesOneRunAndOneLookAmongManyConcurrentRequests() throws Exception {
    CompletableFuture<WeatherReport> run = new CompletableFuture<>();
    when(runs.run(eq(NORTON), any())).thenReturn(run);
    when(runs.state(NORTON))
        .thenAnswer(
            call -> {
              Thread.sleep(200); // a look takes a while, so the crowd's looks overlap
              return new RunState.Running("run-1", new RunProgress(List.of(), null), List.of());
            });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Reports shared =
        new Reports(new ReportCache(PROPERTIES, clock), runs, pool, Runnable::run, meters);
    try {
      List<CompletableFuture<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        answers.add(
            CompletableFuture.supplyAsync(() -> shared.answerWithin(NORTON, WAIT), pool)
                .thenCompose(a -> a));
      }
      answers.forEach(a -> assertThat(a.join()).isInstanceOf(Answer.Fetching.class));

      verify(runs, times(1)).run(eq(NORTON), any());
      verify(runs, atMost(3)).state(NORTON);
      assertThat(meters.counter("weather.runs", "how", "joined").count()).isEqualTo(39);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void looksAtARunAtMostOnceASecondHoweverOftenItsPageAsks() {
    when(runs.state(NORTON))
        .thenReturn(new RunState.Running("run-1", new RunProgress(List.of(), null), List.of()));

    for (int i = 0; i < 5; i++) {
      assertThat(reports.answerNow(NORTON).join()).isInstanceOf(Answer.Fetching.class);
    }
    verify(runs, times(1)).state(NORTON);

    clock.advance(Reports.LOOK_SHARED.minusMillis(1));
    reports.answerNow(NORTON).join();
    verify(runs, times(1)).state(NORTON);

    clock.advance(Duration.ofMillis(1));
    reports.answerNow(NORTON).join();
    verify(runs, times(2)).state(NORTON);
  }

  @Test
  void answersWithTheRunsProgressWhenItTakesLongerThanTheWait() {
    when(runs.run(eq(NORTON), any())).thenReturn(new CompletableFuture<>());
    RunProgress progress =
        new RunProgress(
            List.of(
                new RunProgress.StepState(RunProgress.Step.FORECAST, RunProgress.Status.RUNNING)),
            null);
    when(runs.state(NORTON)).thenReturn(new RunState.Running("run-1", progress, List.of()));

    Answer answer = reports.answerWithin(NORTON, WAIT).join();

    assertThat(answer)
        .isInstanceOfSatisfying(
            Answer.Fetching.class, f -> assertThat(f.progress()).isEqualTo(progress));
  }

  @Test
  void showsTheReportSoFarWhenTheForecastIsInButAPartIsStillComing() {
    when(runs.run(eq(NORTON), any())).thenReturn(new CompletableFuture<>());
    WeatherReport partial = report(Duration.ofMinutes(5), Set.of(), Set.of(Part.HOURLY));
    when(runs.state(NORTON))
        .thenReturn(new RunState.Running("run-1", new RunProgress(List.of(), partial), List.of()));

    Answer.Shown shown = shown(reports.answerWithin(NORTON, WAIT));

    assertThat(shown.state()).isEqualTo(State.PARTIAL);
    assertThat(shown.report().loading()).containsExactly(Part.HOURLY);
  }

  @Test
  void showsTheOlderReportMarkedUpdatingWhileANewRunIsSlow() {
    when(runs.run(eq(NORTON), any()))
        .thenReturn(
            CompletableFuture.completedFuture(report(Duration.ofMinutes(5))),
            new CompletableFuture<>());
    when(runs.state(NORTON))
        .thenReturn(new RunState.Running("run-2", new RunProgress(List.of(), null), List.of()));
    reports.answerWithin(NORTON, WAIT).join();
    clock.advance(Duration.ofMinutes(10));

    Answer.Shown shown = shown(reports.answerWithin(NORTON, WAIT));

    assertThat(shown.state()).isEqualTo(State.UPDATING);
    assertThat(shown.asOf()).isBefore(clock.instant().minus(Duration.ofMinutes(9)));
    assertThat(meters.counter("weather.stale.served", "why", "updating").count()).isEqualTo(1);
  }

  @Test
  void showsTheOlderReportWhenNwsIsNotAnsweringAndRestsThePlace() {
    when(runs.run(eq(NORTON), any()))
        .thenReturn(
            CompletableFuture.completedFuture(report(Duration.ofMinutes(5))),
            failed(NwsFault.UNAVAILABLE));
    reports.answerWithin(NORTON, WAIT).join();
    clock.advance(Duration.ofMinutes(10));

    assertThat(shown(reports.answerWithin(NORTON, WAIT)).state()).isEqualTo(State.NOT_ANSWERING);
    assertThat(shown(reports.answerWithin(NORTON, WAIT)).state()).isEqualTo(State.NOT_ANSWERING);
    verify(runs, times(2)).run(eq(NORTON), any());

    clock.advance(Duration.ofSeconds(61));
    reports.answerWithin(NORTON, WAIT).join();
    verify(runs, times(3)).run(eq(NORTON), any());
  }

  @Test
  void takesTheReportOfARunThatClosedOnAnotherInstanceInsteadOfStartingOne() {
    Instant closed = clock.instant().minusSeconds(30);
    WeatherReport theirs = report(Duration.ofMinutes(4)); // 4.5 minutes' life, 30 s of it gone
    when(runs.lastClosed(NORTON)).thenReturn(Optional.of(new RunState.Finished(theirs, closed)));

    Answer.Shown shown = shown(reports.answerWithin(NORTON, WAIT));

    assertThat(shown.report()).isSameAs(theirs);
    assertThat(shown.asOf()).isEqualTo(closed);
    assertThat(shown.state()).isEqualTo(State.FRESH);
    verify(runs, never()).run(eq(NORTON), any());
    assertThat(meters.counter("weather.runs", "how", "reused").count()).isEqualTo(1);
    assertThat(meters.counter("weather.runs", "how", "started").count()).isZero();
    // Kept as this instance's own: the next view does not ask Temporal.
    reports.answerWithin(NORTON, WAIT).join();
    verify(runs, times(1)).lastClosed(NORTON);
  }

  @Test
  void showsAReportAsOfNowWhenTemporalsClockSaysItClosedLater() {
    WeatherReport theirs = report(Duration.ofMinutes(5));
    Instant before = clock.instant();
    when(runs.lastClosed(NORTON))
        .thenReturn(Optional.of(new RunState.Finished(theirs, before.plusSeconds(5))));

    assertThat(shown(reports.answerWithin(NORTON, WAIT)).asOf()).isBetween(before, clock.instant());
  }

  @Test
  void startsARunWhenTheLastClosedReportIsInItsLastQuarterAndShowsThatReportMeanwhile() {
    Instant closed = clock.instant().minusSeconds(230);
    WeatherReport theirs = report(Duration.ofSeconds(70)); // 5 minutes' life, 70 s left
    when(runs.lastClosed(NORTON)).thenReturn(Optional.of(new RunState.Finished(theirs, closed)));
    when(runs.run(eq(NORTON), any())).thenReturn(new CompletableFuture<>());
    when(runs.state(NORTON))
        .thenReturn(new RunState.Running("r", new RunProgress(List.of(), null), List.of()));

    Answer.Shown shown = shown(reports.answerWithin(NORTON, WAIT));

    assertThat(shown.report()).isSameAs(theirs);
    verify(runs, times(1)).run(eq(NORTON), any());
    assertThat(meters.counter("weather.runs", "how", "reused").count()).isZero();
  }

  @Test
  void countsTheLastQuarterOfAReportFromAnotherInstanceFromWhenItsRunClosed() {
    // 200 s' life, half of it gone: the last quarter is 50 s away.
    WeatherReport theirs = report(Duration.ofSeconds(100));
    when(runs.lastClosed(NORTON))
        .thenReturn(Optional.of(new RunState.Finished(theirs, clock.instant().minusSeconds(100))));

    assertThat(shown(reports.answerWithin(NORTON, WAIT)).report()).isSameAs(theirs);
    verify(runs, never()).run(eq(NORTON), any());
  }

  @Test
  void asksAgainSoonForAReportFromAnotherInstanceMissingAPartCountingFromItsClose() {
    // Missing a part: fresh for the backoff (a minute) from its close, 50 s ago, so in its last
    // quarter.
    WeatherReport theirs = report(Duration.ofMinutes(5), Set.of(Part.HOURLY), Set.of());
    when(runs.lastClosed(NORTON))
        .thenReturn(Optional.of(new RunState.Finished(theirs, clock.instant().minusSeconds(50))));
    when(runs.run(eq(NORTON), any())).thenReturn(new CompletableFuture<>());
    when(runs.state(NORTON))
        .thenReturn(new RunState.Running("r", new RunProgress(List.of(), null), List.of()));

    assertThat(shown(reports.answerWithin(NORTON, WAIT)).report()).isSameAs(theirs);
    verify(runs, times(1)).run(eq(NORTON), any());
  }

  @Test
  void startsARunWhenTheLastClosedReportHasExpired() {
    WeatherReport old = report(Duration.ofSeconds(-1));
    when(runs.lastClosed(NORTON))
        .thenReturn(
            Optional.of(new RunState.Finished(old, clock.instant().minus(Duration.ofMinutes(6)))));
    WeatherReport mine = report(Duration.ofMinutes(5));
    when(runs.run(eq(NORTON), any())).thenReturn(CompletableFuture.completedFuture(mine));

    assertThat(shown(reports.answerWithin(NORTON, WAIT)).report()).isSameAs(mine);
    verify(runs, times(1)).run(eq(NORTON), any());
  }

  @Test
  void restsAfterARunThatFailedOnAnotherInstanceForWhatIsLeftOfTheBackoff() {
    ForecastException theirs =
        new ForecastException(
            NwsFault.UNAVAILABLE,
            NORTON.location(),
            new NwsProblem(503, null, "Down", null, "c1"),
            null);
    when(runs.lastClosed(NORTON))
        .thenReturn(Optional.of(new RunState.Failed(theirs, clock.instant().minusSeconds(40))));
    when(runs.run(eq(NORTON), any()))
        .thenAnswer(call -> CompletableFuture.completedFuture(report(Duration.ofMinutes(5))));

    assertThatThrownBy(() -> reports.answerWithin(NORTON, WAIT).join()).hasCause(theirs);
    clock.advance(Duration.ofSeconds(19));
    assertThatThrownBy(() -> reports.answerWithin(NORTON, WAIT).join()).hasCause(theirs);
    verify(runs, never()).run(eq(NORTON), any());

    clock.advance(Duration.ofSeconds(2)); // a minute since it failed
    assertThat(shown(reports.answerWithin(NORTON, WAIT)).state()).isEqualTo(State.FRESH);
    verify(runs, times(1)).run(eq(NORTON), any());
  }

  @Test
  void startsARunWhenTemporalCannotSayHowTheLastOneEnded() {
    when(runs.lastClosed(NORTON))
        .thenThrow(new ForecastException(NwsFault.UNAVAILABLE, NORTON.location(), null, null));
    when(runs.run(eq(NORTON), any()))
        .thenAnswer(call -> CompletableFuture.completedFuture(report(Duration.ofMinutes(5))));

    assertThat(shown(reports.answerWithin(NORTON, WAIT)).state()).isEqualTo(State.FRESH);
    verify(runs, times(1)).run(eq(NORTON), any());
  }

  @Test
  void givesTheFailureForAPlaceNeverSeenAndRemembersItForTheBackoff() {
    when(runs.run(eq(NORTON), any())).thenReturn(failed(NwsFault.UNAVAILABLE));

    assertThatThrownBy(() -> reports.answerWithin(NORTON, WAIT).join())
        .hasCauseInstanceOf(ForecastException.class);
    assertThatThrownBy(() -> reports.answerWithin(NORTON, WAIT).join())
        .hasCauseInstanceOf(ForecastException.class);

    verify(runs, times(1)).run(eq(NORTON), any());
  }

  @Test
  void forgetsARunThisInstanceStoppedWaitingFor(CapturedOutput output) {
    // A place of its own: the output is the whole JVM's.
    ReportKey key = new ReportKey(Location.of(new Coordinates(41.111, -71.111)), Units.US);
    when(runs.run(eq(key), any()))
        .thenReturn(CompletableFuture.failedFuture(new CancellationException("stopping")))
        .thenAnswer(call -> CompletableFuture.completedFuture(report(Duration.ofMinutes(5))));

    assertThatThrownBy(() -> reports.answerWithin(key, WAIT).join())
        .hasCauseInstanceOf(CancellationException.class);

    assertThat(output.getAll()).as("no word of the run ending").doesNotContain(key.workflowId());
    assertThat(shown(reports.answerWithin(key, WAIT)).state())
        .as("not a failure to rest after")
        .isEqualTo(State.FRESH);
    verify(runs, times(2)).run(eq(key), any());
  }

  @Test
  void neverShowsAnOlderReportInsteadOfAFinalNwsVerdict() {
    when(runs.run(eq(NORTON), any()))
        .thenReturn(
            CompletableFuture.completedFuture(report(Duration.ofMinutes(5))),
            failed(NwsFault.NOT_FOUND));
    reports.answerWithin(NORTON, WAIT).join();
    clock.advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> reports.answerWithin(NORTON, WAIT).join())
        .cause()
        .isInstanceOfSatisfying(
            ForecastException.class, e -> assertThat(e.fault()).isEqualTo(NwsFault.NOT_FOUND));
  }

  @Test
  void asksAgainSoonForAReportMissingAPart() {
    when(runs.run(eq(NORTON), any()))
        .thenAnswer(
            call ->
                CompletableFuture.completedFuture(
                    report(Duration.ofMinutes(5), Set.of(Part.ALERTS), Set.of())));
    reports.answerWithin(NORTON, WAIT).join();

    // Fresh for the failure backoff (a minute) only, so refreshed ahead from 45 s.
    clock.advance(Duration.ofSeconds(44));
    reports.answerWithin(NORTON, WAIT).join();
    verify(runs, times(1)).run(eq(NORTON), any());
    clock.advance(Duration.ofSeconds(2));
    reports.answerWithin(NORTON, WAIT).join();
    verify(runs, times(2)).run(eq(NORTON), any());
  }

  @Test
  void aRunsPageNeverStartsARunAndSaysWhenTheRunIsUnknown() {
    when(runs.state(NORTON)).thenReturn(new RunState.Unknown());

    assertThatThrownBy(() -> reports.answerNow(NORTON).join())
        .hasCauseInstanceOf(RunNotFoundException.class);
    verify(runs, never()).run(any(), any());
  }

  @Test
  void showsTheOlderReportWhileTemporalCannotBeReached() {
    when(runs.run(eq(NORTON), any()))
        .thenReturn(
            CompletableFuture.completedFuture(report(Duration.ofMinutes(5))),
            new CompletableFuture<>());
    when(runs.state(NORTON))
        .thenThrow(new ForecastException(NwsFault.UNAVAILABLE, NORTON.location(), null, null));
    reports.answerWithin(NORTON, WAIT).join();
    clock.advance(Duration.ofMinutes(10));

    assertThat(shown(reports.answerWithin(NORTON, WAIT)).state())
        .as("its own run is still starting")
        .isEqualTo(State.UPDATING);
  }

  @Test
  void aRunsPageShowsTheOlderReportWhenTemporalIsAwayAndSaysSoWithoutOne() {
    when(runs.run(eq(NORTON), any()))
        .thenReturn(CompletableFuture.completedFuture(report(Duration.ofMinutes(5))));
    when(runs.state(any()))
        .thenThrow(new ForecastException(NwsFault.UNAVAILABLE, NORTON.location(), null, null));
    reports.answerWithin(NORTON, WAIT).join();
    clock.advance(Duration.ofMinutes(10));
    ReportKey unseen = new ReportKey(NORTON.location(), Units.SI);

    assertThat(shown(reports.answerNow(NORTON)).state()).isEqualTo(State.NOT_ANSWERING);
    assertThatThrownBy(() -> reports.answerNow(unseen).join())
        .hasCauseInstanceOf(ForecastException.class);
  }

  @Test
  void showsAFinishedRunsReportAsOfWhenItClosedAndSendsAnOutdatedOneToThePlace() {
    Instant closed = clock.instant().minus(Duration.ofMinutes(2));
    when(runs.state(NORTON))
        .thenReturn(new RunState.Finished(report(Duration.ofMinutes(3)), closed));

    Answer.Shown shown = shown(reports.answerNow(NORTON));
    assertThat(shown.state()).isEqualTo(State.FRESH);
    assertThat(shown.asOf()).isEqualTo(closed);

    clock.advance(Duration.ofHours(7));
    when(runs.state(NORTON))
        .thenReturn(new RunState.Finished(report(Duration.ofMinutes(-1)), closed));
    assertThatThrownBy(() -> reports.answerNow(NORTON).join())
        .hasCauseInstanceOf(RunOutdatedException.class);
  }

  @Test
  void answersFromWhatItKnowsWhenALookAtTheRunTakesTooLong() {
    Reports slow =
        reports(task -> {}); // looks that never run, as with a Temporal that never answers

    Answer answer = slow.answerNow(NORTON).join();

    assertThat(answer).isInstanceOf(Answer.Fetching.class);
  }

  @Test
  void aLookTheExecutorRefusesFailsAtOnceAndDoesNotStrandThePlace() {
    Reports refusing =
        reports(
            task -> {
              throw new RejectedExecutionException("full");
            });

    assertThatThrownBy(() -> refusing.answerNow(NORTON).join())
        .hasCauseInstanceOf(RejectedExecutionException.class);
    assertThatThrownBy(() -> refusing.answerNow(NORTON).join())
        .hasCauseInstanceOf(RejectedExecutionException.class);
  }

  private WeatherReport report(Duration fresh) {
    return report(fresh, Set.of(), Set.of());
  }

  private WeatherReport report(Duration fresh, Set<Part> unavailable, Set<Part> loading) {
    Forecast forecast =
        new Forecast(
            "Norton, MA",
            new GridPoint("BOX", 70, 82),
            ZoneId.of("America/New_York"),
            null,
            null,
            List.of(),
            null);
    return new WeatherReport(
        forecast,
        Units.US,
        null,
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of(),
        unavailable,
        loading,
        clock.instant().plus(fresh));
  }

  private static CompletableFuture<WeatherReport> failed(NwsFault reason) {
    return CompletableFuture.failedFuture(
        new ForecastException(
            reason, NORTON.location(), new NwsProblem(503, null, "Down", null, "c1"), null));
  }

  private static Answer.Shown shown(CompletableFuture<Answer> answer) {
    try {
      return (Answer.Shown) answer.join();
    } catch (CompletionException e) {
      throw new AssertionError("no report", e.getCause());
    }
  }
}
