package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a request controls goes into the log whole up to 100 characters, and cut after them. */
class LogTextTest {

  @Test
  void keepsTextUpToTheLimitAndCutsWhatIsLonger() {
    String hundred = "a".repeat(LogText.MAX);

    assertThat(LogText.cap(null)).isNull();
    assertThat(LogText.cap("/weather?q=%3Cb%3E")).isEqualTo("/weather?q=%3Cb%3E");
    assertThat(LogText.cap(hundred)).isEqualTo(hundred);
    assertThat(LogText.cap(hundred + "b")).isEqualTo(hundred + "…");
  }
}
