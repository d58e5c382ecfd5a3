package dev.weather.web;

import dev.weather.workflow.ReportKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of a place's run: its page, its JSON, and, when {@code weather.temporal.ui-url} names a Temporal
 * Web UI, the run's history there.
 */
@Component
class RunLinks {

  private final String uiUrl;
  private final String namespace;

  RunLinks(
      @Value("${weather.temporal.ui-url:}") String uiUrl,
      @Value("${spring.temporal.namespace:default}") String namespace) {
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

  /** The run in the Temporal Web UI, or null when none is configured. */
  String temporalUi(ReportKey key) {
    if (uiUrl.isEmpty()) {
      return null;
    }
    return UriComponentsBuilder.fromUriString(uiUrl)
        .pathSegment("namespaces", namespace, "workflows", key.workflowId())
        .encode()
        .build()
        .toUriString();
  }
}
