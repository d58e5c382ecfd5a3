package dev.weather.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The raw grid's hours as a value: fixed once made, and carried through Temporal as JSON. */
class GridHoursTest {

  private static final Instant NOON = Instant.parse("2026-07-16T12:00:00Z");

  @Test
  void comesBackWholeThroughTemporalsJson() {
    GridHours grid =
        new GridHours(
            OffsetDateTime.parse("2026-07-16T11:28:42-04:00"),
            List.of(
                new GridHour(
                    NOON,
                    31.5,
                    33.0,
                    null,
                    21.7,
                    77,
                    48,
                    5.556,
                    22.224,
                    260,
                    60,
                    35,
                    List.of(new GridWeather("chance", "thunderstorms", null)),
                    new Amounts(0.508, 0.0, null)),
                new GridHour(
                    NOON.plusSeconds(3600),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Amounts.NONE)));
    DataConverter json = DefaultDataConverter.STANDARD_INSTANCE;

    Payload payload = json.toPayload(grid).orElseThrow();
    GridHours back = json.fromPayload(payload, GridHours.class, GridHours.class);

    assertThat(back.hours()).isEqualTo(grid.hours());
    assertThat(back.updateTime().toInstant()).isEqualTo(grid.updateTime().toInstant());
  }

  @Test
  void keepsItsHoursAndWeatherAsMadeAndNeverLacksAmounts() {
    List<GridWeather> weather = new ArrayList<>(List.of(new GridWeather(null, "fog", null)));
    GridHour hour =
        new GridHour(
            NOON, null, null, null, null, null, null, null, null, null, null, null, weather, null);
    List<GridHour> hours = new ArrayList<>(List.of(hour));
    GridHours grid = new GridHours(null, hours);

    weather.clear();
    hours.clear();

    assertThat(grid.hours()).containsExactly(hour);
    assertThat(hour.weather()).containsExactly(new GridWeather(null, "fog", null));
    assertThat(hour.amounts()).isEqualTo(Amounts.NONE);
    assertThat(AmountsTest.hour(NOON, null).weather()).isNull();
  }

  @Test
  void keepsFromTheHourUnderWayAsManyHoursAsAsked() {
    List<GridHour> hours = new ArrayList<>();
    for (int h = 0; h < 5; h++) {
      hours.add(AmountsTest.hour(NOON.plusSeconds(3600L * h), null));
    }
    GridHours grid = new GridHours(null, hours);

    assertThat(grid.from(NOON.plusSeconds(3600 + 1800), 2).hours())
        .extracting(GridHour::start)
        .containsExactly(NOON.plusSeconds(3600), NOON.plusSeconds(7200));
    assertThat(grid.from(NOON.plusSeconds(3600), 9).hours()).hasSize(4);
    assertThat(grid.from(NOON.plusSeconds(3599), 9).hours()).hasSize(5);
    assertThat(grid.at(NOON.plusSeconds(7200))).contains(hours.get(2));
    assertThat(grid.at(NOON.plusSeconds(60))).isEmpty();
  }
}
