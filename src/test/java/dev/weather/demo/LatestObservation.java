package dev.weather.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.OffsetDateTime;

/**
 * A WireMock extension that answers {@code /stations/{id}/observations/latest} with its fixture, observed as long
 * before the moment it is asked as it was before the recording: a station's latest observation stays current however
 * long the demo runs.
 */
class LatestObservation implements ResponseDefinitionTransformerV2 {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String NAME = "nws-latest-observation";
  static final String FIXTURE = "fixture";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Parameters parameters = event.getResponseDefinition().getTransformerParameters();
    String fixture = parameters.getString(FIXTURE);
    String body = NwsFixtures.rebase(NwsFixtures.fixtures().get(fixture), NwsFixtures.now(parameters));
    return NwsFixtures.geoJson(bySun(body), "demo-" + Integer.toHexString(fixture.hashCode())).build();
  }

  /** The one recording is served at any hour: its icon is the day's or the night's by the station's sun time. */
  private static String bySun(String json) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(json);
      ObjectNode properties = (ObjectNode) tree.path("properties");
      double longitude = tree.path("geometry").path("coordinates").path(0).asDouble();
      OffsetDateTime observed = OffsetDateTime.parse(properties.path("timestamp").asText());
      double solarHour = ((observed.getHour() + observed.getMinute() / 60.0 + longitude / 15) % 24 + 24) % 24;
      boolean day = solarHour >= 6 && solarHour < 18;
      String icon = properties.path("icon").asText();
      properties.put("icon", day ? icon.replace("/night/", "/day/") : icon.replace("/day/", "/night/"));
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a demo observation that is not JSON", e);
    }
  }
}
