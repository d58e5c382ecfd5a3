package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowClientOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Worker heartbeats are off where the Temporal Service is the test server, which does not implement them. */
class TemporalConfigTest {

  private final TemporalConfig config = new TemporalConfig();

  @Test
  void offForTheEmbeddedServer() {
    assertThat(heartbeatInterval(true, true)).isNegative();
  }

  @Test
  void offWhenTheyAreSwitchedOff() {
    assertThat(heartbeatInterval(false, false)).isNegative();
  }

  @Test
  void theSdksDefaultForATemporalService() {
    assertThat(heartbeatInterval(false, true))
        .isEqualTo(WorkflowClientOptions.newBuilder().build().getWorkerHeartbeatInterval()).isPositive();
  }

  private Duration heartbeatInterval(boolean embedded, boolean heartbeats) {
    WorkflowClientOptions.Builder builder = WorkflowClientOptions.newBuilder();
    return config.workerHeartbeats(embedded, heartbeats).customize(builder).build().getWorkerHeartbeatInterval();
  }
}
