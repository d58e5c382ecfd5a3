package dev.weather.system;

import com.google.protobuf.util.Durations;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.RegisterNamespaceRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Namespaces on a Temporal server of one's own (a dev server), where the app may create the one it
 * is told to use.
 */
public final class Namespaces {

  /** How long a namespace the app creates keeps closed runs: the dev server's own default. */
  static final Duration RETENTION = Duration.ofDays(1);

  private static final Duration READY_WITHIN = Duration.ofSeconds(10);

  private Namespaces() {}

  /**
   * Creates {@code namespace} at {@code target} unless it exists, and returns once the server
   * serves it.
   */
  public static void ensure(String target, String namespace) {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    try {
      WorkflowServiceBlockingStub service =
          stubs.blockingStub().withDeadlineAfter(5, TimeUnit.SECONDS);
      if (!exists(service, namespace)) {
        service.registerNamespace(
            RegisterNamespaceRequest.newBuilder()
                .setNamespace(namespace)
                .setWorkflowExecutionRetentionPeriod(Durations.fromSeconds(RETENTION.toSeconds()))
                .build());
      }
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    } finally {
      stubs.shutdownNow();
    }
    // Describing it reads the server's database; starting and polling go through its namespace
    // cache, which holds a
    // new namespace a moment later (up to some seconds on a dev server).
    awaitServed(target, namespace, READY_WITHIN, () -> true);
  }

  /**
   * Waits until the server at {@code target} serves {@code namespace}, while {@code alive} says the
   * server may still come up (a process that has exited never will).
   */
  static void awaitServed(String target, String namespace, Duration within, BooleanSupplier alive) {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    try {
      long deadline = System.nanoTime() + within.toNanos();
      while (true) {
        if (!alive.getAsBoolean()) {
          throw new IllegalStateException("it exited");
        }
        try {
          if (served(stubs.blockingStub().withDeadlineAfter(1, TimeUnit.SECONDS), namespace)) {
            return;
          }
        } catch (StatusRuntimeException e) {
          // Not listening yet.
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "not serving namespace " + namespace + " within " + within);
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Temporal at " + target, e);
    } finally {
      stubs.shutdownNow();
    }
  }

  /**
   * Whether the server serves it: starting and polling go through the namespace cache, and so does
   * listing runs.
   */
  private static boolean served(WorkflowServiceBlockingStub service, String namespace) {
    return found(
        () ->
            service.listWorkflowExecutions(
                ListWorkflowExecutionsRequest.newBuilder()
                    .setNamespace(namespace)
                    .setPageSize(1)
                    .build()));
  }

  /** Whether the server has it in its database. */
  private static boolean exists(WorkflowServiceBlockingStub service, String namespace) {
    return found(
        () ->
            service.describeNamespace(
                DescribeNamespaceRequest.newBuilder().setNamespace(namespace).build()));
  }

  /**
   * Whether {@code call} went through, or the server said NOT_FOUND; any other failure is thrown.
   */
  private static boolean found(Runnable call) {
    try {
      call.run();
      return true;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }
}
