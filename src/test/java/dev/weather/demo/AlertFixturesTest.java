package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo's alerts: never one that has ended, and in force at the hours the demo is tried. */
class AlertFixturesTest {

  @ParameterizedTest(name = "from {0} in Boston")
  @ValueSource(strings = {"2026-11-30T00:00", "2026-07-13T00:00"})
  void servesNoAlertThatHasEnded(String boston) {
    Instant start = Served.at(boston, Served.BOSTON);
    int served = 0;
    for (Instant now = start;
        now.isBefore(start.plus(Duration.ofDays(3)));
        now = now.plus(Duration.ofMinutes(20))) {
      for (String path : List.of(Served.NORTON_ALERTS, Served.DENVER_ALERTS)) {
        for (JsonNode alert : Served.alerts(path, now)) {
          assertThat(until(alert).toInstant()).as(path + " at " + now).isAfter(now);
          served++;
        }
      }
    }
    assertThat(served).isPositive();
  }

  @ParameterizedTest(name = "{0} in Denver: {1}")
  @CsvSource({
    "2026-12-02T05:59, 1",
    "2026-12-02T07:00, 1",
    "2026-12-02T11:59, 1",
    "2026-12-02T12:00, 0"
  })
  void endsDenversAdvisoryAtItsEndNotAtItsExpiry(String denver, int served) {
    // It expires at 6 AM (NWS would send an update by then) and ends at noon.
    assertThat(Served.alerts(Served.DENVER_ALERTS, Served.at(denver, Served.DENVER)))
        .hasSize(served);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2026-12-01T16:00", "2026-12-02T04:00", "2026-07-14T16:00", "2026-07-15T04:00"})
  void hasTheAlertsInForceAtFourInTheMorningAndTheAfternoon(String local) {
    Instant norton = Served.at(local, Served.BOSTON);
    Instant denver = Served.at(local, Served.DENVER);

    assertThat(Served.alerts(Served.NORTON_ALERTS, norton))
        .hasSize(2)
        .allSatisfy(
            alert -> assertThat(alert.path("event").asText()).isEqualTo("Air Quality Alert"))
        .allSatisfy(alert -> assertInForce(alert, norton));
    assertThat(Served.alerts(Served.DENVER_ALERTS, denver))
        .singleElement()
        .satisfies(
            alert -> assertThat(alert.path("event").asText()).isEqualTo("Winter Weather Advisory"))
        .satisfies(alert -> assertInForce(alert, denver));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "America/New_York | " + Served.NORTON_ALERTS + " | 2",
        "America/Denver | " + Served.DENVER_ALERTS + " | 1"
      })
  void keepsTheAlertsInForceMostOfTheDayTheDemoIsTried(ZoneId zone, String path, int count) {
    // Tried at any time from the recording's time of day to the same time the next day: every
    // quarter hour of it.
    Instant from =
        Served.at("2026-12-01T00:00", zone)
            .plus(
                Duration.between(
                    LocalTime.MIDNIGHT, NwsFixtures.RECORDED_AT.atZone(zone).toLocalTime()));
    int quarters = 24 * 4;
    int inForce = 0;
    for (int q = 0; q < quarters; q++) {
      Instant now = from.plus(Duration.ofMinutes(15L * q));
      List<JsonNode> alerts = Served.alerts(path, now);
      boolean all =
          alerts.size() == count
              && alerts.stream()
                  .allMatch(alert -> !Served.time(alert, "effective").toInstant().isAfter(now));
      inForce += all ? 1 : 0;
    }
    assertThat(inForce)
        .as("quarter hours of %d with every alert in force", quarters)
        .isGreaterThan(quarters * 9 / 10);
  }

  @Test
  void tellsNortonsTwoAirQualityAlertsApart() {
    List<JsonNode> alerts =
        Served.alerts(Served.NORTON_ALERTS, Served.at("2026-12-02T04:00", Served.BOSTON));

    assertThat(alerts).extracting(a -> a.path("areaDesc").asText()).doesNotHaveDuplicates();
    assertThat(alerts).extracting(a -> a.path("onset").asText()).doesNotHaveDuplicates();
    assertThat(alerts).extracting(a -> a.path("effective").asText()).doesNotHaveDuplicates();
    assertThat(alerts)
        .extracting(a -> a.path("description").asText())
        .anySatisfy(d -> assertThat(d).contains("fine"))
        .anySatisfy(d -> assertThat(d).contains("Ozone"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2026-12-01T16:00", "2026-07-15T04:00"})
  void issuesDenversAdvisoryBeforeTheSnowItNamesAndTheForecastsSaySnowThen(String denver) {
    Instant now = Served.at(denver, Served.DENVER);
    JsonNode advisory = Served.alerts(Served.DENVER_ALERTS, now).get(0);
    OffsetDateTime onset = Served.time(advisory, "onset");
    OffsetDateTime ends = Served.time(advisory, "ends");

    assertThat(advisory.path("description").asText()).contains("From 6 PM this evening to noon");
    assertThat(onset.toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    assertThat(onset.toLocalDate()).isEqualTo(Served.time(advisory, "sent").toLocalDate());
    assertThat(Served.time(advisory, "sent")).isBefore(onset);
    assertThat(ends.toLocalTime()).isEqualTo(LocalTime.NOON);
    List<JsonNode> hours = Served.periods("/gridpoints/BOU/63,62/forecast/hourly", now);
    assertThat(hours)
        .filteredOn(
            h ->
                !Served.time(h, "startTime").isBefore(onset)
                    && Served.time(h, "startTime").isBefore(ends))
        .hasSize(18)
        .allSatisfy(h -> assertThat(h.path("shortForecast").asText()).contains("Snow"));
    assertThat(hours)
        .filteredOn(h -> Served.time(h, "startTime").isBefore(onset))
        .allSatisfy(h -> assertThat(h.path("shortForecast").asText()).doesNotContain("Snow"));
    assertThat(Served.periods("/gridpoints/BOU/63,62/forecast", now))
        .filteredOn(
            p ->
                Served.time(p, "startTime").isBefore(ends)
                    && Served.time(p, "endTime").isAfter(onset))
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.path("shortForecast").asText()).contains("Snow"));
  }

  private static void assertInForce(JsonNode alert, Instant now) {
    assertThat(Served.time(alert, "effective").toInstant()).as("in effect").isBeforeOrEqualTo(now);
    assertThat(until(alert).toInstant()).as("not ended").isAfter(now);
  }

  private static OffsetDateTime until(JsonNode alert) {
    return Served.time(alert, alert.path("ends").isTextual() ? "ends" : "expires");
  }
}
