package dev.weather.web;

import dev.weather.place.InvalidPlaceQueryException;
import dev.weather.watch.Delivery;
import dev.weather.watch.WatchException;
import dev.weather.watch.WatchView;
import dev.weather.watch.Watches;
import dev.weather.web.view.WatchPage;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Watches as pages: started from a forecast page's form (no JavaScript needed), shown at their
 * address /watches/{token}, which is their only key, ended by a button there, and read by feed
 * readers at /watches/{token}/feed.
 */
@Controller
class WatchController {

  static final String WATCH_VIEW = "watch/watch";

  private final Watches watches;
  private final WatchPlaces places;
  private final RunLinks links;
  private final Clock clock;

  WatchController(Watches watches, WatchPlaces places, RunLinks links, Clock clock) {
    this.watches = watches;
    this.places = places;
    this.links = links;
    this.clock = clock;
  }

  /**
   * Starts a watch of the place the form names, of its alerts or (with {@code kind=plan}) of a
   * plan, then shows it (303 See Other).
   */
  @PostMapping("/watches")
  RedirectView start(
      WeatherParams params,
      PlanForm plan,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "ntfy", required = false) String ntfy,
      @RequestParam(name = "webhook", required = false) String webhook) {
    return seeOther(address(start(watches, places, clock, params, plan, kind, ntfy, webhook)));
  }

  /** One home for starting either kind of watch, for the form and the API. */
  static String start(
      Watches watches,
      WatchPlaces places,
      Clock clock,
      WeatherParams params,
      PlanForm plan,
      String kind,
      String ntfy,
      String webhook) {
    WatchPlaces.Named place = places.of(params);
    Delivery delivery = new Delivery(ntfy, webhook);
    if ("plan".equals(kind)) {
      return watches.startPlan(place.point(), place.label(), delivery, plan.plan(clock));
    }
    return watches.start(place.point(), place.label(), delivery);
  }

  @GetMapping("/watches/{token}")
  ModelAndView watch(@PathVariable String token) {
    WatchView view = found(token);
    return new ModelAndView(WATCH_VIEW)
        .addObject(
            "watch",
            WatchPage.of(
                view, address(token), links.temporalUi(view.workflowId()), clock.instant()));
  }

  @PostMapping("/watches/{token}/end")
  RedirectView end(@PathVariable String token) {
    watches.end(token);
    return seeOther(address(token));
  }

  /** The watch's messages as an Atom feed, for a feed reader to subscribe to. */
  @GetMapping(value = "/watches/{token}/feed", produces = WatchFeed.ATOM)
  ResponseEntity<String> feed(@PathVariable String token) {
    WatchView view = found(token);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(WatchFeed.ATOM))
        .body(WatchFeed.of(view, address(token)));
  }

  @ExceptionHandler
  ModelAndView refused(WatchException e) {
    return Failure.of(e).page();
  }

  @ExceptionHandler({
    InvalidLocationException.class,
    InvalidPlaceQueryException.class,
    PlaceNotFoundException.class
  })
  ModelAndView noPlace(RuntimeException e) {
    Failure failure =
        e instanceof PlaceNotFoundException notFound ? Failure.of(notFound) : Failure.invalid(e);
    return failure.page();
  }

  private WatchView found(String token) {
    return watches
        .find(token)
        .orElseThrow(() -> new WatchException(WatchException.Reason.NOT_FOUND, "no such watch"));
  }

  static String address(String token) {
    return "/watches/" + token;
  }

  private static RedirectView seeOther(String path) {
    RedirectView redirect = new RedirectView(path, true);
    redirect.setStatusCode(HttpStatus.SEE_OTHER);
    return redirect;
  }
}
