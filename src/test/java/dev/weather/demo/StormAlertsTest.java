package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The demo's storm goes round: none, a Watch, the Warning that updates it, its cancellation. */
class StormAlertsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration EVERY = Duration.ofMinutes(2);
  private final StormAlerts storm = new StormAlerts(EVERY);

  @Test
  void goesRoundNoneWatchWarningCancelledWithNewIdsEachRound() throws Exception {
    Instant round = Instant.ofEpochMilli(EVERY.toMillis() * 4 * 1000);

    assertThat(features(round)).isEmpty();
    JsonNode watch = features(round.plus(EVERY)).get(0).path("properties");
    assertThat(watch.path("event").asText()).isEqualTo("Winter Storm Watch");
    assertThat(watch.path("messageType").asText()).isEqualTo("Alert");
    JsonNode warning = features(round.plus(EVERY.multipliedBy(2))).get(0).path("properties");
    assertThat(warning.path("messageType").asText()).isEqualTo("Update");
    assertThat(warning.path("references").get(0).path("identifier").asText())
        .isEqualTo(watch.path("id").asText());
    JsonNode cancel =
        features(round.plus(EVERY.multipliedBy(3)).plusSeconds(59)).get(0).path("properties");
    assertThat(cancel.path("messageType").asText()).isEqualTo("Cancel");
    assertThat(cancel.path("references").get(0).path("identifier").asText())
        .isEqualTo(warning.path("id").asText());
    assertThat(features(round.plus(EVERY.multipliedBy(4)))).isEmpty();
    assertThat(
            features(round.plus(EVERY.multipliedBy(5)))
                .get(0)
                .path("properties")
                .path("id")
                .asText())
        .as("the next round's Watch is a new alert")
        .isNotEqualTo(watch.path("id").asText());
    assertThat(Instant.parse(watch.path("expires").asText()))
        .isAfter(round.plus(EVERY.multipliedBy(4)));
  }

  @Test
  void answersOnlyBostonsNeighbourhood() {
    assertThat("42.3584,-71.0598").matches(StormAlerts.BOSTON);
    assertThat("41.967,-71.189").doesNotMatch(StormAlerts.BOSTON);
    assertThat("47.6062,-122.3321").doesNotMatch(StormAlerts.BOSTON);
  }

  @Test
  void bostonsChanceOfRainFollowsTheStorm() throws Exception {
    String grid =
        "{\"properties\": {\"probabilityOfPrecipitation\": {\"values\": ["
            + "{\"validTime\": \"2026-12-08T10:00:00+00:00/PT1H\", \"value\": 5}]}}}";
    String hourly =
        "{\"properties\": {\"periods\": [{\"number\": 1,"
            + " \"probabilityOfPrecipitation\": {\"unitCode\": \"wmoUnit:percent\", \"value\": 5}}]}}";

    assertThat(
            JSON.readTree(StormRain.withChance(grid, 80))
                .at("/properties/probabilityOfPrecipitation/values/0/value")
                .asInt())
        .isEqualTo(80);
    assertThat(
            JSON.readTree(StormRain.withChance(hourly, 40))
                .at("/properties/periods/0/probabilityOfPrecipitation/value")
                .asInt())
        .isEqualTo(40);
    Instant round = Instant.ofEpochMilli(EVERY.toMillis() * 4 * 1000);
    assertThat(
            java.util.stream.IntStream.range(0, 4)
                .map(
                    k ->
                        new StormRain(
                                EVERY,
                                java.time.Clock.fixed(
                                    round.plus(EVERY.multipliedBy(k)), java.time.ZoneOffset.UTC))
                            .chance())
                .boxed()
                .toList())
        .containsExactly(10, 40, 80, 30);
  }

  private JsonNode features(Instant at) throws Exception {
    return JSON.readTree(storm.body(at)).path("features");
  }
}
