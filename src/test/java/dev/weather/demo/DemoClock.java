package dev.weather.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The demo's clock: {@code weather.demo.clock}, a date and time with its offset ({@code
 * 2026-12-02T04:00:00-05:00}), starts the app's clock at that moment, from which it runs on, so
 * that the demo can be tried at 4 AM in December at any hour of any day; its NWS answers as for
 * that clock ({@link DemoNws}). Empty: the system's clock. It stands in for the app's own clock
 * (dev.weather.system.ClockConfig) as the primary one, so that nothing is overridden.
 */
@Profile("demo")
@Configuration(proxyBeanMethods = false)
class DemoClock {

  @Bean
  @Primary
  Clock startedClock(@Value("${weather.demo.clock:}") String startsAt) {
    if (startsAt.isBlank()) {
      return Clock.systemUTC();
    }
    return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start(startsAt)));
  }

  static Instant start(String startsAt) {
    try {
      return OffsetDateTime.parse(startsAt.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "weather.demo.clock is a date and time with its offset, such as"
              + " 2026-12-02T04:00:00-05:00, not \""
              + startsAt
              + "\"",
          e);
    }
  }
}
