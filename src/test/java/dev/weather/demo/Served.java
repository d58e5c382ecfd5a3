package dev.weather.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** For the demo's tests: what the demo's NWS serves at a path and a moment, as JSON. */
final class Served {

  static final ZoneId BOSTON = ZoneId.of("America/New_York");
  static final ZoneId DENVER = ZoneId.of("America/Denver");
  static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");
  static final List<String> GRIDS = List.of("BOX/70,82", "BOX/71,90", "BOU/63,62", "SEW/124,67");
  static final String NORTON_ALERTS = "/alerts/active@point=41.967,-71.189";
  static final String DENVER_ALERTS = "/alerts/active@point=39.7392,-104.9903";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Served() {}

  /** A wall-clock time in a zone: {@code at("2026-12-02T04:00", BOSTON)}. */
  static Instant at(String local, ZoneId zone) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  static JsonNode body(String path, Instant now) {
    try {
      return JSON.readTree(NwsFixtures.body(path, now));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<JsonNode> periods(String path, Instant now) {
    List<JsonNode> periods = new ArrayList<>();
    body(path, now).path("properties").path("periods").forEach(periods::add);
    return periods;
  }

  static List<JsonNode> alerts(String path, Instant now) {
    List<JsonNode> alerts = new ArrayList<>();
    body(path, now).path("features").forEach(feature -> alerts.add(feature.path("properties")));
    return alerts;
  }

  static OffsetDateTime time(JsonNode node, String field) {
    return OffsetDateTime.parse(node.path(field).asText());
  }

  /** The period that holds {@code instant}; fails the test if none does. */
  static JsonNode periodAt(List<JsonNode> periods, OffsetDateTime instant) {
    return periods.stream()
        .filter(
            p -> !instant.isBefore(time(p, "startTime")) && instant.isBefore(time(p, "endTime")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no period holds " + instant));
  }
}
