package dev.weather.web;

import dev.weather.web.view.Forecasts;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The app's one source of "now", fixed for web slices at {@link Forecasts#FETCHED}. */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

  @Bean
  Clock clock() {
    return Clock.fixed(Forecasts.FETCHED, ZoneOffset.UTC);
  }
}
