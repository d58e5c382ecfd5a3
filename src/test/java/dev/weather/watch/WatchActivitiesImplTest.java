package dev.weather.watch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.watch.Delivery.Target;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ways out against WireMock playing ntfy and a webhook: what each request carries. */
class WatchActivitiesImplTest {

  @RegisterExtension
  static WireMockExtension hosts =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Notice NOTICE =
      new Notice(
          "0123abcd/issued:urn:oid:1",
          "Cañon City, CO",
          Instant.parse("2026-12-08T14:10:00Z"),
          "ISSUED",
          "Cañon City, CO: Winter Storm Warning issued",
          "Heavy snow. Until Tue Dec 8, 6:00 PM.",
          4);

  private WatchActivitiesImpl out;
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @BeforeEach
  void setUp() {
    out =
        new WatchActivitiesImpl(
            new WatchProperties(
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofDays(30),
                10,
                10,
                Duration.ofDays(1),
                null,
                URI.create(hosts.baseUrl() + "/"),
                Map.of("home", URI.create(hosts.baseUrl() + "/hook"))),
            meters);
  }

  @Test
  void postsToTheTopicOnTheConfiguredNtfyWithTheMessagesSequenceId() {
    hosts.stubFor(post("/norton-alerts").willReturn(aResponse().withStatus(200)));

    out.send(new Target(Target.Kind.NTFY, "norton-alerts"), NOTICE);

    hosts.verify(
        postRequestedFor(urlPathEqualTo("/norton-alerts"))
            .withHeader("X-Sequence-ID", equalTo(Keys.digest(NOTICE.key())))
            .withHeader("Title", equalTo(WatchActivitiesImpl.headerText(NOTICE.title())))
            .withHeader("Priority", equalTo("4"))
            .withRequestBody(equalTo("Heavy snow. Until Tue Dec 8, 6:00 PM.")));
    assertThat(WatchActivitiesImpl.headerText(NOTICE.title())).startsWith("=?UTF-8?B?");
    assertThat(WatchActivitiesImpl.headerText("Norton, MA")).isEqualTo("Norton, MA");
  }

  @Test
  void postsTheMessageAsJsonToTheConfiguredWebhookWithItsKey() {
    hosts.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));

    out.send(new Target(Target.Kind.WEBHOOK, "home"), NOTICE);
    assertThat(messages("webhook", "sent")).isEqualTo(1);

    hosts.verify(
        postRequestedFor(urlPathEqualTo("/hook"))
            .withHeader("Idempotency-Key", equalTo(NOTICE.key()))
            .withRequestBody(
                equalToJson(
                    "{\"key\":\"0123abcd/issued:urn:oid:1\",\"place\":\"Cañon City, CO\","
                        + "\"at\":\"2026-12-08T14:10:00Z\",\"kind\":\"ISSUED\","
                        + "\"title\":\"Cañon City, CO: Winter Storm Warning issued\","
                        + "\"text\":\"Heavy snow. Until Tue Dec 8, 6:00 PM.\"}")));
  }

  @Test
  void aServerErrorOrAResetIsRetriedAndARefusalIsFinal() {
    hosts.stubFor(post("/t500").willReturn(aResponse().withStatus(500)));
    hosts.stubFor(
        post("/treset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    hosts.stubFor(post("/t429").willReturn(aResponse().withStatus(429)));
    hosts.stubFor(post("/t403").willReturn(aResponse().withStatus(403)));

    assertRetried(new Target(Target.Kind.NTFY, "t500"), "HTTP 500");
    assertRetried(new Target(Target.Kind.NTFY, "treset"), "SocketException");
    assertRetried(new Target(Target.Kind.NTFY, "t429"), "HTTP 429");
    assertFinal(new Target(Target.Kind.NTFY, "t403"), "refused the message: 403");
    assertThat(messages("ntfy", "retried")).isEqualTo(3);
    assertThat(messages("ntfy", "refused")).isEqualTo(1);
  }

  private double messages(String target, String outcome) {
    return meters
        .get("weather.watch.messages")
        .tag("target", target)
        .tag("outcome", outcome)
        .counter()
        .count();
  }

  @Test
  void neverFollowsARedirectNorCallsWhatIsNotConfigured() {
    hosts.stubFor(
        post("/moved")
            .willReturn(aResponse().withStatus(307).withHeader("Location", "http://example.com/")));

    assertFinal(new Target(Target.Kind.NTFY, "moved"), "redirected (307)");
    assertFinal(new Target(Target.Kind.WEBHOOK, "elsewhere"), "no webhook elsewhere here");
    assertFinal(new Target(Target.Kind.NTFY, "../admin"), "no such ntfy topic here");
    assertThat(hosts.getAllServeEvents()).hasSize(1);
  }

  private void assertRetried(Target target, String message) {
    assertThatThrownBy(() -> out.send(target, NOTICE))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.isNonRetryable()).isFalse();
              assertThat(f.getType()).isEqualTo(WatchActivitiesImpl.NOT_TAKEN);
              assertThat(f.getCategory()).isEqualTo(ApplicationErrorCategory.BENIGN);
            })
        .hasMessageContaining(message)
        .extracting(Throwable::getMessage)
        .asString()
        .doesNotContain("localhost", target.name());
  }

  private void assertFinal(Target target, String message) {
    assertThatThrownBy(() -> out.send(target, NOTICE))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.isNonRetryable()).isTrue();
              assertThat(f.getType()).isEqualTo(WatchActivitiesImpl.UNDELIVERABLE);
            })
        .hasMessageContaining(message);
  }
}
