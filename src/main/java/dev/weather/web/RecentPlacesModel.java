package dev.weather.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page of the app shows the person's recent places under the search box, named as their pages
 * are.
 */
@ControllerAdvice(assignableTypes = {WeatherController.class, DiscussionController.class})
class RecentPlacesModel {

  static final String RECENT = "recent";

  private final PlaceLookup places;

  RecentPlacesModel(PlaceLookup places) {
    this.places = places;
  }

  @ModelAttribute(RECENT)
  List<RecentPlace> recent(HttpServletRequest request) {
    return RecentPlaces.read(request).stream().map(q -> RecentPlace.of(q, places)).toList();
  }
}
