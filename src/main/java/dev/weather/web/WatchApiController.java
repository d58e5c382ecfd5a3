package dev.weather.web;

import dev.weather.place.InvalidPlaceQueryException;
import dev.weather.watch.WatchException;
import dev.weather.watch.WatchLog;
import dev.weather.watch.WatchView;
import dev.weather.watch.Watches;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Watches as JSON: POST /api/watches with the forecast's place parameters (q, or lat and lon) and
 * optionally ntfy and webhook starts one of the place's alerts, or with kind=plan, day, from, to
 * and thresholds one of a plan (201, its address in Location); GET and DELETE at
 * /api/watches/{token} read and end it.
 */
@RestController
class WatchApiController {

  private final Watches watches;
  private final WatchPlaces places;
  private final Clock clock;

  WatchApiController(Watches watches, WatchPlaces places, Clock clock) {
    this.watches = watches;
    this.places = places;
    this.clock = clock;
  }

  /** A watch as the API shows it. */
  record WatchJson(
      String address,
      String feed,
      String place,
      String plan,
      boolean running,
      Instant since,
      Instant until,
      Instant ended,
      Instant lastChecked,
      int told,
      List<WatchLog.Entry> messages) {

    static WatchJson of(WatchView view) {
      WatchLog log = view.log();
      String address = WatchController.address(view.token());
      return new WatchJson(
          address,
          address + "/feed",
          log.place(),
          log.plan(),
          view.running(),
          log.since(),
          log.until(),
          log.ended(),
          view.place() == null ? null : view.place().lastChecked(),
          log.told(),
          log.entries());
    }
  }

  @PostMapping("/api/watches")
  ResponseEntity<WatchJson> start(
      WeatherParams params,
      PlanForm plan,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "ntfy", required = false) String ntfy,
      @RequestParam(name = "webhook", required = false) String webhook) {
    String token = WatchController.start(watches, places, clock, params, plan, kind, ntfy, webhook);
    WatchView view = found(token);
    return ResponseEntity.created(URI.create("/api" + WatchController.address(token)))
        .body(WatchJson.of(view));
  }

  @GetMapping("/api/watches/{token}")
  WatchJson watch(@PathVariable String token) {
    return WatchJson.of(found(token));
  }

  @DeleteMapping("/api/watches/{token}")
  ResponseEntity<Void> end(@PathVariable String token) {
    watches.end(token);
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler
  ProblemDetail refused(WatchException e) {
    return Failure.of(e).problem();
  }

  @ExceptionHandler({
    InvalidLocationException.class,
    InvalidPlaceQueryException.class,
    PlaceNotFoundException.class
  })
  ProblemDetail noPlace(RuntimeException e) {
    return (e instanceof PlaceNotFoundException notFound
            ? Failure.of(notFound)
            : Failure.invalid(e))
        .problem();
  }

  private WatchView found(String token) {
    return watches
        .find(token)
        .orElseThrow(() -> new WatchException(WatchException.Reason.NOT_FOUND, "no such watch"));
  }
}
