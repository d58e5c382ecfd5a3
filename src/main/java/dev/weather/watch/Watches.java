package dev.weather.watch;

import dev.weather.forecast.Causes;
import dev.weather.forecast.Coordinates;
import dev.weather.watch.WatchException.Reason;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the web layer starts, reads and ends watches. A watch is found by its address alone: its
 * workflow's id is made from it, so no table maps one to the other, and Temporal is the only store.
 */
public class Watches {

  private static final Logger log = LoggerFactory.getLogger(Watches.class);

  /** How long a closed watch's result is waited for: it is there at once, or not at all. */
  private static final long RESULT_SECONDS = 2;

  private final WorkflowClient client;
  private final WatchProperties properties;
  private final String taskQueue;
  private final boolean durable;
  private final LongSupplier running;
  private final MeterRegistry meters;

  /**
   * @param durable whether this app's Temporal keeps workflows for days: not the in-memory
   *     fallback, which forgets them
   */
  public Watches(
      WorkflowClient client,
      WatchProperties properties,
      String taskQueue,
      boolean durable,
      MeterRegistry meters) {
    this(client, properties, taskQueue, durable, null, meters);
  }

  /**
   * As above, with {@code running} counting the watches that run (null: Temporal's visibility
   * counts them, which Temporal's test server cannot).
   */
  Watches(
      WorkflowClient client,
      WatchProperties properties,
      String taskQueue,
      boolean durable,
      LongSupplier running,
      MeterRegistry meters) {
    this.client = client;
    this.properties = properties;
    this.taskQueue = taskQueue;
    this.durable = durable;
    this.running = running != null ? running : this::countRunning;
    this.meters = meters;
    if (durable) {
      // Counted by Temporal's visibility at each scrape: one call, however many watches.
      Gauge.builder("weather.watches.open", this, Watches::openNow)
          .description("Watches running in this deployment's task queue")
          .register(meters);
    }
  }

  private double openNow() {
    try {
      return running.getAsLong();
    } catch (RuntimeException unreachable) {
      return Double.NaN;
    }
  }

  private WatchException refused(Reason reason, String message) {
    meters
        .counter(
            "weather.watches.refused", "reason", reason.name().toLowerCase(java.util.Locale.ROOT))
        .increment();
    return new WatchException(reason, message);
  }

  /**
   * How watches stand, for the health endpoint: whether they can be had here, how many run (null
   * when Temporal's visibility did not answer) against the most, and the ways out offered.
   */
  public record Standing(
      boolean available, Long open, int maxTotal, boolean ntfy, List<String> webhooks) {}

  public Standing standing() {
    Long open;
    try {
      open = durable ? running.getAsLong() : null;
    } catch (RuntimeException unanswered) {
      open = null;
    }
    return new Standing(
        durable,
        open,
        properties.maxTotal(),
        properties.ntfy(),
        properties.webhooks().keySet().stream().sorted().toList());
  }

