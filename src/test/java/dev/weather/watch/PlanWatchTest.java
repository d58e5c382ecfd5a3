package dev.weather.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan watch on Temporal's test server with time skipping: days pass in moments while the
 * forecast for the plan's window changes under it.
 */
class PlanWatchTest {

  private static final String QUEUE = "plan-test";
  private static final Coordinates NORTON = new Coordinates(41.967, -71.189);
  private static final ZoneId BOSTON = ZoneId.of("America/New_York");

  private TestWorkflowEnvironment environment;
  private Watches watches;
  private final FakeForecast nws = new FakeForecast();

  @BeforeEach
  void setUp() {
    environment = dev.weather.workflow.TestEnvironments.newEnvironment();
    Worker worker = environment.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(PlanWatchWorkflowImpl.class);
    worker.registerActivitiesImplementations(nws, new WatchWorkflowsTest.FakeOut());
    environment.start();
    watches =
        new Watches(
            environment.getWorkflowClient(),
            WatchWorkflowsTest.settings(2),
            QUEUE,
            true,
            () -> 0,
            new SimpleMeterRegistry());
  }

  @AfterEach
  void tearDown() {
    environment.close();
  }

  @Test
  void tellsEachCrossingOnceTheMorningSummaryAndEndsWithTheWindow() throws Exception {
    LocalDateTime now = LocalDateTime.ofInstant(now(), BOSTON);
    LocalDateTime from = now.toLocalDate().plusDays(3).atTime(10, 0);
    Plan plan = Plan.of(from, from.plusHours(4), 40, false, null, null, null, now);
    nws.around = from.atZone(BOSTON).toInstant();
    nws.rain.set(20);
    String token = watches.startPlan(NORTON, "Norton, MA", Delivery.none(), plan);
    sleep(Duration.ofHours(13));
    nws.rain.set(50);
    sleep(Duration.ofHours(13));
    sleep(Duration.ofHours(13)); // still 50: nothing new
    nws.rain.set(30);
    sleep(Duration.ofHours(13));
    nws.rain.set(60);
    sleep(Duration.ofDays(2));

    WatchView view = watches.find(token).orElseThrow();
    assertThat(view.log().entries())
        .extracting(e -> e.notice().kind() + " " + e.notice().key().replaceFirst("^[0-9a-f]+/", ""))
        .containsExactly(
            "SUMMARY plan:summary",
            "CROSSED plan:rain:3",
            "UNCROSSED plan:rain:2",
            "CROSSED plan:rain:1");
    assertThat(view.log().entries().get(3).notice().title())
        .isEqualTo("Norton, MA, " + plan.window() + ": a chance of rain of 40% or more forecast");
    assertThat(
            view.log()
                .entries()
                .get(0)
                .notice()
                .at()
                .atZone(BOSTON)
                .toLocalTime()
                .truncatedTo(ChronoUnit.MINUTES))
        .isEqualTo(LocalTime.of(7, 0));
    assertThat(view.running()).isFalse();
    Instant end = from.plusHours(4).atZone(BOSTON).toInstant();
    assertThat(view.log().ended()).isBetween(end, end.plusSeconds(1));
    assertThat(nws.points.get()).as("the place resolved once").isEqualTo(1);

    String history = environment.getWorkflowClient().fetchHistory(view.workflowId()).toJson(true);
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/histories"));
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("target/histories/watch-plan.json"), history);
    io.temporal.testing.WorkflowReplayer.replayWorkflowExecution(
        history, PlanWatchWorkflowImpl.class);
  }

  /** Determinism: a plan watch's recorded history replays against the code as it is. */
  @Test
  void replaysTheRecordedHistory() throws Exception {
    io.temporal.testing.WorkflowReplayer.replayWorkflowExecution(
        java.nio.file.Files.readString(
            java.nio.file.Path.of("src/test/resources/histories/watch-plan.json")),
        PlanWatchWorkflowImpl.class);
  }

  @Test
  void looksAsOftenAsTheOperatorSaysWhenTheySay() {
    watches =
        new Watches(
            environment.getWorkflowClient(),
            new WatchProperties(
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofDays(30),
                10,
                10,
                Duration.ofHours(1),
                Duration.ofMinutes(1),
                null,
                java.util.Map.of()),
            QUEUE,
            true,
            () -> 0,
            new SimpleMeterRegistry());
    LocalDateTime now = LocalDateTime.ofInstant(now(), BOSTON);
    LocalDateTime from = now.toLocalDate().plusDays(2).atTime(10, 0);
    nws.around = from.atZone(BOSTON).toInstant();
    nws.rain.set(10);
    String token =
        watches.startPlan(
            NORTON,
            "Norton, MA",
            Delivery.none(),
            Plan.of(from, from.plusHours(2), 50, false, null, null, null, now));
    sleep(Duration.ofMinutes(3));
    nws.rain.set(80);
    sleep(Duration.ofMinutes(2));

    assertThat(watches.find(token).orElseThrow().log().entries())
        .extracting(e -> e.notice().kind())
        .containsExactly("CROSSED");
    assertThat(nws.looks.get()).isBetween(5, 7);
  }

  @Test
  void looksMoreOftenAsTheWindowNears() {
    assertThat(PlanWatchWorkflowImpl.interval(Duration.ofDays(5))).isEqualTo(Duration.ofHours(12));
    assertThat(PlanWatchWorkflowImpl.interval(Duration.ofDays(2))).isEqualTo(Duration.ofHours(6));
    assertThat(PlanWatchWorkflowImpl.interval(Duration.ofHours(20))).isEqualTo(Duration.ofHours(3));
    assertThat(PlanWatchWorkflowImpl.interval(Duration.ofHours(5))).isEqualTo(Duration.ofHours(1));
    assertThat(PlanWatchWorkflowImpl.interval(Duration.ofHours(2)))
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(PlanWatchWorkflowImpl.interval(Duration.ofHours(-1)))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void endingAPlanWatchEndsIt() {
    LocalDateTime now = LocalDateTime.ofInstant(now(), BOSTON);
    Plan plan = Plan.of(now.plusDays(2), now.plusDays(2).plusHours(2), null, true, 30, 32, 95, now);
    String token = watches.startPlan(NORTON, "Norton, MA", Delivery.none(), plan);
    sleep(Duration.ofHours(1));
    watches.end(token);
    sleep(Duration.ofMinutes(1));

    WatchView view = watches.find(token).orElseThrow();
    assertThat(view.running()).isFalse();
    assertThat(view.log().plan())
        .endsWith(
            "told of thunder, gusts of 30 mph or more, a low of 32 °F or below,"
                + " a heat index of 95 °F or more");
    assertThat(
            environment
                .getWorkflowClient()
                .newUntypedWorkflowStub(view.workflowId())
                .describe()
                .getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
  }

  @Test
  void refusesAPlanItCannotWatchWithAClearAnswer() {
    LocalDateTime now = LocalDateTime.of(2026, 12, 8, 9, 0);
    assertBad(
        () -> Plan.of(now.plusDays(1), now.plusDays(1), 40, false, null, null, null, now),
        "A plan ends after it starts, within 24 hours.");
    assertBad(
        () ->
            Plan.of(
                now.plusDays(1), now.plusDays(2).plusHours(1), 40, false, null, null, null, now),
        "A plan ends after it starts, within 24 hours.");
    assertBad(
        () ->
            Plan.of(
                now.plusDays(9), now.plusDays(9).plusHours(1), 40, false, null, null, null, now),
        "A plan is within the next 7 days, as far as the forecast goes.");
    assertBad(
        () ->
            Plan.of(
                now.plusDays(1), now.plusDays(1).plusHours(1), null, false, null, null, null, now),
        "Name at least one thing that would spoil the plan.");
    assertBad(
        () ->
            Plan.of(
                now.plusDays(1), now.plusDays(1).plusHours(1), 101, false, null, null, null, now),
        "A chance of rain is 1 to 100%.");
    assertBad(
        () -> Plan.of(null, null, 40, false, null, null, null, now),
        "A plan needs a day, and a time it starts and ends.");
  }

  @Test
  void aLookTakesTheWorstOfTheWindowsHours() {
    Instant from = Instant.parse("2026-12-12T15:00:00Z");
    List<GridHour> hours = new ArrayList<>();
    for (int h = -2; h < 6; h++) {
      boolean inside = h >= 0 && h < 4;
      hours.add(
          hour(
              from.plus(h, ChronoUnit.HOURS),
              inside ? 10 + h * 10 : 90,
              inside && h == 2 ? 5 : 0,
              inside ? 20.0 + h : 99.0,
              inside ? 30.0 : 50.0));
    }
    PlanLook look =
        PlanLook.of(
            new GridHours(null, hours), List.of(), List.of(), from, from.plus(4, ChronoUnit.HOURS));

    assertThat(look).isEqualTo(new PlanLook(40, true, 14, null, 86));
  }

  private static GridHour hour(Instant start, int rain, int thunder, double gustKmh, double heatC) {
    return new GridHour(
        start, null, heatC, null, null, null, null, null, gustKmh, null, rain, thunder, null, null);
  }

  private static void assertBad(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable plan, String message) {
    assertThatThrownBy(plan)
        .isInstanceOfSatisfying(
            WatchException.class,
            e -> assertThat(e.reason()).isEqualTo(WatchException.Reason.BAD_PLAN))
        .hasMessage(message);
  }

  private Instant now() {
    return Instant.ofEpochMilli(environment.currentTimeMillis());
  }

  private void sleep(Duration duration) {
    environment.sleep(duration);
  }

  /** NWS for a plan: a point in Norton, and a raw grid whose chance of rain the test sets. */
  class FakeForecast extends UnaskedNws {
    final AtomicInteger rain = new AtomicInteger();
    final AtomicInteger points = new AtomicInteger();
    final AtomicInteger looks = new AtomicInteger();
    volatile Instant around;

    @Override
    public Fresh<PointInfo> resolvePoint(Coordinates point) {
      points.incrementAndGet();
      return new Fresh<>(
          new PointInfo(new GridPoint("BOX", 70, 82), "Norton", "MA", BOSTON, null), now());
    }

    @Override
    public Fresh<GridHours> getGridDetail(GridPoint grid) {
      looks.incrementAndGet();
      // The plan's hours and one either side, when the test names them (a history stays small).
      Instant first =
          around != null ? around.minus(1, ChronoUnit.HOURS) : now().truncatedTo(ChronoUnit.HOURS);
      List<GridHour> hours = new ArrayList<>();
      for (int h = 0; h < (around != null ? 6 : 7 * 24); h++) {
        hours.add(hour(first.plus(h, ChronoUnit.HOURS), rain.get(), 0, 10.0, 5.0));
      }
      return new Fresh<>(new GridHours(null, hours), now());
    }

    @Override
    public Fresh<List<HourlyPeriod>> getHourlyForecast(GridPoint grid, Units units) {
      return new Fresh<>(List.of(), now());
    }

    @Override
    public Fresh<GridForecast> getForecast(GridPoint grid, Units units) {
      return new Fresh<>(new GridForecast(null, null, List.of()), now());
    }
  }
}
