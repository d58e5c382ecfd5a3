package dev.weather.watch;

import static dev.weather.watch.WatchWorkflowsTest.alert;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a place's book tells of an answer from NWS, each change once. */
class AlertBookTest {

  private static final Instant NOW = Instant.parse("2027-01-06T12:00:00Z");

  @Test
  void anAlertListedBesideItsOwnUpdateIsToldOnceAsItsLatestMessage() {
    AlertBook known = AlertBook.empty().after(List.of(), NOW, true).book();

    AlertBook.Next next =
        known.after(
            List.of(alert("A", "Alert", List.of()), alert("B", "Update", List.of("A"))),
            NOW,
            false);

    assertThat(next.changes()).extracting(AlertChange::key).containsExactly("issued:B");
    assertThat(next.book().standing()).containsOnlyKeys("B");
  }

  @Test
  void onTheFirstLookTheLatestMessageOfEachAlertIsInEffect() {
    AlertBook.Next next =
        AlertBook.empty()
            .after(
                List.of(alert("A", "Alert", List.of()), alert("B", "Update", List.of("A"))),
                NOW,
                true);

    assertThat(next.changes()).extracting(AlertChange::key).containsExactly("in_effect:B");
  }

  @Test
  void anAlertListedBesideItsCancellationIsNotToldAtAll() {
    AlertBook known = AlertBook.empty().after(List.of(), NOW, true).book();

    AlertBook.Next next =
        known.after(
            List.of(alert("A", "Alert", List.of()), alert("C", "Cancel", List.of("A"))),
            NOW,
            false);

    assertThat(next.changes()).isEmpty();
    assertThat(next.book().standing()).isEmpty();
  }

  @Test
  void aStandingAlertsUpdateReplacesIt() {
    AlertBook known =
        AlertBook.empty().after(List.of(alert("A", "Alert", List.of())), NOW, true).book();

    AlertBook.Next next =
        known.after(
            List.of(alert("A", "Alert", List.of()), alert("B", "Update", List.of("A"))),
            NOW,
            false);

    assertThat(next.changes()).extracting(AlertChange::key).containsExactly("updated:B");
    assertThat(next.book().standing()).containsOnlyKeys("B");
    assertThat(next.book().retired()).contains("A");
  }
}
