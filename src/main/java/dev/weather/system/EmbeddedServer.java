package dev.weather.system;

import dev.weather.workflow.RunGate;
import io.grpc.ManagedChannel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.testserver.TestServer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The in-memory Temporal server the app runs when it has no real one (see {@link LocalTemporal}),
 * replaced by a fresh one every {@code weather.embedded.recycle-after} runs. The SDK's test server
 * keeps every run and slows down as they pile up (docs/embedded-server.md), so it is recycled, in
 * process and through public API only: the app's client and workers talk to it through a {@link
 * SwappableChannel}, and the swap happens only while no run is open. As the {@link RunGate} of
 * every run, it holds new runs for that moment, and lets the open ones finish first, so no run is
 * lost; reports stay in the app's cache. Runs closed before a swap are forgotten, as on a restart.
 */
final class EmbeddedServer implements RunGate {

  /**
   * How long a replaced server stays up. A poll that the swap cancels ends on the old server only
   * through its scheduler, which {@code close()} stops: closed too soon, the poll stays parked for
   * ever, and with it the old server and all its runs. In process the cancellation reaches that
   * scheduler within milliseconds; the rest is room for a busy machine (docs/embedded-server.md,
   * "Polls after a quiet spell").
   */
  static final Duration CLOSE_AFTER = Duration.ofSeconds(7);

  private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

  private final int recycleAfter;
  private final Supplier<TestServer.InProcessTestServer> servers;
  private final SwappableChannel channel;
  private final ExecutorService recycler =
      Executors.newSingleThreadExecutor(daemon("embedded-temporal-recycler"));
  private final ScheduledExecutorService closer =
      Executors.newSingleThreadScheduledExecutor(daemon("embedded-temporal-closer"));
  private final Counter recycles;

  /** Replaced servers waiting out {@link #CLOSE_AFTER}; whoever takes one out closes it. */
  private final Set<TestServer.InProcessTestServer> replaced = ConcurrentHashMap.newKeySet();

  // Guarded by this.
  private TestServer.InProcessTestServer server;
  private int open;
  private int runs;
  private boolean draining;

  EmbeddedServer(int recycleAfter, MeterRegistry meters) {
    this(recycleAfter, meters, () -> TestServer.createServer(true));
  }

  EmbeddedServer(
      int recycleAfter, MeterRegistry meters, Supplier<TestServer.InProcessTestServer> servers) {
    // Each replacement ends the workers' open long polls: expected, not worth the SDK's warning
    // with a stack trace for
    // every poller thread. LongPolls logs any other poll failure, once.
    LoggingSystem.get(EmbeddedServer.class.getClassLoader())
        .setLogLevel("io.temporal.internal.worker.BasePoller", LogLevel.ERROR);
    this.recycleAfter = recycleAfter;
    this.servers = servers;
    this.server = servers.get();
    this.channel = new SwappableChannel(server.getChannel());
    this.recycles = meters.counter("weather.embedded.recycles");
    meters.gauge("weather.embedded.runs", this, EmbeddedServer::runsOnServer);
  }

  /**
   * How the app's client and workers reach this server. Their polls must keep the SDK's deadline
   * (70 s), longer than the test server ever holds a poll (60 s), so an idle poll ends with the
   * server's empty answer. A shorter one is a race: the test server answers at the deadline the
   * client gives (TestWorkflowService.getLongPollDeadline), the moment the client gives up; the
   * poll then ends in DEADLINE_EXCEEDED, a task handed to it in that moment is lost until it times
   * out, and the workers count each such end as a failure and back off, up to a minute between
   * polls after some quiet minutes (issue 19).
   */
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
        throw new IllegalStateException(
            "interrupted while the embedded server was being replaced", e);
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

  /**
   * Waits for the open runs to close, swaps in a fresh server, lets the held runs in, then ends the
   * old one.
   */
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
      TestServer.InProcessTestServer next = servers.get();
      old = server;
      server = next;
      oldChannel = channel.swap(next.getChannel());
      served = runs;
      runs = 0;
      draining = false;
      notifyAll();
    }
    // Workers' long polls on the old server fail now and are made again, on the new one.
    oldChannel.shutdownNow();
    replaced.add(old);
    closer.schedule(() -> close(old), CLOSE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    recycles.increment();
    log.info("Replaced the embedded Temporal server after {} runs", served);
  }

  private void close(TestServer.InProcessTestServer old) {
    if (replaced.remove(old)) {
      old.close();
    }
  }

  void destroy() {
    // Replaced servers not yet closed are closed now (a delayed task that shutdownNow hands back no
    // longer runs).
    recycler.shutdownNow();
    closer.shutdownNow();
    replaced.forEach(this::close);
    synchronized (this) {
      server.close();
    }
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
