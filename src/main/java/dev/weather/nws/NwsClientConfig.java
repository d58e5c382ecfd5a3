package dev.weather.nws;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpCookieHandling;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** One pooled HTTP client for all NWS calls, closed with the application context. */
@Configuration(proxyBeanMethods = false)
class NwsClientConfig {

  @Bean
  Deadlines nwsDeadlines() {
    return new Deadlines();
  }

  @Bean
  HttpComponentsClientHttpRequestFactory nwsRequestFactory(
      NwsProperties properties, Deadlines nwsDeadlines) {
    HttpClientSettings settings =
        HttpClientSettings.defaults()
            .withTimeouts(properties.connectTimeout(), properties.readTimeout())
            // NwsClient follows NWS's redirects itself, and only within NWS.
            .withRedirects(HttpRedirects.DONT_FOLLOW)
            .withCookieHandling(HttpCookieHandling.DISABLE);
    return ClientHttpRequestFactoryBuilder.httpComponents()
        .withConnectionManagerCustomizer(
            pool ->
                pool.setMaxConnTotal(properties.maxConnections())
                    .setMaxConnPerRoute(properties.maxConnections()))
        .withConnectionConfigCustomizer(connection -> connection.setTimeToLive(5, TimeUnit.MINUTES))
        // Waiting for a free connection counts against the connect timeout, not for ever.
        .withDefaultRequestConfigCustomizer(
            request -> request.setConnectionRequestTimeout(Timeout.of(properties.connectTimeout())))
        // Temporal owns retries: the client's own retry of 503 and 429 would hide failures from it.
        .withHttpClientCustomizer(
            client ->
                client.disableAutomaticRetries().addExecInterceptorFirst("deadlines", nwsDeadlines))
        .build(settings);
  }

  @Bean
  NwsClient nwsClient(
      HttpComponentsClientHttpRequestFactory nwsRequestFactory,
      Deadlines nwsDeadlines,
      NwsProperties properties,
      Clock clock,
      MeterRegistry meters) {
    URI base = URI.create(properties.baseUrl().toString().replaceAll("/+$", ""));
    RestClient http =
        RestClient.builder()
            .requestFactory(nwsRequestFactory)
            .baseUrl(base.toString())
            .defaultHeader(HttpHeaders.USER_AGENT, properties.userAgent())
            // Without it NWS's CDN has served stale cached forecasts.
            .defaultHeader(HttpHeaders.ACCEPT, "application/geo+json")
            .build();
    return new NwsClient(
        new NwsHttp(
            http,
            base,
            clock,
            meters,
            nwsDeadlines,
            properties.callTimeout(),
            properties.maxAnswerSize().toBytes()),
        clock,
        nwsDeadlines);
  }
}
