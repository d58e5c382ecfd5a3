package dev.weather.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;

/**
 * The storm's rain, for plan watches: Boston's chance of rain, in its raw grid and its hourly and
 * 12-hour forecasts, follows the round of {@link StormAlerts}: 10% with no alert, 40% under the
 * Watch, 80% under the Warning, 30% once it is cancelled.
 */
final class StormRain implements ResponseTransformerV2 {

  /** Boston's grid cell in the fixtures. */
  static final String GRID = "/gridpoints/BOX/71,90";

  private static final int[] CHANCE = {10, 40, 80, 30};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Duration every;
  private final Clock clock;

  StormRain(Duration every, Clock clock) {
    this.every = every;
    this.clock = clock;
  }

  @Override
  public String getName() {
    return "demo-storm-rain";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public Response transform(Response response, ServeEvent event) {
    String path = event.getRequest().getUrl().replaceFirst("\\?.*", "");
    if (response.getStatus() != 200 || !path.startsWith(GRID)) {
      return response;
    }
    return Response.Builder.like(response)
        .but()
        .body(withChance(response.getBodyAsString(), chance()))
        .build();
  }

  /** The chance of rain at the storm's step now. */
  int chance() {
    return CHANCE[StormAlerts.step(clock.instant(), every)];
  }

  /** {@code json} (a raw grid or a forecast) with every chance of rain at {@code chance}. */
  static String withChance(String json, int chance) {
    try {
      JsonNode tree = JSON.readTree(json);
      JsonNode properties = tree.path("properties");
      for (JsonNode value : properties.path("probabilityOfPrecipitation").path("values")) {
        ((ObjectNode) value).put("value", chance);
      }
      for (JsonNode period : properties.path("periods")) {
        JsonNode pop = period.path("probabilityOfPrecipitation");
        if (pop.isObject()) {
          ((ObjectNode) pop).put("value", chance);
        }
      }
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
