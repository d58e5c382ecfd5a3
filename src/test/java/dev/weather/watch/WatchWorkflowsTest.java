package dev.weather.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Fresh;
import dev.weather.watch.Delivery.Target;
import dev.weather.watch.WatchLog.Sent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two watch workflows together on Temporal's test server with time skipping: days of looks at
 * NWS pass in moments. NWS's alerts and the ways out are fakes the test steers; every change is
 * checked as the person's log and deliveries see it.
 */
class WatchWorkflowsTest {

  private static final String QUEUE = "watch-test";
  private static final Coordinates NORTON = new Coordinates(41.967, -71.189);

  private TestWorkflowEnvironment environment;
  private WorkflowClient client;
  private Watches watches;
  private final FakeAlerts alerts = new FakeAlerts();
  private final FakeOut out = new FakeOut();

  /** How many watches run, as Temporal's visibility would count them (the test server cannot). */
  private final AtomicInteger running = new AtomicInteger();

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @BeforeEach
  void setUp() {
    environment = dev.weather.workflow.TestEnvironments.newEnvironment();
    Worker worker = environment.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(
        PlaceAlertsWorkflowImpl.class, AlertWatchWorkflowImpl.class);
    worker.registerActivitiesImplementations(alerts, out);
    environment.start();
    client = environment.getWorkflowClient();
    watches = new Watches(client, settings(2), QUEUE, true, running::get, meters);
  }

  @AfterEach
  void tearDown() {
    environment.close();
  }

  static WatchProperties settings(int perPlace) {
    return new WatchProperties(
        Duration.ofMinutes(1),
        Duration.ofHours(1),
        Duration.ofDays(2),
        10,
        perPlace,
        Duration.ofHours(1),
        null,
        URI.create("http://ntfy.invalid"),
        Map.of("home", URI.create("http://hooks.invalid/x")));
  }

  @Test
  void tellsEachIssueUpdateAndCancellationOnceToTheFeedAndToNtfy() {
    String token = watches.start(NORTON, "Norton, MA", new Delivery("norton-alerts", null));
    minutes(2);
    alerts.set(alert("A", "Alert", List.of()));
    minutes(2);
    alerts.set(alert("B", "Update", List.of("A")));
    minutes(3);
    alerts.set(alert("C", "Cancel", List.of("B")));
    minutes(2);
    alerts.set();
    minutes(5);

    WatchLog log = watches.find(token).orElseThrow().log();
    assertThat(keys(log)).containsExactly("cancelled:B", "updated:B", "issued:A");
    assertThat(log.told()).isEqualTo(3);
    assertThat(log.entries().get(2).notice().title())
        .isEqualTo("Norton, MA: Winter Storm Warning issued");
    assertThat(log.entries().get(2).notice().text())
        .isEqualTo("Winter Storm Warning for A. Until Thu Jan 7, 6:00 PM.");
    assertThat(out.sent).extracting(s -> s.notice().key()).doesNotHaveDuplicates().hasSize(3);
    assertThat(out.sent)
        .allMatch(s -> s.target().equals(new Target(Target.Kind.NTFY, "norton-alerts")));
    assertThat(log.entries())
        .allMatch(e -> e.deliveries().equals(Map.of(Target.Kind.NTFY, Sent.SENT)));
    assertThat(log.entries().get(0).notice().key())
        .startsWith(Keys.digest(token) + "/")
        .doesNotContain(token);
  }

  @Test
  void anAlertInForceWhenTheWatchBeginsIsToldAsInEffectAndItsEndOnce() {
    alerts.set(alert("A", "Alert", List.of()));
    String token = watches.start(NORTON, "Norton, MA", Delivery.none());
    minutes(3);
    alerts.set();
    minutes(3);
    alerts.set(alert("A", "Alert", List.of())); // listed again: already ended, never told again
    minutes(3);

    assertThat(keys(watches.find(token).orElseThrow().log()))
        .containsExactly("ended:A", "in_effect:A");
  }

  @Test
  void aLaterWatchOfThePlaceIsToldWhatIsInForceAndTheFirstIsNotToldAgain() {
    String first = watches.start(NORTON, "Norton, MA", Delivery.none());
    minutes(2);
    alerts.set(alert("A", "Alert", List.of()));
    minutes(2);
    String second = watches.start(NORTON, "Norton, MA", Delivery.none());
    minutes(2);

    assertThat(keys(watches.find(first).orElseThrow().log())).containsExactly("issued:A");
    assertThat(keys(watches.find(second).orElseThrow().log())).containsExactly("in_effect:A");
    assertThat(alerts.calls.get()).as("one place, one look a minute").isBetween(5, 8);
  }

