package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A replaced embedded server, with every run it kept, is closed while workers keep polling, but
 * only once the polls on it are over: closed sooner, a poll can stay parked on it for ever and keep
 * it all in memory (docs/embedded-server.md).
 */
class EmbeddedServerReleaseTest {

  private static final String QUEUE = "release-test";

  @WorkflowInterface
  public interface Echo {
    @WorkflowMethod
    String echo(String text);
  }

  public static class EchoImpl implements Echo {
    @Override
    public String echo(String text) {
      return text;
    }
  }

  @Test
  void aReplacedServerIsClosedOnlyOnceThePollsOnItAreOver() throws InterruptedException {
    List<Thread> timers = new CopyOnWriteArrayList<>();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    EmbeddedServer embedded =
        new EmbeddedServer(
            2,
            meters,
            () -> {
              Set<Thread> before = Thread.getAllStackTraces().keySet();
              TestServer.InProcessTestServer server = TestServer.createServer(true);
              timers.add(timerThreadStartedSince(before));
              return server;
            });
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setChannel(embedded.channel()).build());
    // As the app has it with the embedded server, which does not implement worker heartbeats.
    WorkflowClient client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder()
                .setWorkerHeartbeatInterval(Duration.ofSeconds(-1))
                .build());
    WorkerFactory workers = WorkerFactory.newInstance(client);
    workers.newWorker(QUEUE).registerWorkflowImplementationTypes(EchoImpl.class);
    workers.start();
    try {
      for (int run = 1; run <= 6; run++) {
        embedded.enter();
        try {
          Echo echo =
              client.newWorkflowStub(
                  Echo.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(QUEUE)
                      .setWorkflowId("echo-" + run)
                      .build());
          assertThat(echo.echo("run " + run)).isEqualTo("run " + run);
        } finally {
          embedded.leave();
        }
        awaitRecycles(meters, run / 2);
      }

      assertThat(timers).hasSize(4).allMatch(Thread::isAlive);
      for (Thread replaced : timers.subList(0, 3)) {
        replaced.join(EmbeddedServer.CLOSE_AFTER.plusSeconds(5).toMillis());
      }
      assertThat(timers.subList(0, 3)).noneMatch(Thread::isAlive);
      assertThat(timers.get(3).isAlive()).isTrue();
    } finally {
      workers.shutdownNow();
      stubs.shutdownNow();
      embedded.destroy();
    }
  }

  @Test
  void everyServerIsClosedWithTheApp() throws InterruptedException {
    List<Thread> timers = new CopyOnWriteArrayList<>();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    EmbeddedServer embedded =
        new EmbeddedServer(
            1,
            meters,
            () -> {
              Set<Thread> before = Thread.getAllStackTraces().keySet();
              TestServer.InProcessTestServer server = TestServer.createServer(true);
              timers.add(timerThreadStartedSince(before));
              return server;
            });
    embedded.enter();
    embedded.leave();
    awaitRecycles(meters, 1);

    embedded.destroy();

    for (Thread timer : timers) {
      timer.join(5_000);
    }
    assertThat(timers)
        .as("the replaced server, not yet due to close, and the current one")
        .hasSize(2)
        .noneMatch(Thread::isAlive);
  }

  /**
   * The thread of the server's timer, started when the server was: it ends when the server is
   * closed.
   */
  private static Thread timerThreadStartedSince(Set<Thread> before) {
    List<Thread> started =
        Thread.getAllStackTraces().keySet().stream()
            .filter(
                thread ->
                    !before.contains(thread) && thread.getName().equals("SelfAdvancingTimer Pump"))
            .toList();
    assertThat(started).hasSize(1);
    return started.get(0);
  }

  private static void awaitRecycles(SimpleMeterRegistry meters, int count)
      throws InterruptedException {
    for (int i = 0; i < 200 && meters.counter("weather.embedded.recycles").count() < count; i++) {
      Thread.sleep(25);
    }
    assertThat(meters.counter("weather.embedded.recycles").count()).isEqualTo(count);
  }
}
