package dev.weather.web;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.place.Gazetteer;
import dev.weather.place.Place;
import dev.weather.workflow.ForecastService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API: the whole weather report for the page's parameters, and place suggestions for the search box. */
@RestController
class ForecastApiController {

  static final int SUGGESTIONS = 10;

  private final ForecastService forecasts;
  private final PlaceLookup places;
  private final Gazetteer gazetteer;

  ForecastApiController(ForecastService forecasts, PlaceLookup places, Gazetteer gazetteer) {
    this.forecasts = forecasts;
    this.places = places;
    this.gazetteer = gazetteer;
  }

  /** The report as JSON; the place is null for a bare NWS grid. */
  record Report(
      Place place, Forecast forecast, Units units, List<HourlyPeriod> hourly, List<Alert> alerts,
      Set<Part> unavailable) {}

  /** A suggestion: what to show, and the query that finds exactly this place. */
  record Suggestion(String label, String query, String name, String state, String zip, double latitude,
      double longitude, int population) {

    static Suggestion of(Place p) {
      String label = p.zip() == null ? p.label() : p.zip() + " " + p.label();
      return new Suggestion(label, p.query(), p.name(), p.state(), p.zip(), p.latitude(), p.longitude(),
          p.population());
    }
  }

  @GetMapping("/api/forecast")
  Report forecast(
      WeatherParams params,
      @CookieValue(name = UnitsCookie.NAME, required = false) String unitsCookie,
      HttpServletResponse response) {
    Units units = UnitsCookie.choose(params, unitsCookie, response);
    Lookup lookup = places.lookup(params);
    if (lookup instanceof Lookup.Choose choose) {
      throw new PlaceNotFoundException(choose.query(), choose.places(), true);
    }
    if (lookup instanceof Lookup.NotFound notFound) {
      throw new PlaceNotFoundException(notFound.query(), notFound.closeMatches(), false);
    }
    Lookup.Found found = (Lookup.Found) lookup;
    WeatherReport report = forecasts.report(found.location(), units);
    return new Report(found.place(), report.forecast(), report.units(), report.hourly(), report.alerts(),
        report.unavailable());
  }

  @GetMapping("/api/places")
  List<Suggestion> suggest(@RequestParam(name = "q", required = false) String q) {
    if (q == null || q.length() > 100) {
      return List.of();
    }
    return gazetteer.suggest(q, SUGGESTIONS).stream().map(Suggestion::of).toList();
  }
}