  @Test
  void asksNwsNoMoreOftenThanItsCacheControlAllowsNorOnceAMinute() {
    alerts.freshFor = Duration.ofMinutes(5);
    watches.start(NORTON, "Norton, MA", Delivery.none());
    minutes(30);
    assertThat(alerts.calls.get()).isBetween(6, 8);

    alerts.freshFor = Duration.ofSeconds(10);
    alerts.calls.set(0);
    minutes(10);
    assertThat(alerts.calls.get()).isBetween(9, 11);
  }

  @Test
  void aPlaceTakesAtMostItsWatchesWithAClearAnswer() {
    watches.start(NORTON, "Norton, MA", Delivery.none());
    watches.start(NORTON, "Norton, MA", Delivery.none());

    assertThatThrownBy(() -> watches.start(NORTON, "Norton, MA", Delivery.none()))
        .isInstanceOf(WatchException.class)
        .hasMessage("This place has as many watches as it takes; try again later.")
        .extracting(e -> ((WatchException) e).reason())
        .isEqualTo(WatchException.Reason.FULL);
    watches.start(new Coordinates(47.6062, -122.3321), "Seattle, WA", Delivery.none());

    running.set(10);
    assertThatThrownBy(() -> watches.start(NORTON, "Norton, MA", Delivery.none()))
        .hasMessage("This service has as many watches as it takes; try again later.");
    assertThat(meters.get("weather.watches.refused").tag("reason", "full").counter().count())
        .isEqualTo(2);
    assertThat(meters.get("weather.watches.started").counter().count()).isEqualTo(3);
    assertThat(meters.get("weather.watches.open").gauge().value()).isEqualTo(10);
    assertThat(watches.standing())
        .isEqualTo(new Watches.Standing(true, 10L, 10, true, List.of("home")));
  }

  @Test
  void endingAWatchEndsItsWorkflowAndThePlaceEndsAnHourAfterItsLastWatch() {
    String token = watches.start(NORTON, "Norton, MA", Delivery.none());
    minutes(2);
    watches.end(token);
    minutes(1);

    WatchView ended = watches.find(token).orElseThrow();
    assertThat(ended.running()).isFalse();
    assertThat(ended.log().ended()).isNotNull();
    String place = PlaceAlertsWorkflow.id(NORTON);
    assertThat(status(place)).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    minutes(50);
    assertThat(status(place)).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    minutes(15);
    assertThat(status(place))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    watches.end(token); // ending an ended watch is no error
  }

  @Test
  void thePlaceEndsAtItsIdleEndEvenWhenNwsSaysItsAlertsStayFreshLonger() {
    alerts.freshFor = Duration.ofHours(3);
    String token = watches.start(NORTON, "Norton, MA", Delivery.none());
    minutes(2);
    watches.end(token);
    minutes(65);

    assertThat(status(PlaceAlertsWorkflow.id(NORTON)))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThat(alerts.calls.get()).isEqualTo(1);
  }

  @Test
  void aWatchEndsAtTheEndOfItsLifetime() {
    alerts.freshFor = Duration.ofDays(1); // two days of looks a minute would take the test long
    String token = watches.start(NORTON, "Norton, MA", Delivery.none());
    environment.sleep(Duration.ofDays(2).plusMinutes(1));

    WatchView view = watches.find(token).orElseThrow();
    assertThat(view.running()).isFalse();
    assertThat(view.log().ended()).isBetween(view.log().until(), view.log().until().plusSeconds(1));
  }

  @Test
  void aMessageIsRetriedWithTheSameKeyUntilItIsDeliveredAndARefusalIsFinal() {
    out.failures.set(3);
    String token = watches.start(NORTON, "Norton, MA", new Delivery("t1", "home"));
    minutes(2);
    alerts.set(alert("A", "Alert", List.of()));
    minutes(5);

    WatchLog log = watches.find(token).orElseThrow().log();
    assertThat(keys(log)).containsExactly("issued:A");
    assertThat(log.entries().get(0).deliveries())
        .containsEntry(Target.Kind.NTFY, Sent.SENT)
        .containsEntry(Target.Kind.WEBHOOK, Sent.SENT);
    assertThat(out.attempts).hasSizeGreaterThan(2);
    assertThat(out.attempts)
        .extracting(Notice::key)
        .containsOnly(log.entries().get(0).notice().key());
    assertThat(out.sent).hasSize(2);

    out.refuse = true;
    alerts.set();
    minutes(3);
    log = watches.find(token).orElseThrow().log();
    assertThat(log.entries().get(0).deliveries()).containsEntry(Target.Kind.NTFY, Sent.FAILED);
  }

