package dev.weather.web;

import dev.weather.forecast.Forecast;
import dev.weather.workflow.ForecastService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The forecast as JSON, for the same parameters as the page. */
@RestController
class ForecastApiController {

  private final ForecastService forecasts;
  private final DefaultLocation defaultLocation;

  ForecastApiController(ForecastService forecasts, DefaultLocation defaultLocation) {
    this.forecasts = forecasts;
    this.defaultLocation = defaultLocation;
  }

  @GetMapping("/api/forecast")
  Forecast forecast(LocationParams params) {
    return forecasts.forecast(params.toLocation(defaultLocation));
  }
}
