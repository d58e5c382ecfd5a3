package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.weather.watch.Watches;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class WatchesHealthTest {

  @Test
  void saysWhetherWatchesCanBeHadHowManyRunAndTheWaysOut() {
    Watches watches = mock(Watches.class);
    when(watches.standing())
        .thenReturn(new Watches.Standing(true, 12L, 1000, true, List.of("home")));

    Health health = new WatchesHealth(watches).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("available", true)
        .containsEntry("open", 12L)
        .containsEntry("maxTotal", 1000)
        .containsEntry("ntfy", true)
        .containsEntry("webhooks", List.of("home"));
  }

  @Test
  void leavesOutTheCountWhenTemporalDidNotGiveIt() {
    Watches watches = mock(Watches.class);
    when(watches.standing()).thenReturn(new Watches.Standing(false, null, 1000, false, List.of()));

    Health health = new WatchesHealth(watches).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("available", false).doesNotContainKey("open");
  }
}
