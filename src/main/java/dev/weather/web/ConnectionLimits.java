package dev.weather.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's connector with a limit of connections per address and a deadline for a request's header
 * ({@link PerAddressProtocol}, {@code weather.web.max-connections-per-address}, {@code
 * weather.web.header-deadline}); {@code server.tomcat.*} apply to it as to Tomcat's own.
 */
@Component
class ConnectionLimits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  private final WebProperties web;

  ConnectionLimits(WebProperties web) {
    this.web = web;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.setProtocol(PerAddressProtocol.class.getName());
    factory.addConnectorCustomizers(
        connector -> {
          if (connector.getProtocolHandler() instanceof PerAddressProtocol protocol) {
            protocol.setMaxConnectionsPerAddress(web.maxConnectionsPerAddress());
            protocol.setHeaderDeadlineMillis(web.headerDeadline().toMillis());
          }
        });
  }
}
