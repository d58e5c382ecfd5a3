package dev.weather.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Temporal settings the starter's properties do not reach. */
@Configuration(proxyBeanMethods = false)
class TemporalConfig {

  /**
   * The embedded server skips time by default, which collapses retry backoff and Retry-After to nothing (six calls
   * to a failing NWS within 120 ms). In the running app it must keep real time; time skipping is for tests.
   */
  @Bean
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> embeddedServerInRealTime() {
    return builder -> builder.setUseTimeskipping(false);
  }

  /** The embedded server is the app's own, so it can be replaced before it slows down (see EmbeddedServer). */
  @Bean
  @ConditionalOnProperty(name = EmbeddedTemporal.ENABLED, havingValue = "true")
  EmbeddedServer embeddedServer(
      @Value("${weather.embedded.recycle-after:300}") int recycleAfter, MeterRegistry meters) {
    return new EmbeddedServer(recycleAfter, meters);
  }

  /** The starter's test environment then talks to it as to an outside service, through its swappable channel. */
  @Bean
  @ConditionalOnProperty(name = EmbeddedTemporal.ENABLED, havingValue = "true")
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> embeddedServerOfOurOwn(EmbeddedServer server) {
    return builder ->
        builder
            .setUseExternalService(true)
            .setWorkflowServiceStubsOptions(
                WorkflowServiceStubsOptions.newBuilder().setChannel(server.channel()).build());
  }
}
