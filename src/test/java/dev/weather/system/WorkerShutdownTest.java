package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The workers stop after the web server has drained its requests, and finish their tasks within the
 * timeout.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkerShutdownTest {

  private final WorkerFactory workers = mock(WorkerFactory.class);
  private final WorkerShutdown shutdown = new WorkerShutdown(workers, Duration.ofSeconds(10));

  @Test
  void stopsTakingTasksThenWaitsForThoseInHand(CapturedOutput output) {
    when(workers.isStarted()).thenReturn(true);
    when(workers.isTerminated()).thenReturn(true);
    shutdown.start();
    assertThat(shutdown.isRunning()).isTrue();

    shutdown.stop();

    assertThat(shutdown.isRunning()).isFalse();
    InOrder order = inOrder(workers);
    order.verify(workers).shutdown();
    order.verify(workers).awaitTermination(10_000, TimeUnit.MILLISECONDS);
    assertThat(output.getOut())
        .containsPattern("Workers stopped after \\d{1,3} ms, their tasks in hand finished");
  }

  @Test
  void saysWhenTasksOutlastTheTimeout(CapturedOutput output) {
    when(workers.isStarted()).thenReturn(true);
    when(workers.isTerminated()).thenReturn(false);

    shutdown.stop();

    assertThat(output.getOut())
        .contains("Workers still busy after PT10S")
        .doesNotContain("Workers stopped");
  }

  @Test
  void leavesWorkersThatNeverStartedAlone(CapturedOutput output) {
    shutdown.start();

    shutdown.stop();

    assertThat(shutdown.isRunning()).isFalse();
    verify(workers, never()).shutdown();
    assertThat(output.getOut()).doesNotContain("Workers");
  }

  @Test
  void stopsJustAfterTheWebServersGracefulShutdown() {
    assertThat(shutdown.getPhase())
        .isEqualTo(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 1);
    assertThat(shutdown.isRunning()).as("until started").isFalse();
  }
}
