package dev.weather.system;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.spring.boot.autoconfigure.properties.TemporalProperties;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code temporal} component of /actuator/health: which server (the app's own, and which kind,
 * or the configured address), that it serves the configured namespace within a short deadline (so a
 * wrong namespace or credential is DOWN, not only an unreachable server), and that this app's
 * workers have started. It is not part of the liveness probe: a Temporal outage is no reason to
 * restart the app, which still serves cached reports.
 */
@Component("temporal")
class TemporalHealth implements HealthIndicator {

  static final Duration DEADLINE = Duration.ofSeconds(2);

  private final WorkflowServiceStubs service;
  private final WorkerFactory workers;
  private final String server;
  private final String namespace;

  @Autowired
  TemporalHealth(
      WorkflowServiceStubs service,
      WorkerFactory workers,
      ObjectProvider<LocalTemporal> local,
      TemporalProperties starter) {
    this(
        service,
        workers,
        local.getIfAvailable() == null
            ? starter.getConnection().getTarget()
            : local.getObject().description(),
        starter.getNamespace());
  }

  TemporalHealth(
      WorkflowServiceStubs service, WorkerFactory workers, String server, String namespace) {
    this.service = service;
    this.workers = workers;
    this.server = server;
    this.namespace = namespace;
  }

  @Override
  public Health health() {
    boolean started = workers.isStarted() && !workers.isShutdown();
    Health.Builder health =
        Health.unknown().withDetail("server", server).withDetail("namespace", namespace);
    try {
      service
          .blockingStub()
          .withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
          .describeNamespace(DescribeNamespaceRequest.newBuilder().setNamespace(namespace).build());
    } catch (StatusRuntimeException e) {
      return health
          .down()
          .withDetail("reachable", reachable(e.getStatus()))
          .withDetail("workersStarted", started)
          .withDetail("error", e.getStatus().getCode() + explained(e.getStatus()))
          .build();
    } catch (RuntimeException e) {
      return health
          .down()
          .withDetail("reachable", false)
          .withDetail("workersStarted", started)
          .withDetail("error", e.getClass().getSimpleName())
          .build();
    }
    return (started ? health.up() : health.down())
        .withDetail("reachable", true)
        .withDetail("workersStarted", started)
        .build();
  }

  /** Whether the server answered at all: a refusal is an answer. */
  private static boolean reachable(Status status) {
    return switch (status.getCode()) {
      case UNAVAILABLE, DEADLINE_EXCEEDED, UNKNOWN -> false;
      default -> true;
    };
  }

  /** What an operator should check: the namespace, or the credentials. */
  private String explained(Status status) {
    return switch (status.getCode()) {
      case NOT_FOUND -> ": no namespace " + namespace + " on this server";
      case UNAUTHENTICATED, PERMISSION_DENIED ->
          ": the server refused this app's credentials for " + namespace;
      default -> "";
    };
  }
}
