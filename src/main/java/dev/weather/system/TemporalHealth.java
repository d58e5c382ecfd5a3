package dev.weather.system;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code temporal} component of /actuator/health: which server (the embedded one, or the configured address),
 * that it answers a cheap call within a short deadline, and that this app's workers have started. It is not part of
 * the liveness probe: a Temporal outage is no reason to restart the app, which still serves cached reports.
 */
@Component("temporal")
class TemporalHealth implements HealthIndicator {

  static final Duration DEADLINE = Duration.ofSeconds(2);

  private final WorkflowServiceStubs service;
  private final WorkerFactory workers;
  private final String server;

  TemporalHealth(WorkflowServiceStubs service, WorkerFactory workers, Environment environment) {
    this.service = service;
    this.workers = workers;
    // The embedded server is for trying the app: say so where operators look.
    this.server =
        environment.getProperty(EmbeddedTemporal.ENABLED, Boolean.class, false)
            ? "embedded (in memory, for trying the app)"
            : environment.getProperty(EmbeddedTemporal.TARGET, "");
  }

  @Override
  public Health health() {
    boolean started = workers.isStarted() && !workers.isShutdown();
    try {
      service
          .blockingStub()
          .withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
    } catch (RuntimeException e) {
      return Health.down().withDetail("server", server).withDetail("reachable", false)
          .withDetail("workersStarted", started).withDetail("error", e.getClass().getSimpleName()).build();
    }
    return (started ? Health.up() : Health.down())
        .withDetail("server", server)
        .withDetail("reachable", true)
        .withDetail("workersStarted", started)
        .build();
  }
}
