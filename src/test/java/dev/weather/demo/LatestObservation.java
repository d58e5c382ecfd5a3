package dev.weather.demo;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A WireMock extension that answers {@code /stations/{id}/observations/latest} with its fixture,
 * observed as long before the moment it is asked as it was before the recording, and with the
 * weather of the hourly forecast at that hour ({@link StationWeather}): a station's latest
 * observation stays current however long the demo runs. With {@link #HISTORY} it answers the
 * station's {@code /stations/{id}/observations} alike ({@link StationWeather#history}).
 */
class LatestObservation implements ResponseDefinitionTransformerV2 {

  static final String NAME = "nws-latest-observation";
  static final String FIXTURE = "fixture";

  /** Set to answer the station's history ({@code /stations/{id}/observations}) instead. */
  static final String HISTORY = "history";

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
    Instant now = NwsFixtures.now(parameters);
    String body;
    if (parameters.containsKey(HISTORY)) {
      QueryParameter start = event.getRequest().queryParameter("start");
      body = StationWeather.history(fixture, now, since(start));
    } else {
      body = NwsFixtures.body(fixture, now);
    }
    return NwsFixtures.geoJson(body, "demo-" + Integer.toHexString(fixture.hashCode())).build();
  }

  /** The {@code start} asked for; none (or one NWS would refuse) asks for all there is. */
  private static Instant since(QueryParameter start) {
    if (!start.isPresent()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(start.firstValue()).toInstant();
    } catch (DateTimeParseException notATime) {
      return null;
    }
  }
}
