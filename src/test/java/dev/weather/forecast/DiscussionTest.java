package dev.weather.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A discussion as Temporal carries it between the activity that reads it and the page. */
class DiscussionTest {

  @Test
  void travelsThroughTemporalsJsonWhole() {
    Discussion afd =
        new Discussion(
            Discussion.Kind.AFD,
            "National Weather Service New York NY",
            OffsetDateTime.parse("2026-12-02T10:52-05:00"),
            "Area Forecast Discussion",
            List.of(
                new DiscussionSection("SYNOPSIS", List.of("Dry.", "<b>&amp;</b>")),
                new DiscussionSection(null, List.of("x"))));

    Payload payload = DefaultDataConverter.STANDARD_INSTANCE.toPayload(afd).orElseThrow();
    Discussion back =
        DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
            payload, Discussion.class, Discussion.class);

    assertThat(back).isEqualTo(afd);
  }

  @Test
  void keepsItsOwnCopiesOfItsLists() {
    List<String> paragraphs = new ArrayList<>(List.of("one"));
    List<DiscussionSection> sections = new ArrayList<>();
    sections.add(new DiscussionSection("A", paragraphs));
    Discussion hwo = new Discussion(Discussion.Kind.HWO, null, null, null, sections);

    paragraphs.add("two");
    sections.clear();

    assertThat(hwo.sections()).containsExactly(new DiscussionSection("A", List.of("one")));
  }
}
