package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.system.LocalTemporalProperties.Mode;
import dev.weather.workflow.WeatherTemporalProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's options that depend on the app's Temporal: worker heartbeats off for the in-memory
 * server, which does not implement them, and its payloads compressed; a real server gets the SDK's
 * defaults.
 */
class TemporalConfigTest {

  private final LocalTemporal inMemory =
      LocalTemporal.choose(
          new LocalTemporalProperties(Mode.IN_MEMORY, null, false, Path.of("unused"), 7233, 8233),
          Optional.empty(),
          "default",
          () -> new EmbeddedServer(300, new SimpleMeterRegistry()));

  @AfterEach
  void close() {
    inMemory.destroy();
  }

  @Test
  void heartbeatsOffAndPayloadsCompressedForTheInMemoryServer() {
    WorkflowClientOptions options = options(inMemory, true);

    assertThat(options.getWorkerHeartbeatInterval()).isNegative();
    assertThat(options.getDataConverter()).isInstanceOf(CodecDataConverter.class);
  }

  @Test
  void heartbeatsOffWhenTheyAreSwitchedOff() {
    assertThat(options(null, false).getWorkerHeartbeatInterval()).isNegative();
  }

  @Test
  void theSdksDefaultsForARealServer() {
    WorkflowClientOptions defaults = WorkflowClientOptions.newBuilder().build();
    WorkflowClientOptions options = options(null, true);

    assertThat(options.getWorkerHeartbeatInterval())
        .isEqualTo(defaults.getWorkerHeartbeatInterval())
        .isPositive();
    assertThat(options.getDataConverter())
        .as("the SDK's default, set later")
        .isEqualTo(defaults.getDataConverter());
  }

  @Test
  void sizesTheWorkersActivitiesToTheNwsPoolAndTheirWorkflowTasksToTheCores() {
    WeatherTemporalProperties temporal =
        new WeatherTemporalProperties(
            "weather", false, Duration.ofSeconds(10), Duration.ofSeconds(3), true, null);

    WorkerOptions options =
        TemporalConfig.workerOptions(WorkerOptions.newBuilder(), temporal, 48).build();

    assertThat(options.getMaxConcurrentActivityExecutionSize()).isEqualTo(48);
    assertThat(options.getMaxConcurrentLocalActivityExecutionSize()).isEqualTo(48);
    assertThat(options.getMaxConcurrentWorkflowTaskExecutionSize())
        .isEqualTo(4 * Runtime.getRuntime().availableProcessors());
    assertThat(options.getStickyQueueScheduleToStartTimeout()).isEqualTo(Duration.ofSeconds(3));
  }

  private static WorkflowClientOptions options(LocalTemporal local, boolean heartbeats) {
    return TemporalConfig.clientOptions(WorkflowClientOptions.newBuilder(), local, heartbeats)
        .build();
  }
}
