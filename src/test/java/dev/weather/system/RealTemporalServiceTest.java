package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/** TEMPORAL_ADDRESS alone moves the app from the embedded server to a real Temporal Service. */
@DirtiesContext
@SpringBootTest(
    properties = {
      "TEMPORAL_ADDRESS=127.0.0.1:17233",
      "TEMPORAL_NAMESPACE=weather-prod",
      // Nothing listens there: do not start polling workers against it.
      "spring.temporal.start-workers=false"
    })
class RealTemporalServiceTest {

  @Autowired private ApplicationContext context;
  @Autowired private WorkflowClient client;

  @Test
  void connectsToTheConfiguredAddressInsteadOfTheEmbeddedServer() {
    assertThat(context.getBeansOfType(TestWorkflowEnvironment.class)).isEmpty();
    assertThat(client.getWorkflowServiceStubs().getOptions().getTarget()).isEqualTo("127.0.0.1:17233");
    assertThat(client.getOptions().getNamespace()).isEqualTo("weather-prod");
  }
}
