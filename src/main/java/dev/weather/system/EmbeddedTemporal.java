package dev.weather.system;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Runs Temporal's in-memory server inside the app unless a real Temporal Service is configured: setting
 * {@code TEMPORAL_ADDRESS} (that is, {@code spring.temporal.connection.target}) is enough to switch it off. An
 * explicit {@code spring.temporal.test-server.enabled} still wins, since this source comes last.
 */
public class EmbeddedTemporal implements EnvironmentPostProcessor {

  static final String ENABLED = "spring.temporal.test-server.enabled";
  static final String TARGET = "spring.temporal.connection.target";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean embedded = !StringUtils.hasText(environment.getProperty(TARGET));
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("embeddedTemporal", embedded
            // Each replacement of the embedded server ends the workers' open long polls: expected, not worth a
            // warning with a stack trace for every poller thread. LongPolls logs any other poll failure, once.
            ? Map.of(ENABLED, true, "logging.level.io.temporal.internal.worker.BasePoller", "ERROR")
            : Map.of(ENABLED, false)));
  }
}
