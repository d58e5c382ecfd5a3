package dev.weather.web;

import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.ForecastService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The pages: the search at /, and at /weather the forecast, a choice between places, or "no place called ...". */
@Controller
class WeatherController {

  static final String INDEX_VIEW = "index";
  static final String WEATHER_VIEW = "weather/forecast";
  static final String CHOOSE_VIEW = "weather/choose";
  static final String NOT_FOUND_VIEW = "weather/not-found";

  private final ForecastService forecasts;
  private final PlaceLookup places;

  WeatherController(ForecastService forecasts, PlaceLookup places) {
    this.forecasts = forecasts;
    this.places = places;
  }

  @GetMapping("/")
  String index() {
    return INDEX_VIEW;
  }

  @GetMapping("/weather")
  String weather(
      WeatherParams params,
      @CookieValue(name = UnitsCookie.NAME, required = false) String unitsCookie,
      Model model,
      HttpServletResponse response) {
    Units units = UnitsCookie.choose(params, unitsCookie, response);
    model.addAttribute("query", params.q());
    Lookup lookup = places.lookup(params);
    if (lookup instanceof Lookup.Choose choose) {
      model.addAttribute("places", choose.places());
      return CHOOSE_VIEW;
    }
    if (lookup instanceof Lookup.NotFound notFound) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("closeMatches", notFound.closeMatches());
      return NOT_FOUND_VIEW;
    }
    Lookup.Found found = (Lookup.Found) lookup;
    WeatherReport report = forecasts.report(found.location(), units);
    Map<String, String> place = params.placeParams();
    model.addAttribute(
        "page", WeatherPage.of(found.place(), report, link(place, Units.US), link(place, Units.SI)));
    return WEATHER_VIEW;
  }

  /** The same page in other units: /weather?q=Boston%2C%20MA&units=si. */
  private static String link(Map<String, String> place, Units units) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/weather");
    place.forEach(link::queryParam);
    return link.queryParam("units", units.code()).encode().build().toUriString();
  }
}
