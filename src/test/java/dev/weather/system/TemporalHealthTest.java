package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.env.MockEnvironment;

/** The temporal health component: which server, whether it answers, whether this app's workers run. */
class TemporalHealthTest {

  private final TestWorkflowEnvironment temporal = TestWorkflowEnvironment.newInstance();
  private final WorkerFactory workers = mock(WorkerFactory.class);
  private final MockEnvironment embedded = new MockEnvironment().withProperty(EmbeddedTemporal.ENABLED, "true");

  @AfterEach
  void close() {
    temporal.close();
  }

  @Test
  void isUpWhenTheServerAnswersAndTheWorkersRun() {
    when(workers.isStarted()).thenReturn(true);

    Health health = new TemporalHealth(temporal.getWorkflowServiceStubs(), workers, embedded).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("server", "embedded (in memory, for trying the app)")
        .containsEntry("reachable", true).containsEntry("workersStarted", true).doesNotContainKey("error");
  }

  @Test
  void isDownWhileTheWorkersAreNotRunning() {
    when(workers.isStarted()).thenReturn(true);
    when(workers.isShutdown()).thenReturn(true);

    Health stopped = new TemporalHealth(temporal.getWorkflowServiceStubs(), workers, embedded).health();
    Health notStarted = new TemporalHealth(temporal.getWorkflowServiceStubs(), mock(WorkerFactory.class), embedded)
        .health();

    assertThat(stopped.getStatus()).isEqualTo(Status.DOWN);
    assertThat(stopped.getDetails()).containsEntry("reachable", true).containsEntry("workersStarted", false);
    assertThat(notStarted.getStatus()).isEqualTo(Status.DOWN);
  }

  @Test
  void isDownAndNamesTheConfiguredServerWhenItDoesNotAnswer() {
    when(workers.isStarted()).thenReturn(true);
    WorkflowServiceStubs nowhere = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:1").build());
    try {
      Health health = new TemporalHealth(nowhere, workers,
          new MockEnvironment().withProperty(EmbeddedTemporal.TARGET, "127.0.0.1:1")).health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("server", "127.0.0.1:1").containsEntry("reachable", false)
          .containsEntry("workersStarted", true).containsEntry("error", "StatusRuntimeException");
    } finally {
      nowhere.shutdownNow();
    }
  }
}
