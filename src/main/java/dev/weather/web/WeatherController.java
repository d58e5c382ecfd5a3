package dev.weather.web;

import dev.weather.workflow.ForecastService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages: a small form at / and the forecast at /weather. */
@Controller
class WeatherController {

  static final String INDEX_VIEW = "index";
  static final String WEATHER_VIEW = "weather/forecast";

  private final ForecastService forecasts;
  private final DefaultLocation defaultLocation;

  WeatherController(ForecastService forecasts, DefaultLocation defaultLocation) {
    this.forecasts = forecasts;
    this.defaultLocation = defaultLocation;
  }

  @GetMapping("/")
  String index(Model model) {
    model.addAttribute("defaultLocation", defaultLocation);
    return INDEX_VIEW;
  }

  @GetMapping("/weather")
  String weather(LocationParams params, Model model) {
    model.addAttribute("forecast", ForecastView.of(forecasts.forecast(params.toLocation(defaultLocation))));
    return WEATHER_VIEW;
  }
}