  @Test
  void continuingAsNewKeepsWhatThePlaceKnowsAndWhoWatchesIt() {
    String token = watches.start(NORTON, "Norton, MA", Delivery.none());
    minutes(2);
    String place = PlaceAlertsWorkflow.id(NORTON);
    String firstRun = client.newUntypedWorkflowStub(place).describe().getExecution().getRunId();
    alerts.set(alert("A", "Alert", List.of()));
    // 500 looks a run: a run continues as new after about eight hours.
    environment.sleep(Duration.ofHours(9));
    String laterRun = client.newUntypedWorkflowStub(place).describe().getExecution().getRunId();
    alerts.set();
    minutes(3);

    assertThat(laterRun).isNotEqualTo(firstRun);
    assertThat(keys(watches.find(token).orElseThrow().log()))
        .containsExactly("ended:A", "issued:A");
  }

  /**
   * Determinism: histories of both workflows, recorded from the code as it was (in {@code
   * src/test/resources/histories}), replay against the code as it is. {@link
   * #recordsAWatchsLifeForReplay} writes fresh ones to {@code target/histories}.
   */
  @ParameterizedTest
  @CsvSource({"watch-alert-watch, ALERT", "watch-place-alerts, PLACE"})
  void replaysTheRecordedHistories(String name, String kind) throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        Files.readString(Path.of("src/test/resources/histories", name + ".json")),
        kind.equals("ALERT") ? AlertWatchWorkflowImpl.class : PlaceAlertsWorkflowImpl.class);
  }

  @Test
  void recordsAWatchsLifeForReplay() throws Exception {
    alerts.set(alert("A", "Alert", List.of()));
    String token = watches.start(NORTON, "Norton, MA", new Delivery("t1", "home"));
    minutes(2);
    alerts.set(alert("B", "Update", List.of("A")));
    minutes(2);
    alerts.freshFor = Duration.ofHours(2); // no more looks: the history stays small
    alerts.set(alert("C", "Cancel", List.of("B")));
    minutes(2);
    watches.end(token);
    minutes(70);

    Path fresh = Path.of("target/histories");
    Files.createDirectories(fresh);
    String watch = client.fetchHistory(AlertWatchWorkflow.id(token)).toJson(true);
    String place = client.fetchHistory(PlaceAlertsWorkflow.id(NORTON)).toJson(true);
    Files.writeString(fresh.resolve("watch-alert-watch.json"), watch);
    Files.writeString(fresh.resolve("watch-place-alerts.json"), place);
    assertThat(watch).contains("WORKFLOW_EXECUTION_COMPLETED", "ACTIVITY_TASK_COMPLETED", "Send");
    assertThat(place)
        .contains(
            "WORKFLOW_EXECUTION_UPDATE_COMPLETED",
            "SIGNAL_EXTERNAL",
            "WORKFLOW_EXECUTION_COMPLETED");
    WorkflowReplayer.replayWorkflowExecution(watch, AlertWatchWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(place, PlaceAlertsWorkflowImpl.class);
  }

  private WorkflowExecutionStatus status(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId).describe().getStatus();
  }

  private void minutes(int minutes) {
    environment.sleep(Duration.ofMinutes(minutes));
  }

  private static List<String> keys(WatchLog log) {
    return log.entries().stream()
        .map(e -> e.notice().key().replaceFirst("^[0-9a-f]+/", ""))
        .toList();
  }

  static Alert alert(String id, String type, List<String> references) {
    OffsetDateTime until = OffsetDateTime.of(2027, 1, 7, 18, 0, 0, 0, ZoneOffset.ofHours(-5));
    return new Alert(
        id,
        "Winter Storm Warning",
        "Severe",
        "Winter Storm Warning for " + id + ".",
        null,
        null,
        null,
        until,
        "Heavy snow.",
        null,
        "NWS Boston/Norton MA",
        "Bristol",
        type,
        references);
  }

  /** NWS's active alerts, as the test sets them; the rest of NWS is not asked. */
  class FakeAlerts extends UnaskedNws {
    volatile List<Alert> active = List.of();
    volatile Duration freshFor = Duration.ofSeconds(30);
    final AtomicInteger calls = new AtomicInteger();

    void set(Alert... now) {
      active = List.of(now);
    }

    @Override
    public Fresh<List<Alert>> getAlerts(Coordinates point) {
      calls.incrementAndGet();
      return new Fresh<>(
          active, Instant.ofEpochMilli(environment.currentTimeMillis()).plus(freshFor));
    }
  }

  record Sending(Target target, Notice notice) {}

  /** The ways out: records each attempt; fails the first few, or refuses every one. */
  static class FakeOut implements WatchActivities {
    final List<Notice> attempts = Collections.synchronizedList(new ArrayList<>());
    final List<Sending> sent = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failures = new AtomicInteger();
    volatile boolean refuse;

    @Override
    public void send(Target target, Notice notice) {
      attempts.add(notice);
      if (refuse) {
        throw ApplicationFailure.newNonRetryableFailure("410", WatchActivitiesImpl.UNDELIVERABLE);
      }
      if (failures.getAndDecrement() > 0) {
        throw new IllegalStateException("connection reset");
      }
      sent.add(new Sending(target, notice));
    }
  }
}
