package dev.weather.system;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import java.util.concurrent.TimeUnit;

/**
 * A channel that sends every call to the current embedded server's channel, so the server can be
 * replaced; the workers' polls are watched by {@link LongPolls}, which logs when they fail.
 */
final class SwappableChannel extends ManagedChannel {

  private final LongPolls polls = new LongPolls();
  private volatile ManagedChannel current;

  SwappableChannel(ManagedChannel first) {
    this.current = first;
  }

  /** From now on calls go to {@code next}; returns the channel they went to before. */
  ManagedChannel swap(ManagedChannel next) {
    ManagedChannel old = current;
    current = next;
    return old;
  }

  @Override
  public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
    ManagedChannel server = current;
    ClientCall<Q, R> call = server.newCall(method, options);
    return LongPolls.isPoll(method) ? polls.watch(call, server) : call;
  }

  @Override
  public String authority() {
    return current.authority();
  }

  @Override
  public ManagedChannel shutdown() {
    current.shutdown();
    return this;
  }

  @Override
  public boolean isShutdown() {
    return current.isShutdown();
  }

  @Override
  public boolean isTerminated() {
    return current.isTerminated();
  }

  @Override
  public ManagedChannel shutdownNow() {
    current.shutdownNow();
    return this;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return current.awaitTermination(timeout, unit);
  }
}
