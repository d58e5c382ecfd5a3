package dev.weather.demo;

import dev.weather.WeatherApplication;
import org.springframework.boot.SpringApplication;

/**
 * The app offline, for trying it without internet: the {@code demo} profile, in which an in-process
 * WireMock plays NWS from this package's fixtures ({@link DemoNws}). It lives with the tests, so
 * the production jar carries neither WireMock nor the fixtures. Run it with {@code ./mvnw
 * spring-boot:test-run}.
 */
public final class DemoApplication {

  private DemoApplication() {}

  public static void main(String[] args) {
    SpringApplication.from(WeatherApplication::main).withAdditionalProfiles("demo").run(args);
  }
}
