package dev.weather.endtoend;

import static org.awaitility.Awaitility.await;

import dev.weather.TestTemporal;
import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A Temporal dev server of a test's own, on its own SQLite file, to be killed and started again on
 * it (the tests' shared one, {@link TestTemporal}, outlives every test).
 */
final class OwnDevServer {

  private OwnDevServer() {}

  /**
   * Starts the CLI's dev server on 127.0.0.1:{@code port} with {@code db}; waits until it listens.
   */
  static Process start(int port, Path db, String log) throws IOException {
    Process process =
        new ProcessBuilder(
                List.of(
                    TestTemporal.requiredCli().toString(),
                    "server",
                    "start-dev",
                    "--ip",
                    "127.0.0.1",
                    "--port",
                    Integer.toString(port),
                    "--headless",
                    "--log-level",
                    "warn",
                    "--db-filename",
                    db.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/" + log + ".log")))
            .start();
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(
            () -> {
              new Socket("127.0.0.1", port).close();
              return true;
            });
    return process;
  }
}
