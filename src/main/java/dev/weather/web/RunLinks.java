package dev.weather.web;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Location;
import dev.weather.workflow.ReportKey;
import io.temporal.spring.boot.autoconfigure.properties.TemporalProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of a place's run: its page, its JSON, and, where a {@link TemporalUi} shows the
 * app's runs, the run's history there.
 */
@Component
class RunLinks {

  private final String uiUrl;
  private final String namespace;

  @Autowired
  RunLinks(ObjectProvider<TemporalUi> ui, TemporalProperties starter) {
    this(ui.getIfAvailable(() -> TemporalUi.NONE).url(), starter.getNamespace());
  }

  RunLinks(String uiUrl, String namespace) {
    this.uiUrl = uiUrl.strip().replaceAll("/+$", "");
    this.namespace = namespace;
  }

  /** Where a waiting page looks for news, as a page and as JSON. */
  record Refresh(String page, String api) {}

  Refresh refresh(ReportKey key) {
    return new Refresh(page(key), api(key));
  }

  String page(ReportKey key) {
    return "/weather/runs/" + key.workflowId();
  }

  String api(ReportKey key) {
    return "/api/runs/" + key.workflowId();
  }

  /** The place's own page, in the run's units: where a person finds its current forecast. */
  String placePage(ReportKey key) {
    return place("/weather", key);
  }

  /** The same as JSON. */
  String placeApi(ReportKey key) {
    return place("/api/forecast", key);
  }

  /** The parameters that name a location, as /weather takes them. */
  static Map<String, String> placeParams(Location location) {
    Map<String, String> params = new LinkedHashMap<>();
    if (location.point() != null) {
      params.put("lat", Coordinates.degrees(location.point().latitude()));
      params.put("lon", Coordinates.degrees(location.point().longitude()));
    } else {
      params.put("office", location.grid().office());
      params.put("gridX", String.valueOf(location.grid().gridX()));
      params.put("gridY", String.valueOf(location.grid().gridY()));
    }
    return params;
  }

  private static String place(String path, ReportKey key) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
    placeParams(key.location()).forEach(link::queryParam);
    return link.queryParam("units", key.units().code()).encode().build().toUriString();
  }

  /** The run in the Temporal Web UI, or null when none is configured. */
  String temporalUi(ReportKey key) {
    return temporalUi(key.workflowId());
  }

  /** The Temporal UI's page of the workflow {@code workflowId}; null when there is no UI. */
  String temporalUi(String workflowId) {
    if (uiUrl.isEmpty()) {
      return null;
    }
    return UriComponentsBuilder.fromUriString(uiUrl)
        .pathSegment("namespaces", namespace, "workflows", workflowId)
        .encode()
        .build()
        .toUriString();
  }
}
