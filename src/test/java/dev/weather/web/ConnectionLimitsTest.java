package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.util.unit.DataSize;

class ConnectionLimitsTest {

  @Test
  void givesTomcatTheConnectorWithTheLimitsOfTheSettings() {
    WebProperties web =
        new WebProperties(
            Duration.ofSeconds(2),
            10,
            Duration.ofSeconds(30),
            DataSize.ofMegabytes(32),
            7,
            Duration.ofSeconds(4));
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

    new ConnectionLimits(web).customize(factory);

    assertThat(factory.getProtocol()).isEqualTo(PerAddressProtocol.class.getName());
    Connector connector = new Connector(PerAddressProtocol.class.getName());
    factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));

    PerAddressProtocol protocol = (PerAddressProtocol) connector.getProtocolHandler();
    assertThat(protocol.getMaxConnectionsPerAddress()).isEqualTo(7);
    assertThat(protocol.getHeaderDeadlineMillis()).isEqualTo(4_000);
  }
}
