package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weather.WeatherApplication;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/** TEMPORAL_ADDRESS alone moves the app from the embedded server to a real Temporal Service. */
@DirtiesContext
@SpringBootTest(
    properties = {
      "TEMPORAL_ADDRESS=" + RealTemporalServiceTest.NOWHERE,
      "TEMPORAL_NAMESPACE=weather-prod",
      // Nothing listens there: do not start polling workers against it.
      "spring.temporal.start-workers=false"
    })
@ExtendWith(OutputCaptureExtension.class)
class RealTemporalServiceTest {

  static final String NOWHERE = "127.0.0.1:17233";

  @Autowired private ApplicationContext context;
  @Autowired private WorkflowClient client;

  @Test
  void connectsToTheConfiguredAddressInsteadOfTheEmbeddedServer() {
    assertThat(context.getBeansOfType(TestWorkflowEnvironment.class)).isEmpty();
    assertThat(client.getWorkflowServiceStubs().getOptions().getTarget()).isEqualTo(NOWHERE);
    assertThat(client.getOptions().getNamespace()).isEqualTo("weather-prod");
    assertThat(client.getOptions().getWorkerHeartbeatInterval())
        .as("worker heartbeats, the SDK's default")
        .isEqualTo(WorkflowClientOptions.newBuilder().build().getWorkerHeartbeatInterval());
  }

  @Test
  void stopsQuietlyWhenTemporalWasNeverReached(CapturedOutput output) {
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(WeatherApplication.class)
            .run(
                "--server.port=0",
                "--TEMPORAL_ADDRESS=" + NOWHERE,
                "--spring.temporal.start-workers=false",
                "--spring.jmx.enabled=false");
    int before = output.getAll().length();

    app.close();

    // What stopping against an unreachable Temporal logged: failed lifecycle and destroy calls,
    // with stack traces.
    assertThat(output.getAll().substring(before))
        .doesNotContain("Failed to stop bean", "destroy method", "UNAVAILABLE", "\tat ");
  }

  @Test
  void refusesToStartWithoutATemporalServiceWhereOneIsRequired(CapturedOutput output) {
    SpringApplicationBuilder app = new SpringApplicationBuilder(WeatherApplication.class);

    assertThatThrownBy(
            () ->
                app.run(
                    "--server.port=0",
                    "--weather.temporal.require-service=true",
                    "--spring.jmx.enabled=false"))
        .hasRootCauseInstanceOf(TemporalServiceRequiredException.class);
    assertThat(output.getAll())
        .contains(
            "APPLICATION FAILED TO START",
            "This deployment must use a Temporal Service (weather.temporal.require-service=true)",
            "Set TEMPORAL_ADDRESS to the Temporal Service's host:port");
  }
}
