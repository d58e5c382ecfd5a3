package dev.weather.demo;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How the demo's NWS behaves, to see what the app does about it: a share of its answers fail as
 * NWS's do (half an intermittent 500, half a reset connection), and its answers may say they stay
 * fresh for less than NWS's 5 minutes, so runs come more often. Applied to every answer, after the
 * fixture is chosen.
 */
class DemoConditions implements ResponseTransformerV2 {

  private final double faultRate;
  private final Integer maxAgeSeconds;

  /** {@code maxAgeSeconds} null: the fixtures' own Cache-Control. */
  DemoConditions(double faultRate, Integer maxAgeSeconds) {
    this.faultRate = faultRate;
    this.maxAgeSeconds = maxAgeSeconds;
  }

  @Override
  public String getName() {
    return "demo-conditions";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public Response transform(Response response, ServeEvent event) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (random.nextDouble() < faultRate) {
      return random.nextBoolean()
          ? Response.Builder.like(response).but().fault(Fault.CONNECTION_RESET_BY_PEER).build()
          : Response.Builder.like(response)
              .but()
              .status(500)
              .headers(new HttpHeaders(new HttpHeader("Content-Type", "application/problem+json")))
              .body(
                  "{\"title\": \"Unexpected Problem\","
                      + " \"type\": \"https://api.weather.gov/problems/UnexpectedProblem\","
                      + " \"status\": 500, \"detail\": \"An unexpected problem has occurred.\"}")
              .build();
    }
    if (maxAgeSeconds != null && response.getStatus() == 200) {
      return Response.Builder.like(response)
          .but()
          .headers(
              new HttpHeaders(
                      response.getHeaders().all().stream()
                          .filter(header -> !header.keyEquals("Cache-Control"))
                          .toList())
                  .plus(new HttpHeader("Cache-Control", "public, max-age=" + maxAgeSeconds)))
          .build();
    }
    return response;
  }
}
