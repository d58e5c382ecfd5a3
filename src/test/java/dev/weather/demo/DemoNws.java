package dev.weather.demo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the {@code demo} profile ({@link DemoApplication}), an in-process WireMock plays NWS on {@code
 * weather.demo.port}, and application-demo.yaml points the NWS client at it. It answers as for the
 * app's clock, which {@code weather.demo.clock} may start at another moment ({@link DemoClock}).
 * {@code weather.demo.fault-rate} and {@code weather.demo.max-age} make it fail now and then and
 * its answers expire sooner ({@link DemoConditions}); Boston's alerts change every {@code
 * weather.demo.storm-every}, for watches ({@link StormAlerts}).
 */
@Profile("demo")
@Configuration(proxyBeanMethods = false)
class DemoNws {

  @Bean(destroyMethod = "stop")
  WireMockServer demoNwsServer(
      @Value("${weather.demo.port}") int port,
      @Value("${weather.demo.fault-rate:0}") double faultRate,
      @Value("${weather.demo.max-age:#{null}}") Integer maxAge,
      @Value("${weather.demo.storm-every}") Duration stormEvery,
      Clock clock) {
    WireMockServer server =
        new WireMockServer(
            WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(port)
                .extensions(NwsFixtures.extensions())
                .extensions(new DemoConditions(faultRate, maxAge))
                .extensions(new StormAlerts(stormEvery), new StormRain(stormEvery, clock))
                // WireMock keeps every request and response for verification by default: a leak in
                // a running app.
                .disableRequestJournal());
    server.start();
    NwsFixtures.serve(server, clock);
    server.stubFor(
        get(urlPathEqualTo("/alerts/active"))
            .withQueryParam("point", matching(StormAlerts.BOSTON))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withTransformers(StormAlerts.NAME)
                    .withTransformerParameter(
                        NwsFixtures.CLOCK_OFFSET,
                        String.valueOf(clock.millis() - System.currentTimeMillis()))));
    return server;
  }
}
