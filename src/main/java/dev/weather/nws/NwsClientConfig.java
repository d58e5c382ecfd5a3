package dev.weather.nws;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultRedirectStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** One pooled HTTP client for all NWS calls, closed with the application context. */
@Configuration(proxyBeanMethods = false)
class NwsClientConfig {

  @Bean(destroyMethod = "close")
  CloseableHttpClient nwsHttpClient(NwsProperties properties) {
    ConnectionConfig connection =
        ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(properties.connectTimeout()))
            .setSocketTimeout(Timeout.of(properties.readTimeout()))
            .setTimeToLive(5, TimeUnit.MINUTES)
            .build();
    return HttpClients.custom()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connection)
                .setMaxConnTotal(properties.maxConnections())
                .setMaxConnPerRoute(properties.maxConnections())
                .build())
        .setDefaultRequestConfig(
            RequestConfig.custom()
                .setResponseTimeout(Timeout.of(properties.readTimeout()))
                .setConnectionRequestTimeout(Timeout.of(properties.connectTimeout()))
                .build())
        // NWS answers 301 for over-precise points; we round first, but follow redirects anyway.
        .setRedirectStrategy(DefaultRedirectStrategy.INSTANCE)
        // Temporal owns retries: the client's own retry of 503 and 429 would hide failures from it.
        .disableAutomaticRetries()
        .disableCookieManagement()
        .build();
  }

  @Bean
  NwsClient nwsClient(
      CloseableHttpClient nwsHttpClient, NwsProperties properties, Clock clock, MeterRegistry meters) {
    RestClient http =
        RestClient.builder()
            .requestFactory(new HttpComponentsClientHttpRequestFactory(nwsHttpClient))
            .baseUrl(properties.baseUrl().toString().replaceAll("/+$", ""))
            .defaultHeader(HttpHeaders.USER_AGENT, properties.userAgent())
            // Without it NWS's CDN has served stale cached forecasts.
            .defaultHeader(HttpHeaders.ACCEPT, "application/geo+json")
            .build();
    return new NwsClient(http, clock, meters);
  }
}
