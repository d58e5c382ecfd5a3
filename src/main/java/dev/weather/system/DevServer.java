package dev.weather.system;

import io.temporal.testing.TemporalDevServer;
import io.temporal.testing.TemporalDevServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Temporal's dev server ({@code temporal server start-dev}: the whole Temporal Server, its Web UI and SQLite
 * persistence, in the CLI's one binary) as a child process of the app, started through the SDK's
 * {@link TemporalDevServer}. Its process ID is written beside its database: a server that outlived a killed app is
 * found there on the next start, used, and stopped with that app, never started twice.
 */
final class DevServer implements AutoCloseable {

  static final String DATABASE = "temporal.db";
  static final String LOG = "dev-server.log";
  static final String PID = "dev-server.pid";
  private static final Duration STOP_WITHIN = Duration.ofSeconds(10);

  /** Null for a server a killed app left running. */
  private final TemporalDevServer started;
  private final ProcessHandle process;
  private final Path pidFile;

  private DevServer(TemporalDevServer started, ProcessHandle process, Path pidFile) {
    this.started = started;
    this.process = process;
    this.pidFile = pidFile;
  }

  /**
   * Starts it on 127.0.0.1 at the configured ports, with {@code namespace}, from {@code cli}, or from the CLI the SDK
   * downloads (or has downloaded before) where downloading is allowed.
   */
  static DevServer start(Optional<Path> cli, LocalTemporalProperties local, String namespace) {
    Path dir = local.dataDir().toAbsolutePath();
    createDirectories(dir);
    TemporalDevServerOptions.Builder options = TemporalDevServerOptions.newBuilder()
        .setIp("127.0.0.1")
        .setPort(local.port())
        .setUiEnabled(true)
        .setUiPort(local.uiPort())
        .setDatabaseFilename(dir.resolve(DATABASE).toString())
        .setLogFile(dir.resolve(LOG).toString())
        .setDownloadEnabled(local.download());
    cli.ifPresent(path -> options.setExistingPath(path.toAbsolutePath().toString()));
    TemporalDevServer server = TemporalDevServer.start(namespace, options.build());
    // The SDK keeps the child's Process to itself; it is this JVM's child running a Temporal CLI.
    ProcessHandle child = ProcessHandle.current().children().filter(DevServer::isTemporal)
        .max(Comparator.comparing(process -> process.info().startInstant().orElse(Instant.MIN))).orElse(null);
    Path pidFile = dir.resolve(PID);
    if (child != null) {
      write(pidFile, Long.toString(child.pid()));
    }
    return new DevServer(server, child, pidFile);
  }

  /** The dev server an app that was killed left running with this data directory, if it still runs. */
  static Optional<DevServer> leftRunning(Path dataDir) {
    Path pidFile = dataDir.toAbsolutePath().resolve(PID);
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(DevServer::isTemporal)
          .map(process -> new DevServer(null, process, pidFile));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  Optional<Long> pid() {
    return Optional.ofNullable(process).map(ProcessHandle::pid);
  }

  @Override
  public void close() {
    if (started != null) {
      started.close();
    } else if (process != null) {
      process.destroy();
      try {
        process.onExit().get(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      } catch (ExecutionException | TimeoutException e) {
        process.destroyForcibly();
      }
    }
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      // Harmless: the next start finds no such process under that ID.
    }
  }

  private static boolean isTemporal(ProcessHandle process) {
    return process.info().command().map(Path::of).map(Path::getFileName).map(Path::toString)
        .filter(name -> name.startsWith("temporal")).isPresent();
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the Temporal data directory " + dir, e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
