package dev.weather.nws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.weather.forecast.Causes;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The few parts of NWS's GeoJSON we read, and how they are read. Everything else NWS sends is
 * ignored.
 */
final class NwsJson {

  /** Lenient where NWS adds fields, strict about types; times keep the offset NWS gave them. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private NwsJson() {}

  /** {@code body} read as {@code type}: a body that is not such JSON is a "malformed" failure. */
  static <T> T read(byte[] body, Class<T> type) {
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw NwsErrors.malformed("the body is empty", null);
      }
      return value;
    } catch (JacksonException e) {
      // The parser's own words name its internals ("out of range of int"): a person is told what
      // and where.
      JsonLocation at = e.getLocation();
      String where =
          at == null || at.getLineNr() < 1
              ? ""
              : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String what =
          Causes.find(e, InputCoercionException.class) != null
              ? "a number out of range"
              : "not JSON this app can read";
      throw NwsErrors.malformed(what + where, e);
    } catch (IOException e) {
      throw NwsErrors.noAnswer(e);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PointFeature(PointProperties properties) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PointProperties(
      String gridId,
      Integer gridX,
      Integer gridY,
      String timeZone,
      RelativeLocation relativeLocation,
      AstronomicalData astronomicalData) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AstronomicalData(OffsetDateTime sunrise, OffsetDateTime sunset) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RelativeLocation(PlaceName properties) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PlaceName(String city, String state) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ForecastFeature(ForecastProperties properties) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ForecastProperties(
      OffsetDateTime generatedAt, OffsetDateTime updateTime, List<Period> periods) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Period(
      int number,
      String name,
      OffsetDateTime startTime,
      OffsetDateTime endTime,
      boolean isDaytime,
      Integer temperature,
      String temperatureUnit,
      String windSpeed,
      String windDirection,
      Quantity probabilityOfPrecipitation,
      String icon,
      String shortForecast,
      String detailedForecast) {}

  /** A measured value; NWS sends {@code "value": null} when it has none. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Quantity(Double value, String unitCode) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AlertCollection(List<AlertFeature> features) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AlertFeature(AlertProperties properties) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AlertProperties(
      String id,
      String event,
      String severity,
      String headline,
      OffsetDateTime effective,
      OffsetDateTime onset,
      OffsetDateTime ends,
      OffsetDateTime expires,
      String description,
      String instruction,
      String senderName,
      String areaDesc,
      String messageType,
      List<AlertReference> references) {}

  /** An earlier alert a new message updates or cancels. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AlertReference(String identifier) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record StationCollection(List<StationFeature> features) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record StationFeature(Geometry geometry, StationProperties properties) {}

  /** A GeoJSON point: longitude first. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Geometry(String type, List<Double> coordinates) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record StationProperties(String stationIdentifier, String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ObservationFeature(ObservationProperties properties) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ObservationCollection(List<ObservationFeature> features) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ObservationProperties(
      OffsetDateTime timestamp,
      String textDescription,
      String icon,
      Quantity temperature,
      Quantity dewpoint,
      Quantity windDirection,
      Quantity windSpeed,
      Quantity windGust,
      Quantity barometricPressure,
      Quantity seaLevelPressure,
      Quantity visibility,
      Quantity relativeHumidity,
      Quantity windChill,
      Quantity heatIndex,
      Quantity precipitationLastHour) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Problem(String type, String title, Integer status, String detail, String correlationId) {}
}
