package dev.weather.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fixture as NWS would answer it at a given moment: its times moved ({@link FixtureTime}) and
 * what follows them.
 */
final class Rebase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|Z)");
  private static final DateTimeFormatter NWS_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  /** Fields that say how old an answer is: moved to stay as old at any time as at the recording. */
  private static final Set<String> AGED = Set.of("updateTime", "generatedAt", "timestamp");

  private Rebase() {}

  /** {@code place} null: a fixture of no known place, whose local times keep their offsets. */
  static String of(String json, FixturePlaces.Place place, Instant now) {
    try {
      return JSON.writeValueAsString(tree(json, place, now));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json, FixturePlaces.Place place, Instant now) {
    try {
      JsonNode tree = JSON.readTree(json);
      FixtureTime time = FixtureTime.at(now, place == null ? null : place.zone());
      move(tree, time);
      JsonNode properties = tree.path("properties");
      if ("HourlyForecastGenerator".equals(properties.path("forecastGenerator").asText())
          && properties.path("periods") instanceof ArrayNode periods) {
        HourlyPeriods.oneHourEach(periods, time);
        if (place != null) {
          HourlyPeriods.bySun(periods, place);
        }
      }
      AlertFixtures.dropEnded(tree, now);
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(JsonNode node, FixtureTime time) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (isTimestamp(field.getValue())) {
          OffsetDateTime at = OffsetDateTime.parse(field.getValue().asText());
          field.setValue(
              new TextNode(
                  (AGED.contains(field.getKey()) ? time.aged(at) : time.moved(at))
                      .format(NWS_TIME)));
        } else {
          move(field.getValue(), time);
        }
      }
      renameWeekday(object);
      if (object.has("headline")) {
        AlertFixtures.retell(object, time);
      }
      if (object.path("productText").isTextual()) {
        object.put("productText", time.weekdaysMoved(object.get("productText").asText()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (isTimestamp(array.get(i))) {
          array.set(
              i,
              new TextNode(
                  time.moved(OffsetDateTime.parse(array.get(i).asText())).format(NWS_TIME)));
        } else {
          move(array.get(i), time);
        }
      }
    }
  }

  private static boolean isTimestamp(JsonNode node) {
    if (!node.isTextual() || !TIMESTAMP.matcher(node.asText()).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(node.asText());
      return true;
    } catch (DateTimeParseException notATime) {
      return false;
    }
  }

  /**
   * A period named after its weekday ("Friday Night") is renamed for the weekday it now falls on.
   */
  private static void renameWeekday(ObjectNode period) {
    String name = period.path("name").asText("");
    String day = name.replace(" Night", "");
    boolean weekday =
        Arrays.stream(DayOfWeek.values())
            .anyMatch(d -> d.getDisplayName(TextStyle.FULL, Locale.US).equals(day));
    if (weekday && period.hasNonNull("startTime")) {
      DayOfWeek now = OffsetDateTime.parse(period.get("startTime").asText()).getDayOfWeek();
      period.put(
          "name",
          now.getDisplayName(TextStyle.FULL, Locale.US)
              + (name.endsWith(" Night") ? " Night" : ""));
    }
  }
}
