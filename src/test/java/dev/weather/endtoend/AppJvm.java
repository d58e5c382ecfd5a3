package dev.weather.endtoend;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The app, or another main class of the test class path, in a JVM of its own: to be killed as
 * production is.
 */
final class AppJvm {

  private AppJvm() {}

  /** Starts {@code mainClass} with {@code args}; its output goes to target/NAME.log. */
  static Process start(String name, String mainClass, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(new File("target/" + name + ".log"))
        .start();
  }
}
