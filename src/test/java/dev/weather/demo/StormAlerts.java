package dev.weather.demo;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The demo's changing weather, for watches: Boston's alerts go round every four {@code every}s, as
 * the app's clock tells, from none to a Winter Storm Watch, to the Warning that updates it (its
 * {@code references} name the Watch), to the Warning's cancellation, and none again. Each round's
 * ids are new, so a watch is told each change once. Boston's chance of rain follows ({@link
 * StormRain}).
 */
final class StormAlerts implements ResponseDefinitionTransformerV2 {

  static final String NAME = "demo-storm";

  /** The query points of Boston's neighbourhood, as the gazetteer gives them, to four decimals. */
  static final String BOSTON = "42\\.3[0-9]*,-71\\.0[0-9]*";

  private final Duration every;

  StormAlerts(Duration every) {
    this.every = every;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    return NwsFixtures.geoJson(
            body(NwsFixtures.now(event.getTransformerParameters())), "demo-storm")
        .withHeader("Cache-Control", "public, max-age=30")
        .build();
  }

  /** Where the storm's round is at {@code now}: 0 none, 1 the Watch, 2 the Warning, 3 cancelled. */
  static int step(Instant now, Duration every) {
    return (int) (now.toEpochMilli() / every.toMillis() % 4);
  }

  /** The alerts in force at {@code now}. */
  String body(Instant now) {
    long step = now.toEpochMilli() / every.toMillis();
    long round = step / 4;
    Instant roundStart = Instant.ofEpochMilli(round * 4 * every.toMillis());
    Instant ends = roundStart.plus(every.multipliedBy(4)).plus(1, ChronoUnit.DAYS);
    String watch = "urn:oid:demo.storm." + round + ".1";
    String warning = "urn:oid:demo.storm." + round + ".2";
    String feature =
        switch (step(now, every)) {
          case 1 ->
              alert(
                  watch,
                  "Alert",
                  "Winter Storm Watch",
                  "Moderate",
                  "",
                  roundStart,
                  ends,
                  "Winter Storm Watch: heavy snow possible tomorrow.");
          case 2 ->
              alert(
                  warning,
                  "Update",
                  "Winter Storm Warning",
                  "Severe",
                  watch,
                  roundStart,
                  ends,
                  "Winter Storm Warning: heavy snow expected, 8 to 12 inches.");
          case 3 ->
              alert(
                  warning + ".c",
                  "Cancel",
                  "Winter Storm Warning",
                  "Severe",
                  warning,
                  roundStart,
                  ends,
                  "The Winter Storm Warning has been cancelled.");
          default -> null;
        };
    return "{\"type\": \"FeatureCollection\", \"features\": ["
        + (feature == null ? "" : feature)
        + "]}";
  }

  private static String alert(
      String id,
      String type,
      String event,
      String severity,
      String references,
      Instant sent,
      Instant ends,
      String headline) {
    String refs = references.isEmpty() ? "" : "{\"identifier\": \"" + references + "\"}";
    return "{\"properties\": {\"id\": \""
        + id
        + "\", \"messageType\": \""
        + type
        + "\", \"event\": \""
        + event
        + "\", \"severity\": \""
        + severity
        + "\", \"headline\": \""
        + headline
        + "\", \"effective\": \""
        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(sent.atOffset(ZoneOffset.UTC))
        + "\", \"expires\": \""
        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ends.atOffset(ZoneOffset.UTC))
        + "\", \"senderName\": \"NWS Boston/Norton MA\", \"areaDesc\": \"Suffolk\", \"references\": ["
        + refs
        + "]}}";
  }
}
