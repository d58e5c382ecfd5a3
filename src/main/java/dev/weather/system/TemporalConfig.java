package dev.weather.system;

import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
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
}
