package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.system.LocalTemporalProperties.Mode;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Workers idle on the embedded server, with the app's options, see no poll of theirs fail and take
 * the next run at once. With 5-second polls (issue 19) nearly every idle poll ended in
 * DEADLINE_EXCEEDED at 5 s, each a failure in the pollers' back-off, which after a few quiet
 * minutes had them sleep up to a minute between polls.
 */
class QuietPollersTest {

  private static final String QUEUE = "quiet-test";
  private static final Duration QUIET = Duration.ofSeconds(7);

  @ActivityInterface
  public interface Lookup {
    String look(String place);
  }

  public static class LookupImpl implements Lookup {
    @Override
    public String look(String place) {
      return "forecast for " + place;
    }
  }

  @WorkflowInterface
  public interface Fetch {
    @WorkflowMethod
    String fetch(String place);
  }

  public static class FetchImpl implements Fetch {
    private final Lookup lookup =
        Workflow.newActivityStub(
            Lookup.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(5)).build());

    @Override
    public String fetch(String place) {
      return lookup.look(place);
    }
  }

  @Test
  void aRunAfterAQuietSpellIsTakenAtOnce() throws InterruptedException {
    PollEnds ends = new PollEnds();
    EmbeddedServer embedded = new EmbeddedServer(300, new SimpleMeterRegistry());
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setChannel(embedded.channel())
                .setGrpcClientInterceptors(List.of(ends))
                .build());
    // The test server does not take worker heartbeats, which the SDK would say at WARN.
    WorkflowClient client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder()
                .setWorkerHeartbeatInterval(Duration.ofSeconds(-1))
                .build());
    WorkerFactory workers = WorkerFactory.newInstance(client);
    Worker worker = workers.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(FetchImpl.class);
    worker.registerActivitiesImplementations(new LookupImpl());
    workers.start();
    try {
      Thread.sleep(QUIET.toMillis());

      // Every idle poll is still open: the server answers it at 60 s, before the client's deadline.
      assertThat(ends.codes).isEmpty();

      Fetch run =
          client.newWorkflowStub(
              Fetch.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue(QUEUE)
                  .setWorkflowId("after-quiet")
                  .build());
      long start = System.nanoTime();
      assertThat(run.fetch("Boston")).isEqualTo("forecast for Boston");
      // Within weather.web.wait, the 2 s a page waits for its run.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    } finally {
      workers.shutdownNow();
      workers.awaitTermination(5, TimeUnit.SECONDS);
      stubs.shutdownNow();
      embedded.destroy();
    }
  }

  @Test
  void theWorkersOutwaitTheServersLongestPoll() {
    LocalTemporal inMemory =
        LocalTemporal.choose(
            new LocalTemporalProperties(Mode.IN_MEMORY, null, false, Path.of("unused"), 7233, 8233),
            Optional.empty(),
            "default",
            () -> new EmbeddedServer(300, new SimpleMeterRegistry()));
    try {
      assertThat(
              inMemory
                  .connect(WorkflowServiceStubsOptions.newBuilder())
                  .build()
                  .getRpcLongPollTimeout())
          .isGreaterThan(WorkflowServiceStubsOptions.DEFAULT_SERVER_LONG_POLL_RPC_TIMEOUT);
    } finally {
      inMemory.destroy();
    }
  }

  /** How each of the workers' polls ended, as the SDK's poller sees it. */
  private static final class PollEnds implements ClientInterceptor {
    final Queue<Status.Code> codes = new ConcurrentLinkedQueue<>();

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(
        MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
      ClientCall<Q, R> call = next.newCall(method, options);
      if (!LongPolls.isPoll(method)) {
        return call;
      }
      return new SimpleForwardingClientCall<>(call) {
        @Override
        public void start(Listener<R> listener, Metadata headers) {
          super.start(
              new SimpleForwardingClientCallListener<>(listener) {
                @Override
                public void onClose(Status status, Metadata trailers) {
                  codes.add(status.getCode());
                  super.onClose(status, trailers);
                }
              },
              headers);
        }
      };
    }
  }
}