  /**
   * Starts a watch of {@code point}'s alerts and answers its address; the place's alerts workflow
   * is started with it unless it runs already.
   */
  public String start(Coordinates point, String label, Delivery delivery) {
    admit(delivery);
    String token = Keys.newToken();
    String id = AlertWatchWorkflow.id(token);
    AlertWatchWorkflow watch =
        client.newWorkflowStub(
            AlertWatchWorkflow.class,
            WorkflowOptions.newBuilder().setWorkflowId(id).setTaskQueue(taskQueue).build());
    WorkflowClient.start(
        watch::watch,
        new AlertWatch(
            token,
            point.rounded(),
            label,
            delivery,
            properties.lifetime(),
            properties.deliveryRetry(),
            null));
    PlaceAlertsWorkflow place =
        client.newWorkflowStub(
            PlaceAlertsWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(PlaceAlertsWorkflow.id(point))
                .setTaskQueue(taskQueue)
                .setWorkflowIdConflictPolicy(
                    WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .build());
    PlaceAlerts first =
        PlaceAlerts.first(
            point,
            new PlaceAlerts.Settings(
                properties.minCheck(),
                properties.idleEnd(),
                properties.maxPerPlace(),
                PlaceAlerts.CHECKS_PER_RUN));
    try {
      WorkflowClient.executeUpdateWithStart(
          place::subscribe,
          id,
          UpdateOptions.<Integer>newBuilder()
              .setWaitForStage(WorkflowUpdateStage.COMPLETED)
              .build(),
          new WithStartWorkflowOperation<>(place::watch, first));
    } catch (RuntimeException failed) {
      // Not subscribed: the person's watch would wait for nothing.
      WorkflowStub.fromTyped(watch).signal("end");
      if (Causes.find(failed, WorkflowUpdateException.class) != null) {
        log.info("a watch of {} refused: the place is full", point.text());
        throw refused(Reason.FULL, "This place has as many watches as it takes; try again later.");
      }
      throw failed;
    }
    meters.counter("weather.watches.started").increment();
    return token;
  }

  /**
   * Starts a watch of {@code plan} at {@code point} and answers its address. It counts towards the
   * service's watches, not the place's (a plan asks NWS a few times a day).
   */
  public String startPlan(Coordinates point, String label, Delivery delivery, Plan plan) {
    admit(delivery);
    String token = Keys.newToken();
    PlanWatchWorkflow watch =
        client.newWorkflowStub(
            PlanWatchWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(AlertWatchWorkflow.id(token))
                .setTaskQueue(taskQueue)
                .build());
    WorkflowClient.start(
        watch::watch,
        new PlanWatch(
            token,
            point.rounded(),
            label,
            delivery,
            plan,
            properties.deliveryRetry(),
            properties.planCheck(),
            null));
    meters.counter("weather.watches.started").increment();
    return token;
  }

  /** Refuses a watch this service cannot take: no lasting Temporal, a bad delivery, or full. */
  private void admit(Delivery delivery) {
    if (!durable) {
      throw refused(
          Reason.UNAVAILABLE,
          "Watches need a Temporal server that keeps them; this app runs on an in-memory one.");
    }
    check(delivery);
    if (running.getAsLong() >= properties.maxTotal()) {
      throw refused(Reason.FULL, "This service has as many watches as it takes; try again later.");
    }
  }

  /** The watch at {@code token}, running or ended; empty when there is none. */
  public Optional<WatchView> find(String token) {
    if (token == null || !Keys.TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    String id = AlertWatchWorkflow.id(token);
    WorkflowStub stub = client.newUntypedWorkflowStub(id);
    WorkflowExecutionDescription description;
    try {
      description = stub.describe();
    } catch (WorkflowNotFoundException e) {
      return Optional.empty();
    }
    boolean running =
        description.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    WatchLog watchLog;
    if (running) {
      try {
        watchLog = stub.query("log", WatchLog.class);
      } catch (WorkflowException noWorkerAnswers) {
        throw new WatchException(
            Reason.UNAVAILABLE, "This watch cannot be read right now; try again shortly.");
      }
    } else {
      try {
        watchLog = stub.getResult(RESULT_SECONDS, TimeUnit.SECONDS, WatchLog.class);
      } catch (Exception notCompleted) {
        return Optional.empty(); // terminated by an operator: there is no log to show
      }
    }
    return Optional.of(
        new WatchView(
            token,
            id,
            Keys.digest(token),
            running,
            watchLog,
            running && watchLog.alerts() != null ? place(watchLog) : null));
  }

  /** The place's alerts workflow's status; null when it cannot be had. */
  private PlaceAlerts.Status place(WatchLog watchLog) {
    try {
      return client.newWorkflowStub(PlaceAlertsWorkflow.class, watchLog.alerts()).status();
    } catch (WorkflowException e) {
      return null;
    }
  }

  /** Ends the watch at {@code token}; ending one that has ended is no error. */
  public void end(String token) {
    if (token == null || !Keys.TOKEN.matcher(token).matches()) {
      throw new WatchException(Reason.NOT_FOUND, "No such watch.");
    }
    WorkflowStub stub = client.newUntypedWorkflowStub(AlertWatchWorkflow.id(token));
    try {
      if (stub.describe().getStatus()
          == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
        stub.signal("end"); // needs no worker: the watch ends when one next runs it
      }
    } catch (WorkflowNotFoundException none) {
      throw new WatchException(Reason.NOT_FOUND, "No such watch.");
    }
  }

  private void check(Delivery delivery) {
    if (delivery.ntfyTopic() != null) {
      if (!properties.ntfy()) {
        throw refused(Reason.BAD_DELIVERY, "This service sends nothing to ntfy.");
      }
      if (!Delivery.TOPIC.matcher(delivery.ntfyTopic()).matches()) {
        throw refused(Reason.BAD_DELIVERY, "An ntfy topic is 1 to 64 letters, digits, '-' or '_'.");
      }
    }
    if (delivery.webhook() != null && !properties.webhooks().containsKey(delivery.webhook())) {
      throw refused(Reason.BAD_DELIVERY, "This service has no such webhook.");
    }
  }

  /** How many watches run, in this deployment's task queue. */
  private long countRunning() {
    return client
        .countWorkflows(
            "(WorkflowType = 'AlertWatchWorkflow' OR WorkflowType = 'PlanWatchWorkflow')"
                + " AND ExecutionStatus = 'Running' AND TaskQueue = '"
                + taskQueue
                + "'")
        .getCount();
  }
}
