package dev.weather.nws;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;

/**
 * Deadlines for NWS calls, one open per thread at a time. While one is open, each request the
 * thread sends is cancelled when it passes, wherever the request is: waiting for a pooled
 * connection, connecting, or reading the answer. The HTTP client's own timeouts bound each of those
 * steps alone (a read timeout restarts with every byte); only this bounds them together. Deadlines
 * nest: one opened inside another ends no later than it, so an activity can give all its calls the
 * time its attempt has left.
 *
 * <p>It sits first in the HTTP client's chain, where it sees every request the client sends.
 */
final class Deadlines implements ExecChainHandler, AutoCloseable {

  private final ScheduledThreadPoolExecutor alarms =
      new ScheduledThreadPoolExecutor(
          1,
          task -> {
            Thread thread = new Thread(task, "nws-deadlines");
            thread.setDaemon(true);
            return thread;
          });
  private final ThreadLocal<Deadline> open = new ThreadLocal<>();

  Deadlines() {
    alarms.setRemoveOnCancelPolicy(true);
  }

  /**
   * Opens a deadline {@code within} from now, or the enclosing one's if that comes first. Close it
   * when done.
   */
  Deadline open(Duration within) {
    Deadline outer = open.get();
    long at = System.nanoTime() + within.toNanos();
    Deadline deadline =
        outer != null && outer.at - at < 0
            ? new Deadline(outer, outer.at, outer.length)
            : new Deadline(outer, at, within);
    open.set(deadline);
    return deadline;
  }

  @Override
  public ClassicHttpResponse execute(
      ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    Deadline deadline = open.get();
    // The request as sent: cancelling it aborts whatever it is doing, in the pool, on the socket or
    // in the body.
    if (deadline != null && scope.originalRequest instanceof Cancellable cancellable) {
      deadline.watch(cancellable);
    }
    return chain.proceed(request, scope);
  }

  @Override
  public void close() {
    alarms.shutdownNow();
  }

  /** The time one call, or one attempt's calls together, may take. */
  final class Deadline implements AutoCloseable {

    private final Deadline outer;
    private final long at;
    private final Duration length;
    private final ScheduledFuture<?> alarm;
    private volatile Cancellable inFlight;
    private volatile boolean passed;

    private Deadline(Deadline outer, long at, Duration length) {
      this.outer = outer;
      this.at = at;
      this.length = length;
      this.alarm = alarms.schedule(this::pass, at - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    /**
     * Whether it has passed, so that a failed request was cut short rather than failing on its own.
     */
    boolean passed() {
      return passed || System.nanoTime() - at >= 0;
    }

    /** How long it was: the call's own time, or an enclosing deadline's when that came first. */
    Duration length() {
      return length;
    }

    private void pass() {
      passed = true;
      Cancellable request = inFlight;
      if (request != null) {
        request.cancel();
      }
    }

    private void watch(Cancellable request) {
      inFlight = request;
      // Set before reading, as pass() sets before reading: one of the two always sees the other.
      // The clock, too: on a
      // busy machine the alarm may not have run yet.
      if (passed()) {
        request.cancel();
      }
    }

    @Override
    public void close() {
      alarm.cancel(false);
      open.set(outer);
    }
  }
}
