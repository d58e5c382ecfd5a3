import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.weather.demo.NwsFixtures;
import java.time.Clock;

/**
 * NWS for the benchmark, in a process of its own: the demo's fixtures (any point within 60 km of Seattle, Boston,
 * Norton or Denver) answered after DELAY_MS, each answer fresh for MAX_AGE seconds.
 *
 * <p>Usage: {@code java -cp APP_CLASSPATH:target/bench NwsServer PORT DELAY_MS MAX_AGE}; runs until killed.
 */
public class NwsServer {

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    int delay = Integer.parseInt(args[1]);
    String maxAge = args[2];
    WireMockServer server = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1")
        .port(port)
        .containerThreads(200)
        .disableRequestJournal()
        .extensions(NwsFixtures.extensions())
        .extensions(new MaxAge(maxAge)));
    server.start();
    NwsFixtures.serve(server, Clock.systemUTC());
    server.setGlobalFixedDelay(delay);
    System.out.println("NWS on " + port + ", " + delay + " ms, max-age " + maxAge);
  }

  /** Every 200 says it stays fresh for the benchmark's max-age, so a hot place's report expires during a row. */
  static class MaxAge implements ResponseTransformerV2 {
    private final String seconds;

    MaxAge(String seconds) {
      this.seconds = seconds;
    }

    @Override
    public String getName() {
      return "bench-max-age";
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
      if (response.getStatus() != 200) {
        return response;
      }
      return Response.Builder.like(response).but()
          .headers(new HttpHeaders(response.getHeaders().all().stream()
              .filter(header -> !header.keyEquals("Cache-Control")).toList())
              .plus(new HttpHeader("Cache-Control", "public, max-age=" + seconds)))
          .build();
    }
  }
}
