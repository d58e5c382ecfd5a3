package dev.weather.web;

import dev.weather.forecast.Units;
import dev.weather.report.Answer;
import dev.weather.report.Reports;
import dev.weather.web.view.DiscussionPage;
import dev.weather.workflow.ReportKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forecasters' words, at /weather/discussion with the forecast page's parameters: the office's
 * latest discussion and outlook, from the same run and report as the place's forecast, so they are
 * fetched, retried and kept as it is. Anything but a found place with a report goes to the forecast
 * page, which says what there is instead (a choice, no such place, the run's progress).
 */
@Controller
class DiscussionController {

  static final String VIEW = "weather/discussion";

  private final Reports reports;
  private final PlaceLookup places;
  private final WebProperties web;

  DiscussionController(Reports reports, PlaceLookup places, WebProperties web) {
    this.reports = reports;
    this.places = places;
    this.web = web;
  }

  @GetMapping("/weather/discussion")
  CompletableFuture<ModelAndView> discussion(
      WeatherParams params,
      @CookieValue(name = UnitsCookie.NAME, required = false) String unitsCookie,
      HttpServletRequest request,
      HttpServletResponse response) {
    Units units = UnitsCookie.choose(params, unitsCookie, request, response);
    String forecast = forecastLink(params.placeParams());
    if (!(places.lookup(params) instanceof Lookup.Found found)) {
      return CompletableFuture.completedFuture(new ModelAndView("redirect:" + forecast));
    }
    return reports
        .answerWithin(new ReportKey(found.location(), units), web.pageWait())
        .thenApply(
            answer ->
                answer instanceof Answer.Shown shown
                    ? new ModelAndView(VIEW)
                        .addObject("discussion", DiscussionPage.of(found.place(), shown, forecast))
                    : new ModelAndView("redirect:" + forecast));
  }

  /** The discussion page of the place the parameters name: /weather/discussion?q=Boston%2C%20MA. */
  static String link(Map<String, String> place) {
    return withPlace("/weather/discussion", place);
  }

  private static String forecastLink(Map<String, String> place) {
    return withPlace("/weather", place);
  }

  private static String withPlace(String path, Map<String, String> place) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
    place.forEach(link::queryParam);
    return link.encode().build().toUriString();
  }
}
