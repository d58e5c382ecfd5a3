package dev.weather.demo;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock extension that answers {@code /stations/{id}/observations/latest} with its fixture,
 * observed as long before the moment it is asked as it was before the recording, and with the
 * weather of the hourly forecast at that hour ({@link StationWeather}): a station's latest
 * observation stays current however long the demo runs.
 */
class LatestObservation implements ResponseDefinitionTransformerV2 {

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
    return NwsFixtures.geoJson(
            NwsFixtures.body(fixture, NwsFixtures.now(parameters)),
            "demo-" + Integer.toHexString(fixture.hashCode()))
        .build();
  }
}
