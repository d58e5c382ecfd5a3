package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Alert;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An alert's one-line banner: two of one event are told apart on it, by when they begin or else where. */
class AlertViewTest {

  private static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-03-10T09:05:00-04:00");

  @Test
  void tellsTwoAlertsOfOneEventApartByWhenTheyBegin() {
    List<AlertView> views = AlertView.of(List.of(
        alert("Flood Watch", NINE, "Bristol"), alert("Wind Advisory", NINE, "Bristol"),
        alert("Flood Watch", NINE.plusDays(1), "Bristol")), EASTERN);

    assertThat(views).extracting(AlertView::apart).containsExactly("from Tue 9:05 AM", null, "from Wed 9:05 AM");
  }

  @Test
  void tellsThemApartByTheirAreasWhenTheyBeginTogether() {
    List<AlertView> views = AlertView.of(List.of(
        alert("Flood Watch", NINE, "Northern Bristol"), alert("Flood Watch", NINE, "Southern Bristol")), EASTERN);

    assertThat(views).extracting(AlertView::apart).containsExactly("Northern Bristol", "Southern Bristol");
  }

  @Test
  void printsTheBannersUntilShortAndTheDetailsTimesInFullInThePlacesZone() {
    AlertView view = AlertView.of(List.of(alert("Flood Watch", NINE, "Bristol")), ZoneId.of("America/Chicago")).get(0);

    assertThat(view.until()).isEqualTo("Wed 7:05 AM");
    assertThat(view.effective()).isEqualTo("Tue Mar 10, 8:05 AM");
    assertThat(view.ends()).isEqualTo("Wed Mar 11, 7:05 AM");
    assertThat(view.severity()).isEqualTo("Severe");
    assertThat(view.severityClass()).isEqualTo("severity-severe");
  }

  @Test
  void showsNoBadgeWhenNwsKnowsNoSeverity() {
    Alert unknown = new Alert("urn:1", "Air Quality Alert", "Unknown", null, NINE, null, null, null, null, null, null);
    Alert none = new Alert("urn:2", "Air Quality Alert", null, null, NINE, null, null, null, null, null, null);

    assertThat(AlertView.of(List.of(unknown, none), EASTERN))
        .allSatisfy(view -> {
          assertThat(view.severity()).isNull();
          assertThat(view.severityClass()).isEqualTo("severity-unknown");
          assertThat(view.until()).isNull();
          assertThat(view.apart()).as("same event, same start, no areas").isNull();
        });
  }

  private static Alert alert(String event, OffsetDateTime effective, String areas) {
    return new Alert("urn:" + event + effective + areas, event, "Severe", event + " issued", effective, null,
        NINE.plusHours(23), "What happens.", null, "NWS Boston MA", areas);
  }
}
