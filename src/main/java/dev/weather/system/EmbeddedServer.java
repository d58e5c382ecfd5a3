package dev.weather.system;

import dev.weather.workflow.RunGate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.testserver.TestServer;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The in-memory Temporal server the app runs when no Temporal Service is configured, replaced by a fresh one every
 * {@code weather.embedded.recycle-after} runs. The SDK's test server keeps every run and slows down as they pile up
 * (docs/embedded-server.md), so it is recycled, in process and through public API only: the app's client and workers
 * talk to it through a {@link SwappableChannel}, and the swap happens only while no run is open. As the
 * {@link RunGate} of every run, it holds new runs for that moment, and lets the open ones finish first, so no run is
 * lost; reports stay in the app's cache. Runs closed before a swap are forgotten, as on a restart.
 */
final class EmbeddedServer implements RunGate, DisposableBean {

  /** How long a worker's poll waits on the embedded server; an idle in-process poll costs next to nothing. */
  static final Duration LONG_POLL = Duration.ofSeconds(5);

  private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

  private final int recycleAfter;
  private final SwappableChannel channel;
  private final ExecutorService recycler =
      Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "embedded-temporal-recycler");
        thread.setDaemon(true);
        return thread;
      });
  private final Counter recycles;

  // Guarded by this.
  private TestServer.InProcessTestServer server;
  private int open;
  private int runs;
  private boolean draining;

  EmbeddedServer(int recycleAfter, MeterRegistry meters) {
    this.recycleAfter = recycleAfter;
    this.server = TestServer.createServer(true);
    this.channel = new SwappableChannel(server.getChannel());
    this.recycles = meters.counter("weather.embedded.recycles");
    meters.gauge("weather.embedded.runs", this, EmbeddedServer::runsOnServer);
  }

  ManagedChannel channel() {
    return channel;
  }

  @Override
  public synchronized void enter() {
    while (draining) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the embedded server was being replaced", e);
      }
    }
    open++;
    runs++;
    if (runs >= recycleAfter) {
      draining = true;
      recycler.execute(this::recycleWhenIdle);
    }
  }

  @Override
  public synchronized void leave() {
    open--;
    notifyAll();
  }

  private synchronized double runsOnServer() {
    return runs;
  }

  /** Waits for the open runs to close, swaps in a fresh server, lets the held runs in, then ends the old one. */
  private void recycleWhenIdle() {
    TestServer.InProcessTestServer old;
    ManagedChannel oldChannel;
    int served;
    synchronized (this) {
      while (open > 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          draining = false;
          notifyAll();
          return;
        }
      }
      TestServer.InProcessTestServer next = TestServer.createServer(true);
      old = server;
      server = next;
      oldChannel = channel.swap(next.getChannel());
      served = runs;
      runs = 0;
      draining = false;
      notifyAll();
    }
    // Workers' long polls on the old server fail now and are made again, on the new one. The old server hears of
    // each cancelled poll on a scheduler its close() stops, so it is closed only once its calls are over; a poll
    // still parked there would keep the whole old server in memory.
    oldChannel.shutdownNow();
    try {
      oldChannel.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    old.close();
    recycles.increment();
    log.info("Replaced the embedded Temporal server after {} runs", served);
  }

  @Override
  public void destroy() {
    recycler.shutdownNow();
    synchronized (this) {
      server.close();
    }
  }
}
