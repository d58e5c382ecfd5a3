package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedTemporalTest {

  private final EmbeddedTemporal embedded = new EmbeddedTemporal();

  @Test
  void runsTheInMemoryServerWhenNoTemporalServiceIsConfigured() {
    MockEnvironment environment = new MockEnvironment().withProperty(EmbeddedTemporal.TARGET, "");

    embedded.postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(EmbeddedTemporal.ENABLED, Boolean.class)).isTrue();
  }

  @Test
  void switchesItOffWhenAnAddressIsGiven() {
    MockEnvironment environment = new MockEnvironment().withProperty(EmbeddedTemporal.TARGET, "temporal:7233");

    embedded.postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(EmbeddedTemporal.ENABLED, Boolean.class)).isFalse();
  }

  @Test
  void leavesAnExplicitChoiceAlone() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty(EmbeddedTemporal.TARGET, "temporal:7233")
            .withProperty(EmbeddedTemporal.ENABLED, "true");

    embedded.postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(EmbeddedTemporal.ENABLED, Boolean.class)).isTrue();
  }
}
