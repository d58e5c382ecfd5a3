package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.workflow.ReportKey;
import org.junit.jupiter.api.Test;

class RunLinksTest {

  private static final ReportKey NORTON = ReportKey.of("forecast-41.967,-71.189-us").orElseThrow();

  @Test
  void givesARunsPageAndJsonAddress() {
    RunLinks links = new RunLinks("", "default");

    assertThat(links.refresh(NORTON))
        .isEqualTo(
            new RunLinks.Refresh(
                "/weather/runs/forecast-41.967,-71.189-us",
                "/api/runs/forecast-41.967,-71.189-us"));
    assertThat(links.temporalUi(NORTON)).as("no Web UI configured").isNull();
  }

  @Test
  void linksToTheRunInTheTemporalWebUiOfItsNamespace() {
    assertThat(new RunLinks("http://localhost:8233/", "weather-prod").temporalUi(NORTON))
        .isEqualTo(
            "http://localhost:8233/namespaces/weather-prod/workflows/forecast-41.967,-71.189-us");
    assertThat(new RunLinks(" https://cloud.temporal.io ", "my-ns.a1b2c").temporalUi(NORTON))
        .isEqualTo(
            "https://cloud.temporal.io/namespaces/my-ns.a1b2c/workflows/forecast-41.967,-71.189-us");
  }
}
