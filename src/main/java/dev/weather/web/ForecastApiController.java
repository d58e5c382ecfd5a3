package dev.weather.web;

import dev.weather.forecast.Alert;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Part;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.place.Gazetteer;
import dev.weather.place.Place;
import dev.weather.place.PlaceQuery;
import dev.weather.report.Answer;
import dev.weather.report.Reports;
import dev.weather.report.RunNotFoundException;
import dev.weather.web.view.StepView;
import dev.weather.workflow.ReportKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API: the whole weather report for the page's parameters, a run's state, and place
 * suggestions for the search box. A report not ready within {@code weather.web.wait} is answered
 * 202 Accepted with the run's address in {@code Location}, where it is 200 with the report once
 * done: the usual HTTP pattern for long work.
 */
@RestController
class ForecastApiController {

  static final int SUGGESTIONS = 10;

  /** Seconds a client should wait before asking a run again. */
  static final String RETRY_AFTER = "1";

  private final Reports reports;
  private final PlaceLookup places;
  private final Gazetteer gazetteer;
  private final RunLinks links;
  private final WebProperties web;
  private final Explanations explanations;
  private final Clock clock;
  private final SuggestionLimit limit;

  ForecastApiController(
      Reports reports,
      PlaceLookup places,
      Gazetteer gazetteer,
      RunLinks links,
      WebProperties web,
      Explanations explanations,
      Clock clock,
      SuggestionLimit limit) {
    this.reports = reports;
    this.limit = limit;
    this.explanations = explanations;
    this.places = places;
    this.gazetteer = gazetteer;
    this.links = links;
    this.web = web;
    this.clock = clock;
  }

  /**
   * The report as JSON; the place is null for a bare NWS grid. {@code history} is the last day at
   * the station of {@code now}, an hourly reading each, oldest first. {@code detail} is NWS's raw
   * grid hour by hour, always in SI (°C, km/h, percent, millimetres), or null; {@code discussions}
   * the office's latest AFD and HWO, plain text in sections. {@code state} is fresh, partial (parts
   * in {@code loading} still coming), updating or not-answering (both {@code stale}, as of {@code
   * asOf}); {@code run} is the run to follow while something newer is on its way.
   */
  record Report(
      Place place,
      Forecast forecast,
      Units units,
      CurrentConditions now,
      List<PastHour> history,
      List<HourlyPeriod> hourly,
      List<Alert> alerts,
      GridHours detail,
      List<Discussion> discussions,
      Set<Part> unavailable,
      Set<Part> loading,
      String state,
      boolean stale,
      Instant asOf,
      String run) {}

  /** A run that has no report yet, or whose newer report is still coming. */
  record Run(String workflowId, String state, List<StepView> steps) {}

  @GetMapping("/api/forecast")
  CompletableFuture<ResponseEntity<Object>> forecast(
      WeatherParams params,
      @CookieValue(name = UnitsCookie.NAME, required = false) String unitsCookie,
      HttpServletRequest request,
      HttpServletResponse response) {
    Units units = UnitsCookie.choose(params, unitsCookie, request, response);
    Lookup.Found found = places.found(params);
    return reports
        .answerWithin(new ReportKey(found.location(), units), web.pageWait())
        .thenApply(
            answer ->
                answer instanceof Answer.Shown shown
                    ? ResponseEntity.ok(report(found.place(), shown))
                    : accepted(answer));
  }

  /**
   * A run: 200 with the report once it is done (or an older one while NWS fails), 202 while it
   * runs, 303 to the place's forecast once the run's report is out of date. Never cached.
   */
  @GetMapping("/api/runs/{workflowId}")
  CompletableFuture<ResponseEntity<Object>> run(@PathVariable String workflowId) {
    ReportKey key = ReportKey.of(workflowId).orElseThrow(RunNotFoundException::new);
    return reports
        .answerNow(key)
        .thenApply(
            answer ->
                answer instanceof Answer.Shown shown && !shown.state().refreshes()
                    ? ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .body((Object) report(places.named(key.location()), shown))
                    : accepted(answer));
  }

  @GetMapping("/api/places")
  List<Suggestion> suggest(
      @RequestParam(name = "q", required = false) String q, HttpServletRequest request) {
    limit.check(request.getRemoteAddr());
    if (q == null || q.length() > PlaceQuery.MAX_LENGTH) {
      return List.of();
    }
    return gazetteer.suggest(q, SUGGESTIONS).stream().map(Suggestion::of).toList();
  }

  /** 202 to follow the run; but 503 at once while NWS has never been reached, as the page says. */
  private ResponseEntity<Object> accepted(Answer answer) {
    ReportKey key = answer.key();
    Optional<Failure> unreachable =
        answer instanceof Answer.Fetching ? explanations.unreachable() : Optional.empty();
    if (unreachable.isPresent()) {
      return ResponseEntity.status(unreachable.get().status())
          .cacheControl(CacheControl.noStore())
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
          .body(unreachable.get().problem());
    }
    Run run =
        answer instanceof Answer.Fetching fetching
            ? new Run(
                key.workflowId(),
                "fetching",
                StepView.of(fetching.progress(), fetching.retries(), clock.instant()))
            : new Run(key.workflowId(), JsonNames.of(((Answer.Shown) answer).state()), List.of());
    return ResponseEntity.accepted()
        .cacheControl(CacheControl.noStore())
        .location(URI.create(links.api(key)))
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
        .body(run);
  }

  /**
   * As the page shows it: without the periods that have ended and the alerts no longer in force.
   */
  private Report report(Place place, Answer.Shown shown) {
    WeatherReport r = shown.report().at(clock.instant());
    boolean stale =
        shown.state() == Answer.State.UPDATING || shown.state() == Answer.State.NOT_ANSWERING;
    return new Report(
        place,
        r.forecast(),
        r.units(),
        r.now(),
        r.history(),
        r.hourly(),
        r.alerts(),
        r.detail(),
        r.discussions(),
        r.unavailable(),
        r.loading(),
        JsonNames.of(shown.state()),
        stale,
        shown.asOf(),
        shown.state().refreshes() ? links.api(shown.key()) : null);
  }
}
