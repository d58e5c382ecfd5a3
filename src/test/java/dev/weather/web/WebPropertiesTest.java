package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

class WebPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(WebProperties.class)
  static class Bound {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Bound.class);

  @Test
  void readsEachSettingByItsNameInReadmesTable() {
    context
        .withPropertyValues(
            "weather.web.wait=7s",
            "weather.web.suggestions-per-second=3",
            "weather.web.write-deadline=9s",
            "weather.web.write-buffer=1MB",
            "weather.web.max-connections-per-address=0",
            "weather.web.header-deadline=4s")
        .run(
            app ->
                assertThat(app.getBean(WebProperties.class))
                    .isEqualTo(
                        new WebProperties(
                            Duration.ofSeconds(7),
                            3,
                            Duration.ofSeconds(9),
                            DataSize.ofMegabytes(1),
                            0,
                            Duration.ofSeconds(4))));
  }

  @Test
  void defaultsAsReadmeSaysAndRefusesAFloodLimitOfNone() {
    context.run(
        app ->
            assertThat(app.getBean(WebProperties.class))
                .isEqualTo(
                    new WebProperties(
                        Duration.ofSeconds(2),
                        10,
                        Duration.ofSeconds(30),
                        DataSize.ofMegabytes(32),
                        200,
                        Duration.ofSeconds(10))));
    context
        .withPropertyValues("weather.web.suggestions-per-second=0")
        .run(app -> assertThat(app).hasFailed());
  }
}
