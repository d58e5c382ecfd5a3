package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Alert;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An alert's one-line banner: when its hazard begins if that is ahead, until when, and two of one
 * event told apart on it by what differs, when they begin or where or both.
 */
class AlertViewTest {

  private static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-03-10T09:05:00-04:00");

  /** An hour after every alert here began. */
  private static final Instant LATER = NINE.plusDays(1).plusHours(1).toInstant();

  @Test
  void tellsTwoAlertsOfOneEventApartByWhenTheyBegan() {
    List<AlertView> views =
        AlertView.of(
            List.of(
                alert("Flood Watch", NINE, "Bristol"),
                alert("Wind Advisory", NINE, "Bristol"),
                alert("Flood Watch", NINE.plusDays(1), "Bristol")),
            EASTERN,
            LATER);

    assertThat(views)
        .extracting(AlertView::apart)
        .containsExactly("since Tue 9:05 AM", null, "since Wed 9:05 AM");
  }

  @Test
  void tellsThemApartByTheirAreasWhenTheyBeganTogether() {
    List<AlertView> views =
        AlertView.of(
            List.of(
                alert("Flood Watch", NINE, "Northern Bristol"),
                alert("Flood Watch", NINE, "Southern Bristol")),
            EASTERN,
            LATER);

    assertThat(views)
        .extracting(AlertView::apart)
        .containsExactly("Northern Bristol", "Southern Bristol");
  }

  @Test
  void saysBothWhenTheyDifferInBoth() {
    List<AlertView> views =
        AlertView.of(
            List.of(
                alert("Air Quality Alert", NINE, "Suffolk"),
                alert("Air Quality Alert", NINE.plusHours(5), "Bristol")),
            EASTERN,
            LATER);

    assertThat(views)
        .extracting(AlertView::apart)
        .containsExactly("since Tue 9:05 AM · Suffolk", "since Tue 2:05 PM · Bristol");
  }

  @Test
  void aHazardStillAheadSaysFromWhenOnItsLineAndNotSince() {
    OffsetDateTime evening = NINE.plusHours(9);
    List<AlertView> views =
        AlertView.of(
            List.of(
                alert("Winter Storm Watch", evening, "Denver"),
                alert("Winter Storm Watch", NINE, "Denver")),
            EASTERN,
            NINE.plusHours(1).toInstant());

    assertThat(views).extracting(AlertView::from).containsExactly("Tue 6:05 PM", null);
    assertThat(views).extracting(AlertView::apart).containsExactly(null, "since Tue 9:05 AM");
  }

  @Test
  void beginsAtTheOnsetWhereNwsGivesOneElseWhenTheAlertTookEffect() {
    Alert issuedBefore =
        new Alert(
            "urn:3",
            "Winter Weather Advisory",
            "Moderate",
            null,
            NINE,
            NINE.plusHours(9),
            null,
            NINE.plusDays(1),
            null,
            null,
            null,
            "Denver");

    AlertView view = AlertView.of(List.of(issuedBefore), EASTERN, NINE.toInstant()).get(0);

    assertThat(view.from()).isEqualTo("Tue 6:05 PM");
    assertThat(view.effective()).isEqualTo("Tue Mar 10, 6:05 PM");
    assertThat(
            AlertView.of(List.of(alert("Flood Watch", NINE, "Bristol")), EASTERN, LATER)
                .get(0)
                .effective())
        .isEqualTo("Tue Mar 10, 9:05 AM");
  }

  @Test
  void printsTheBannersUntilShortAndTheDetailsTimesInFullInThePlacesZone() {
    AlertView view =
        AlertView.of(
                List.of(alert("Flood Watch", NINE, "Bristol")), ZoneId.of("America/Chicago"), LATER)
            .get(0);

    assertThat(view.until()).isEqualTo("Wed 7:05 AM");
    assertThat(view.effective()).isEqualTo("Tue Mar 10, 8:05 AM");
    assertThat(view.ends()).isEqualTo("Wed Mar 11, 7:05 AM");
    assertThat(view.from()).as("begun already").isNull();
    assertThat(view.severity()).isEqualTo("Severe");
    assertThat(view.severityClass()).isEqualTo("severity-severe");
  }

  @Test
  void showsNoBadgeWhenNwsKnowsNoSeverity() {
    Alert unknown =
        new Alert(
            "urn:1",
            "Air Quality Alert",
            "Unknown",
            null,
            NINE,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Alert none =
        new Alert(
            "urn:2",
            "Air Quality Alert",
            null,
            null,
            NINE,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(AlertView.of(List.of(unknown, none), EASTERN, LATER))
        .allSatisfy(
            view -> {
              assertThat(view.severity()).isNull();
              assertThat(view.severityClass()).isEqualTo("severity-unknown");
              assertThat(view.until()).isNull();
              assertThat(view.apart()).as("same event, same start, no areas").isNull();
            });
  }

  /** An alert whose hazard begins at {@code onset}, 23 hours before it expires. */
  private static Alert alert(String event, OffsetDateTime onset, String areas) {
    return new Alert(
        "urn:" + event + onset + areas,
        event,
        "Severe",
        event + " issued",
        onset,
        onset,
        null,
        NINE.plusHours(23),
        "What happens.",
        null,
        "NWS Boston MA",
        areas);
  }
}
