package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.weather.TestTemporal;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The temporal health component, on Temporal's dev server: which server, whether it serves the
 * namespace, workers.
 */
class TemporalHealthTest {

  private final WorkflowServiceStubs temporal = stubs(TestTemporal.target());
  private final String namespace = TestTemporal.newNamespace(TemporalHealthTest.class);
  private final WorkerFactory workers = mock(WorkerFactory.class);

  @AfterEach
  void close() {
    temporal.shutdownNow();
  }

  @Test
  void isUpWhenTheServerServesTheNamespaceAndTheWorkersRun() {
    when(workers.isStarted()).thenReturn(true);

    Health health = new TemporalHealth(temporal, workers, "dev server at x", namespace).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("server", "dev server at x")
        .containsEntry("namespace", namespace)
        .containsEntry("reachable", true)
        .containsEntry("workersStarted", true)
        .doesNotContainKey("error");
  }

  @Test
  void isDownWhileTheWorkersAreNotRunning() {
    when(workers.isStarted()).thenReturn(true);
    when(workers.isShutdown()).thenReturn(true);

    Health stopped = new TemporalHealth(temporal, workers, "x", namespace).health();
    Health notStarted =
        new TemporalHealth(temporal, mock(WorkerFactory.class), "x", namespace).health();

    assertThat(stopped.getStatus()).isEqualTo(Status.DOWN);
    assertThat(stopped.getDetails())
        .containsEntry("reachable", true)
        .containsEntry("workersStarted", false);
    assertThat(notStarted.getStatus()).isEqualTo(Status.DOWN);
  }

  @Test
  void isDownAndSaysSoWhenTheServerHasNoSuchNamespace() {
    when(workers.isStarted()).thenReturn(true);

    Health health = new TemporalHealth(temporal, workers, "x", "no-such-namespace").health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("reachable", true)
        .containsEntry("error", "NOT_FOUND: no namespace no-such-namespace on this server");
  }

  @Test
  void isDownAndNamesTheConfiguredServerWhenItDoesNotAnswer() {
    when(workers.isStarted()).thenReturn(true);
    WorkflowServiceStubs nowhere = stubs("127.0.0.1:1");
    try {
      Health health = new TemporalHealth(nowhere, workers, "127.0.0.1:1", "default").health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails())
          .containsEntry("server", "127.0.0.1:1")
          .containsEntry("reachable", false)
          .containsEntry("workersStarted", true)
          .containsEntry("error", "UNAVAILABLE");
    } finally {
      nowhere.shutdownNow();
    }
  }

  private static WorkflowServiceStubs stubs(String target) {
    return WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
  }
}
