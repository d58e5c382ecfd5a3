package dev.weather.web;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Location;
import dev.weather.forecast.Units;
import dev.weather.place.Place;
import dev.weather.report.Answer;
import dev.weather.report.Reports;
import dev.weather.report.RunNotFoundException;
import dev.weather.watch.WatchProperties;
import dev.weather.web.view.GlanceView;
import dev.weather.web.view.ProgressPage;
import dev.weather.web.view.WeatherPage;
import dev.weather.workflow.ReportKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages: the search at /, and at /weather the forecast, a choice between places, or "no place
 * called ...". A forecast that is not ready within {@code weather.web.wait} is answered with what
 * there is (an older report, the report so far, or the run's progress), and the page then follows
 * the run at its stable address, /weather/runs/{workflowId}. Answers are futures, so no server
 * thread waits for a run.
 */
@Controller
class WeatherController {

  static final String INDEX_VIEW = "index";
  static final String WEATHER_VIEW = "weather/forecast";
  static final String PROGRESS_VIEW = "weather/progress";
  static final String CHOOSE_VIEW = "weather/choose";
  static final String NOT_FOUND_VIEW = "weather/not-found";

  private final Reports reports;
  private final ForecastView forecastView;
  private final PlaceLookup places;
  private final RunLinks links;
  private final WebProperties web;
  private final Explanations explanations;
  private final WatchProperties watch;
  private final Clock clock;

  WeatherController(
      Reports reports,
      ForecastView forecastView,
      PlaceLookup places,
      RunLinks links,
      WebProperties web,
      Explanations explanations,
      WatchProperties watch,
      Clock clock) {
    this.reports = reports;
    this.watch = watch;
    this.explanations = explanations;
    this.forecastView = forecastView;
    this.places = places;
    this.links = links;
    this.web = web;
    this.clock = clock;
  }

  /**
   * The search, and the weather of the person's recent places (else the default place) at a glance:
   * each within {@code weather.web.wait}, as on its own page; one not ready by then says so and
   * links to its page.
   */
  @GetMapping("/")
  CompletableFuture<ModelAndView> index(
      @ModelAttribute(RecentPlacesModel.RECENT) List<RecentPlace> recent,
      @CookieValue(name = UnitsCookie.NAME, required = false) String unitsCookie) {
    Units units = Units.of(unitsCookie).orElse(Units.US);
    List<RecentPlace> shown = recent.stream().filter(r -> r.found() != null).toList();
    if (shown.isEmpty()) {
      Lookup.Found home = places.home();
      shown = List.of(new RecentPlace(null, home.place().label(), home));
    }
    List<CompletableFuture<GlanceView>> glances =
        shown.stream().map(r -> glance(r, units)).toList();
    boolean recentOnes = shown.get(0).query() != null;
    return CompletableFuture.allOf(glances.toArray(CompletableFuture[]::new))
        .thenApply(
            all ->
                new ModelAndView(INDEX_VIEW)
                    .addObject("glances", glances.stream().map(CompletableFuture::join).toList())
                    .addObject("recentGlances", recentOnes));
  }

  private CompletableFuture<GlanceView> glance(RecentPlace place, Units units) {
    String link =
        UriComponentsBuilder.fromPath("/weather")
            .queryParamIfPresent("q", Optional.ofNullable(place.query()))
            .encode()
            .build()
            .toUriString();
    return reports
        .answerWithin(new ReportKey(place.found().location(), units), web.pageWait())
        .handle(
            (answer, failure) ->
                failure == null
                    ? GlanceView.of(place.label(), link, answer, clock.instant())
                    : GlanceView.without(
                        place.label(), link, "No forecast right now: open it to see why."));
  }

  @GetMapping("/weather")
  CompletableFuture<ModelAndView> weather(
      WeatherParams params,
      @CookieValue(name = UnitsCookie.NAME, required = false) String unitsCookie,
      HttpServletRequest request,
      HttpServletResponse response) {
    Units units = UnitsCookie.choose(params, unitsCookie, request, response);
    Lookup lookup = places.lookup(params);
    if (lookup instanceof Lookup.Choose choose) {
      ModelAndView page = new ModelAndView(CHOOSE_VIEW);
      page.addObject("query", params.q());
      page.addObject("places", choose.places());
      return CompletableFuture.completedFuture(page);
    }
    if (lookup instanceof Lookup.NotFound notFound) {
      ModelAndView page = new ModelAndView(NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
      page.addObject("query", params.q());
      page.addObject("closeMatches", notFound.closeMatches());
      return CompletableFuture.completedFuture(page);
    }
    Lookup.Found found = (Lookup.Found) lookup;
    recentQuery(params, found).ifPresent(q -> RecentPlaces.remember(q, request, response));
    ReportKey key = new ReportKey(found.location(), units);
    return reports
        .answerWithin(key, web.pageWait())
        .thenApply(
            answer ->
                page(answer, found.place(), params.placeParams(), params.q())
                    .addObject(ForecastView.KEEP, true));
  }

  /**
   * A run's stable address: its progress while it runs, then its forecast (or why there is none);
   * once that is out of date, the place's own page. Never kept by the browser, since the same
   * address shows newer runs of the place: its forecast is not marked {@link ForecastView#KEEP},
   * and every other answer is {@code no-store} by default ({@link SecurityHeaders}).
   */
  @GetMapping("/weather/runs/{workflowId}")
  CompletableFuture<ModelAndView> run(@PathVariable String workflowId) {
    ReportKey key = ReportKey.of(workflowId).orElseThrow(RunNotFoundException::new);
    Location location = key.location();
    return reports
        .answerNow(key)
        .thenApply(
            answer -> page(answer, places.named(location), RunLinks.placeParams(location), null));
  }

  private ModelAndView page(
      Answer answer, Place place, Map<String, String> placeParams, String query) {
    ModelAndView page = new ModelAndView();
    page.addObject("query", query);
    ReportKey key = answer.key();
    String temporalUi = links.temporalUi(key);
    if (answer instanceof Answer.Fetching fetching) {
      Optional<Failure> unreachable = explanations.unreachable();
      if (unreachable.isPresent()) {
        return unreachable.get().page().addObject("query", query);
      }
      page.setViewName(PROGRESS_VIEW);
      page.addObject(
          "progress",
          ProgressPage.of(place, fetching, clock.instant(), links.page(key), temporalUi));
      page.addObject("refresh", links.refresh(key));
      page.addObject("state", "fetching");
      return page;
    }
    Answer.Shown shown = (Answer.Shown) answer;
    page.setView(forecastView);
    page.addObject(
        "page",
        WeatherPage.of(
            place,
            shown,
            link(placeParams, Units.US),
            link(placeParams, Units.SI),
            DiscussionController.link(placeParams),
            temporalUi,
            clock.instant()));
    if (shown.state().refreshes()) {
      page.addObject("refresh", links.refresh(key));
      page.addObject("state", JsonNames.of(shown.state()));
    }
    if (key.location().point() != null) {
      // The watch form names the place as this page's address does.
      page.addObject("watchPlace", placeParams);
      page.addObject("watchOptions", watch);
    }
    return page;
  }

  /**
   * What finds this place again from the search box: its name or ZIP, or the point; nothing for a
   * bare grid.
   */
  private static Optional<String> recentQuery(WeatherParams params, Lookup.Found found) {
    Coordinates point = found.location().point();
    if (found.place() == null || point == null) {
      return Optional.empty();
    }
    return Optional.of(
        params.q() != null && !params.q().isBlank()
            ? found.place().query()
            : Coordinates.degrees(point.latitude())
                + ", "
                + Coordinates.degrees(point.longitude()));
  }

  /** The same page in other units: /weather?q=Boston%2C%20MA&units=si. */
  private static String link(Map<String, String> place, Units units) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/weather");
    place.forEach(link::queryParam);
    return link.queryParam("units", units.code()).encode().build().toUriString();
  }
}
