package dev.weather.demo;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** WireMock as the tests' NWS: a random port, and the extension that answers points near a fixture. */
public final class NwsStub {

  private NwsStub() {}

  public static WireMockExtension extension() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().extensions(new NearestFixture()))
        .build();
  }
}
