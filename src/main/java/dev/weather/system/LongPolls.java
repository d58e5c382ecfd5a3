package dev.weather.system;

import io.grpc.ClientCall;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says when the workers' polls on the in-memory server fail. The SDK's own log of it is off with
 * that server (TemporalConfig.localTemporal): a WARN with a stack trace for every poller thread, at
 * every swap, where the polls on the replaced server are expected to end. Here a poll's failure is
 * logged once at WARN, until a poll succeeds again; a poll that ends because its server's channel
 * was shut down (a swap, or the app stopping) or because its worker stopped (CANCELLED) is no
 * failure.
 */
final class LongPolls {

  private static final Logger log = LoggerFactory.getLogger(LongPolls.class);

  private final AtomicBoolean failing = new AtomicBoolean();

  static boolean isPoll(MethodDescriptor<?, ?> method) {
    return method == WorkflowServiceGrpc.getPollWorkflowTaskQueueMethod()
        || method == WorkflowServiceGrpc.getPollActivityTaskQueueMethod()
        || method == WorkflowServiceGrpc.getPollNexusTaskQueueMethod();
  }

  /** {@code call}, a poll made on {@code server}'s channel, watched for how it ends. */
  <Q, R> ClientCall<Q, R> watch(ClientCall<Q, R> call, ManagedChannel server) {
    return new SimpleForwardingClientCall<>(call) {
      @Override
      public void start(Listener<R> listener, Metadata headers) {
        super.start(
            new SimpleForwardingClientCallListener<>(listener) {
              @Override
              public void onClose(Status status, Metadata trailers) {
                ended(status, server);
                super.onClose(status, trailers);
              }
            },
            headers);
      }
    };
  }

  private void ended(Status status, ManagedChannel server) {
    if (status.isOk()) {
      if (failing.compareAndSet(true, false)) {
        log.info("Temporal workers' polls on the embedded server succeed again");
      }
    } else if (status.getCode() != Status.Code.CANCELLED
        && !server.isShutdown()
        && failing.compareAndSet(false, true)) {
      log.warn(
          "Temporal workers' polls on the embedded server fail: {} {}; they back off, up to a minute between"
              + " tries, until one succeeds",
          status.getCode(),
          status.getDescription());
    }
  }
}
