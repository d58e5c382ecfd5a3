package dev.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's Java (bench/*.java and the floor) compiles against the code as it is: bench/run
 * compiles it only when someone runs the benchmark, so a change to a constructor it calls would
 * otherwise go unseen until then.
 */
class BenchSourcesTest {

  @Test
  void compilesAgainstTheAppAndItsTests(@TempDir Path classes) throws IOException {
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("bench"))) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(sources::add);
    }
    assertThat(sources)
        .as("the floor and the load generators")
        .anySatisfy(f -> assertThat(f).endsWith("FloorRuns.java"));
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-proc:none",
                "-cp",
                System.getProperty("java.class.path")));
    arguments.addAll(sources);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(null, errors, errors, arguments.toArray(String[]::new));

    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
  }
}
