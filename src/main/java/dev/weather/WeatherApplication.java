package dev.weather;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A National Weather Service forecast page whose calls to NWS run as a durable Temporal workflow.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WeatherApplication {

  public static void main(String[] args) {
    SpringApplication.run(WeatherApplication.class, args);
  }
}
