package dev.weather.system;

import dev.weather.workflow.WeatherTemporalProperties;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On shutdown (SIGTERM, or the context closing), once the web server has drained the requests in
 * flight, the workers stop taking tasks and finish and report the ones in hand, for at most {@code
 * weather.temporal.shutdown-timeout}. The starter only calls {@link WorkerFactory#shutdown()} as
 * the bean is destroyed and does not wait (sdk-java #2026): the connection to Temporal closes under
 * activities still running, their results are lost, and Temporal waits out each one's timeout
 * before trying it again elsewhere. This is the one place the workers are stopped (see {@code
 * TemporalConfig.workersStoppedOnce}).
 */
@Component
class WorkerShutdown implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WorkerShutdown.class);

  private final WorkerFactory workers;
  private final Duration timeout;
  private volatile boolean running;

  @Autowired
  WorkerShutdown(WorkerFactory workers, WeatherTemporalProperties temporal) {
    this(workers, temporal.shutdownTimeout());
  }

  WorkerShutdown(WorkerFactory workers, Duration timeout) {
    this.workers = workers;
    this.timeout = timeout;
  }

  @Override
  public void start() {
    running = true; // the starter starts the workers themselves once the app is ready
  }

  @Override
  public void stop() {
    running = false;
    if (!workers.isStarted()) {
      // Never started (spring.temporal.start-workers=false): no task in hand, and nothing to tell
      // Temporal, which
      // may never have been reached (the SDK's shutdown would fail asking it for its capabilities).
      return;
    }
    workers.shutdown();
    long start = System.nanoTime();
    workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (workers.isTerminated()) {
      log.info("Workers stopped after {} ms, their tasks in hand finished", took.toMillis());
    } else {
      log.warn(
          "Workers still busy after {}; tasks still running are left to Temporal's timeouts",
          timeout);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * Just after the web server's graceful shutdown: the requests it drains may still need the
   * workers.
   */
  @Override
  public int getPhase() {
    return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 1;
  }
}
