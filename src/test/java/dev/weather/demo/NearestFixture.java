package dev.weather.demo;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.weather.forecast.Coordinates;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * A WireMock extension that answers {@code /points/{lat},{lon}} and {@code /alerts/active?point=}
 * for any point near a fixture with that fixture, as NWS would answer it when asked, so that
 * "Norton, MA", ZIP 02766 and 41.967,-71.189 all find Norton and alerts that have ended are gone.
 * Points farther than {@value #MAX_KM} km from every fixture answer as NWS does outside its
 * coverage (404), and have no alerts.
 */
public class NearestFixture implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "nws-nearest-fixture";
  private static final double MAX_KM = 60;
  private static final String POINTS = "/points/";
  private static final String ALERTS = "/alerts/active@point=";

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
    Request request = event.getRequest();
    Instant now = NwsFixtures.now(event.getResponseDefinition().getTransformerParameters());
    String path = URI.create(request.getUrl()).getPath();
    boolean points = path.startsWith(POINTS);
    String point = points ? path.substring(POINTS.length()) : queryPoint(request);
    String fixture = point == null ? null : nearest(points ? POINTS : ALERTS, point);
    if (fixture != null) {
      return NwsFixtures.geoJson(NwsFixtures.body(fixture, now), "demo-nearest").build();
    }
    return points
        ? NwsFixtures.problem(
                404,
                "InvalidPoint",
                "Data Unavailable For Requested Point",
                "Unable to provide data for requested point " + point)
            .build()
        : NwsFixtures.geoJson("{\"type\": \"FeatureCollection\", \"features\": []}", "demo-alerts")
            .build();
  }

  private static String queryPoint(Request request) {
    QueryParameter point = request.queryParameter("point");
    return point.isPresent() ? point.firstValue() : null;
  }

  /** The fixture of that kind nearest to "lat,lon", if within reach. */
  private static String nearest(String prefix, String point) {
    double[] p = parse(point);
    if (p == null) {
      return null;
    }
    String best = null;
    double bestKm = MAX_KM;
    for (Map.Entry<String, String> fixture : NwsFixtures.fixtures().entrySet()) {
      double[] f =
          fixture.getKey().startsWith(prefix)
              ? parse(fixture.getKey().substring(prefix.length()))
              : null;
      if (f != null) {
        double km = Coordinates.kilometres(p[0], p[1], f[0], f[1]);
        if (km <= bestKm) {
          bestKm = km;
          best = fixture.getKey();
        }
      }
    }
    return best;
  }

  private static double[] parse(String latLon) {
    String[] parts = latLon.split(",");
    try {
      return parts.length == 2
          ? new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])}
          : null;
    } catch (NumberFormatException notAPoint) {
      return null;
    }
  }
}
