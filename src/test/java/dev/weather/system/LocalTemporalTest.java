package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.weather.Ports;
import dev.weather.TestTemporal;
import dev.weather.system.LocalTemporal.Kind;
import dev.weather.system.LocalTemporalProperties.Mode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * How the app finds a Temporal of its own, on the real CLI: a server already listening, else the
 * dev server it starts (reused, not started twice, when an app that was killed left it running),
 * else the in-memory server.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalTemporalTest {

  @TempDir Path data;

  @Test
  void startsTheDevServerWithItsDataInTheDataDirectoryAndStopsIt() throws IOException {
    LocalTemporalProperties local = properties(Mode.AUTO, false);

    LocalTemporal temporal =
        LocalTemporal.choose(local, cli(), "weather-local", LocalTemporalTest::noInMemory);
    try {
      assertThat(temporal.kind()).isEqualTo(Kind.DEV_SERVER);
      assertThat(listening(local.port())).isTrue();
      assertThat(listening(local.uiPort())).as("its Web UI").isTrue();
      assertThat(temporal.ui()).hasValue("http://localhost:" + local.uiPort());
      assertThat(data.resolve(DevServer.DATABASE)).exists();
      assertThat(data.resolve(DevServer.DATABASE + "-wal"))
          .as("its database in write-ahead mode")
          .exists();
      assertThat(Files.readString(data.resolve(DevServer.PID)).strip()).matches("\\d+");
      assertThat(temporal.description())
          .isEqualTo("dev server at 127.0.0.1:" + local.port() + ", started by this app");
    } finally {
      temporal.destroy();
    }
    assertThat(listening(local.port())).as("stopped with the app").isFalse();
    assertThat(data.resolve(DevServer.PID)).doesNotExist();
  }

  @Test
  void takesOverTheDevServerAKilledAppLeftRunning() throws IOException {
    LocalTemporalProperties local = properties(Mode.AUTO, false);
    LocalTemporal killed =
        LocalTemporal.choose(local, cli(), "weather-local", LocalTemporalTest::noInMemory);
    long pid = Long.parseLong(Files.readString(data.resolve(DevServer.PID)).strip());
    // The app that started it is gone without stopping it: the next start finds it at its port and
    // in its data.

    LocalTemporal next =
        LocalTemporal.choose(local, cli(), "weather-local", LocalTemporalTest::noInMemory);
    try {
      assertThat(next.kind()).isEqualTo(Kind.DEV_SERVER);
      assertThat(Files.readString(data.resolve(DevServer.PID)).strip())
          .as("no second server")
          .isEqualTo(Long.toString(pid));
    } finally {
      next.destroy();
    }
    assertThat(listening(local.port())).as("stopped with the app that took it over").isFalse();
    // Here the test's JVM is its parent, which reaps it a moment after it exits.
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    killed.destroy();
  }

  @Test
  void usesAServerAlreadyRunningAtThePortAndLeavesItRunning() {
    int port =
        Integer.parseInt(
            TestTemporal.target().substring(TestTemporal.target().lastIndexOf(':') + 1));
    LocalTemporalProperties local =
        new LocalTemporalProperties(Mode.AUTO, null, false, data, port, 1);

    LocalTemporal temporal =
        LocalTemporal.choose(
            local, Optional.empty(), "weather-found", LocalTemporalTest::noInMemory);
    temporal.destroy();

    assertThat(temporal.kind()).isEqualTo(Kind.RUNNING);
    assertThat(temporal.description())
        .isEqualTo("Temporal server already running at 127.0.0.1:" + port);
    assertThat(listening(port)).as("not ours to stop").isTrue();
  }

  @Test
  void fallsBackToTheInMemoryServerWhereNoCliCanBeHadAndSaysHowToGetOne(CapturedOutput output) {
    LocalTemporal temporal =
        LocalTemporal.choose(
            properties(Mode.AUTO, false),
            Optional.empty(),
            "default",
            () -> new EmbeddedServer(300, new SimpleMeterRegistry()));
    temporal.destroy();

    assertThat(temporal.kind()).isEqualTo(Kind.IN_MEMORY);
    assertThat(temporal.ui()).isEmpty();
    assertThat(temporal.description()).startsWith("in memory, for trying the app (no Temporal CLI");
    assertThat(output).contains("forgets every run when the app stops", TemporalCli.HOW_TO_GET);
  }

  @Test
  void refusesToFallBackWhenTheDevServerIsRequired() {
    assertThatThrownBy(
            () ->
                LocalTemporal.choose(
                    properties(Mode.DEV_SERVER, false),
                    Optional.empty(),
                    "default",
                    LocalTemporalTest::noInMemory))
        .hasMessageContaining("weather.temporal.local.mode=dev-server")
        .hasMessageContaining(TemporalCli.HOW_TO_GET);
  }

  @Test
  void inMemoryWhenToldSo() {
    LocalTemporal temporal =
        LocalTemporal.choose(
            properties(Mode.IN_MEMORY, false),
            cli(),
            "default",
            () -> new EmbeddedServer(300, new SimpleMeterRegistry()));
    temporal.destroy();

    assertThat(temporal.kind()).isEqualTo(Kind.IN_MEMORY);
    assertThat(temporal.description())
        .isEqualTo("in memory, for trying the app (weather.temporal.local.mode=in-memory)");
  }

  private LocalTemporalProperties properties(Mode mode, boolean download) {
    return new LocalTemporalProperties(mode, null, download, data, Ports.free(), Ports.free());
  }

  private static Optional<Path> cli() {
    return Optional.of(TestTemporal.requiredCli());
  }

  private static EmbeddedServer noInMemory() {
    throw new AssertionError("the in-memory server, where a real one was to be had");
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
