package dev.weather.system;

import io.temporal.testing.TemporalDevServer;
import io.temporal.testing.TemporalDevServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Temporal's dev server ({@code temporal server start-dev}: the whole Temporal Server, its Web UI
 * and SQLite persistence, in the CLI's one binary) as a child process of the app. Its process ID is
 * written beside its database: a server that outlived a killed app is found there on the next
 * start, used, and stopped with that app, never started twice. Where {@code setsid} exists it runs
 * in a session of its own, so the Ctrl-C a terminal sends its foreground processes reaches only the
 * app, which stops it last, after its workers have reported their work.
 */
final class DevServer implements AutoCloseable {

  static final String DATABASE = "temporal.db";
  static final String LOG = "dev-server.log";
  static final String PID = "dev-server.pid";

  private static final Duration READY_WITHIN = Duration.ofSeconds(30);
  private static final Duration STOP_WITHIN = Duration.ofSeconds(10);

  /** The SDK's launcher, for a CLI it downloaded; else null. */
  private final TemporalDevServer downloaded;

  private final ProcessHandle process;
  private final Path pidFile;

  private DevServer(TemporalDevServer downloaded, ProcessHandle process, Path pidFile) {
    this.downloaded = downloaded;
    this.process = process;
    this.pidFile = pidFile;
  }

  /**
   * Starts it on 127.0.0.1 at the configured ports with {@code namespace}, from {@code cli}, or
   * where there is none (and downloading is allowed) from the CLI the SDK downloads, or downloaded
   * before, through its own launcher.
   */
  static DevServer start(Optional<Path> cli, LocalTemporalProperties local, String namespace) {
    Path dir = local.dataDir().toAbsolutePath();
    try {
      Files.createDirectories(dir);
      DevServer server =
          cli.isPresent()
              ? launch(cli.get(), local, dir, namespace)
              : download(local, dir, namespace);
      Files.writeString(server.pidFile, Long.toString(server.process.pid()));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Temporal's dev server in " + dir, e);
    }
  }

  private static DevServer launch(
      Path cli, LocalTemporalProperties local, Path dir, String namespace) throws IOException {
    List<String> command = new ArrayList<>();
    setsid().ifPresent(setsid -> command.add(setsid.toString()));
    command.addAll(
        List.of(
            cli.toAbsolutePath().toString(),
            "server",
            "start-dev",
            "--ip",
            "127.0.0.1",
            "--port",
            Integer.toString(local.port()),
            "--ui-port",
            Integer.toString(local.uiPort()),
            "--db-filename",
            dir.resolve(DATABASE).toString(),
            "--namespace",
            namespace,
            "--log-level",
            "warn"));
    command.addAll(TemporalCli.DEV_SERVER_SQLITE);
    Path log = dir.resolve(LOG);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      Namespaces.awaitServed(
          "127.0.0.1:" + local.port(), namespace, READY_WITHIN, process::isAlive);
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command)
              + " did not start: "
              + e.getMessage()
              + "; its output: "
              + tail(log),
          e);
    }
    return new DevServer(null, process.toHandle(), dir.resolve(PID));
  }

  private static DevServer download(LocalTemporalProperties local, Path dir, String namespace) {
    TemporalDevServer server =
        TemporalDevServer.start(
            namespace,
            TemporalDevServerOptions.newBuilder()
                .setIp("127.0.0.1")
                .setPort(local.port())
                .setUiEnabled(true)
                .setUiPort(local.uiPort())
                .setDatabaseFilename(dir.resolve(DATABASE).toString())
                .setExtraArgs(TemporalCli.DEV_SERVER_SQLITE)
                .setLogFile(dir.resolve(LOG).toString())
                .setDownloadEnabled(local.download())
                .build());
    // The SDK keeps the child's Process to itself: it is this JVM's child that runs a Temporal CLI.
    ProcessHandle child =
        ProcessHandle.current()
            .children()
            .filter(DevServer::isTemporal)
            .reduce((a, b) -> b)
            .orElseThrow(
                () -> new IllegalStateException("the SDK's dev server runs in no child process"));
    return new DevServer(server, child, dir.resolve(PID));
  }

  /**
   * The dev server an app that was killed left running with this data directory, if it still runs.
   */
  static Optional<DevServer> leftRunning(Path dataDir) {
    Path pidFile = dataDir.toAbsolutePath().resolve(PID);
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(DevServer::isTemporal)
          .map(process -> new DevServer(null, process, pidFile));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    if (downloaded != null) {
      downloaded.close();
    } else {
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
    return process
        .info()
        .command()
        .map(Path::of)
        .map(Path::getFileName)
        .map(Path::toString)
        .filter(name -> name.startsWith("temporal"))
        .isPresent();
  }

  private static Optional<Path> setsid() {
    return Stream.of("/usr/bin/setsid", "/bin/setsid")
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    } catch (IOException e) {
      return "(unreadable)";
    }
  }
}
