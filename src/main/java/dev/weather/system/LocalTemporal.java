package dev.weather.system;

import dev.weather.system.LocalTemporalProperties.Mode;
import dev.weather.workflow.RunGate;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The Temporal the app runs on while no {@code TEMPORAL_ADDRESS} names a Temporal Service (the
 * starter's target is then {@value #LOCAL}), chosen once as it starts:
 *
 * <ol>
 *   <li>a server already listening on 127.0.0.1 at {@code weather.temporal.local.port}: one a
 *       person started with {@code temporal server start-dev}, as Temporal's tutorials do, or this
 *       app's dev server that outlived a killed app (then stopped with this one);
 *   <li>else the Temporal CLI's dev server, started by the app with its data in {@code
 *       weather.temporal.local.data-dir} (so runs outlive the app) and its Web UI on {@code
 *       ui-port}, and stopped with the app;
 *   <li>else, where no CLI can be had, Temporal's in-memory test server inside the app ({@link
 *       EmbeddedServer}), which forgets every run when the app stops, and says so in the log and in
 *       /actuator/health.
 * </ol>
 *
 * As the {@link RunGate} of every run it lets the in-memory server be replaced while no run is
 * open.
 */
final class LocalTemporal implements RunGate, DisposableBean {

  /**
   * The starter's property for the Temporal Service's address; {@value #LOCAL} while
   * TEMPORAL_ADDRESS is unset.
   */
  static final String TARGET = "spring.temporal.connection.target";

  /** Not "local", which the starter reads as 127.0.0.1:7233 without customizers. */
  static final String LOCAL = "own";

  private static final Logger log = LoggerFactory.getLogger(LocalTemporal.class);
  private static final int CONNECT_MILLIS = 500;

  enum Kind {
    /** Found listening at the port; not ours to stop. */
    RUNNING,
    /** Ours: started by this app, or by one that was killed; stopped with the app. */
    DEV_SERVER,
    IN_MEMORY
  }

  private final Kind kind;
  private final String target;
  private final String description;
  private final DevServer devServer;
  private final EmbeddedServer memory;
  private final String ui;

  private LocalTemporal(
      Kind kind,
      String description,
      DevServer devServer,
      EmbeddedServer memory,
      LocalTemporalProperties local) {
    this.kind = kind;
    this.ui = memory == null ? "http://localhost:" + local.uiPort() : null;
    this.target = memory == null ? target(local) : null;
    this.description = description;
    this.devServer = devServer;
    this.memory = memory;
  }

  /** Chooses as the class says; {@code cli} is the Temporal CLI found on this machine, if any. */
  static LocalTemporal choose(
      LocalTemporalProperties local,
      Optional<Path> cli,
      String namespace,
      Supplier<EmbeddedServer> inMemory) {
    if (local.mode() == Mode.IN_MEMORY) {
      return inMemory(inMemory.get(), local, "weather.temporal.local.mode=in-memory");
    }
    if (listening(local.port())) {
      return alreadyRunning(local, namespace);
    }
    if (cli.isEmpty() && !local.download()) {
      return fallBack(local, inMemory, "no Temporal CLI on the PATH, and downloading it is off");
    }
    try {
      return startDevServer(local, cli, namespace);
    } catch (RuntimeException e) {
      // The SDK's message names the command and the tail of the server's output, or why the
      // download failed.
      return fallBack(local, inMemory, "the Temporal dev server did not start: " + e.getMessage());
    }
  }

  /** A server on the port: the dev server an earlier start left running, or someone else's. */
  private static LocalTemporal alreadyRunning(LocalTemporalProperties local, String namespace) {
    String target = target(local);
    Optional<DevServer> ours = DevServer.leftRunning(local.dataDir());
    Namespaces.ensure(target, namespace);
    if (ours.isPresent()) {
      log.info(
          "Temporal: the dev server an earlier start of this app left running at {} (data in {})",
          target,
          local.dataDir());
      return devServer(ours.get(), local);
    }
    log.info("Temporal: the server already running at {}", target);
    return new LocalTemporal(
        Kind.RUNNING, "Temporal server already running at " + target, null, null, local);
  }

  private static LocalTemporal startDevServer(
      LocalTemporalProperties local, Optional<Path> cli, String namespace) {
    long start = System.nanoTime();
    DevServer server = DevServer.start(cli, local, namespace);
    log.info(
        "Temporal: started the dev server at {} in {} ms ({}), its data in {}, its Web UI at http://localhost:{}",
        target(local),
        (System.nanoTime() - start) / 1_000_000,
        cli.map(Path::toString).orElse("the CLI the SDK downloaded"),
        local.dataDir().toAbsolutePath().resolve(DevServer.DATABASE),
        local.uiPort());
    return devServer(server, local);
  }

  private static LocalTemporal devServer(DevServer server, LocalTemporalProperties local) {
    return new LocalTemporal(
        Kind.DEV_SERVER,
        "dev server at " + target(local) + ", started by this app",
        server,
        null,
        local);
  }

  private static String target(LocalTemporalProperties local) {
    return "127.0.0.1:" + local.port();
  }

  private static LocalTemporal fallBack(
      LocalTemporalProperties local, Supplier<EmbeddedServer> inMemory, String why) {
    if (local.mode() == Mode.DEV_SERVER) {
      throw new IllegalStateException(
          "weather.temporal.local.mode=dev-server, but "
              + why
              + ". Install the Temporal "
              + "CLI ("
              + TemporalCli.HOW_TO_GET
              + ") or set weather.temporal.local.cli");
    }
    log.warn(
        "Temporal: running Temporal's in-memory test server, which forgets every run when the app stops and has "
            + "no Web UI, because {}. For the real one, install the Temporal CLI ({}) or start any Temporal server at "
            + "127.0.0.1:{}",
        why,
        TemporalCli.HOW_TO_GET,
        local.port());
    return inMemory(inMemory.get(), local, why);
  }

  private static LocalTemporal inMemory(
      EmbeddedServer memory, LocalTemporalProperties local, String why) {
    return new LocalTemporal(
        Kind.IN_MEMORY, "in memory, for trying the app (" + why + ")", null, memory, local);
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  Kind kind() {
    return kind;
  }

  /** What /actuator/health says of it. */
  String description() {
    return description;
  }

  /** Points the app's client and workers at it. */
  WorkflowServiceStubsOptions.Builder connect(WorkflowServiceStubsOptions.Builder builder) {
    return memory == null
        ? builder.setTarget(target)
        : builder.setTarget(null).setChannel(memory.channel());
  }

  /**
   * The Web UI: the dev server's at {@code ui-port} (also the CLI's default beside a server found
   * running).
   */
  Optional<String> ui() {
    return Optional.ofNullable(ui);
  }

  @Override
  public void enter() {
    if (memory != null) {
      memory.enter();
    }
  }

  @Override
  public void leave() {
    if (memory != null) {
      memory.leave();
    }
  }

  @Override
  public void destroy() {
    if (memory != null) {
      memory.destroy();
    }
    if (devServer != null) {
      devServer.close();
    }
  }
}
