package dev.weather.nws;

import static dev.weather.nws.AnswerLimits.shortText;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Daylight;
import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Observation;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Station;
import dev.weather.forecast.Units;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NWS's JSON read into the app's records: what a part needs and nothing more, within {@link
 * AnswerLimits}; an answer that lacks what the app needs is a typed "malformed" failure, never a
 * null further on. {@link NwsClient} does the calling; this class only reads.
 */
final class NwsAnswers {

  /** NWS station identifiers: KBOS, K1B9, AU123, E4567. */
  static final Pattern STATION_ID = Pattern.compile("[A-Z0-9]{3,8}");

  private NwsAnswers() {}

  static PointInfo point(NwsJson.PointFeature feature) {
    NwsJson.PointProperties p = feature.properties();
    if (p == null || p.gridId() == null || p.gridX() == null || p.gridY() == null) {
      throw malformed("the point has no forecast grid");
    }
    Optional<NwsJson.PlaceName> place =
        Optional.ofNullable(p.relativeLocation()).map(NwsJson.RelativeLocation::properties);
    return new PointInfo(
        new GridPoint(p.gridId(), p.gridX(), p.gridY()),
        place.map(NwsJson.PlaceName::city).map(AnswerLimits::shortText).orElse(null),
        place.map(NwsJson.PlaceName::state).map(AnswerLimits::shortText).orElse(null),
        p.timeZone() == null ? null : ZoneId.of(p.timeZone()),
        p.astronomicalData() == null
                || p.astronomicalData().sunrise() == null
                || p.astronomicalData().sunset() == null
            ? null
            : new Daylight(p.astronomicalData().sunrise(), p.astronomicalData().sunset()));
  }

  static GridForecast forecast(NwsJson.ForecastProperties p) {
    return new GridForecast(
        p.generatedAt(),
        p.updateTime(),
        p.periods().stream().limit(AnswerLimits.PERIODS).map(NwsAnswers::period).toList());
  }

  static List<HourlyPeriod> hourly(NwsJson.ForecastProperties p) {
    return p.periods().stream().limit(AnswerLimits.HOURS).map(NwsAnswers::hour).toList();
  }

  /**
   * The forecast's periods that have not ended by {@code now}: an answer from a cache that missed
   * an update can be all in the past, and is then no forecast, whatever its status.
   */
  static NwsJson.ForecastProperties current(NwsJson.ForecastFeature feature, OffsetDateTime now) {
    NwsJson.ForecastProperties p = feature.properties();
    if (p == null || p.periods() == null) {
      throw malformed("the forecast has no periods");
    }
    List<NwsJson.Period> current =
        p.periods().stream()
            .filter(
                period ->
                    period == null || period.endTime() == null || period.endTime().isAfter(now))
            .toList();
    if (current.isEmpty()) {
      throw malformed(
          p.periods().isEmpty()
              ? "the forecast has no periods"
              : "every period of the forecast has ended");
    }
    return new NwsJson.ForecastProperties(p.generatedAt(), p.updateTime(), current);
  }

  static List<Alert> alerts(NwsJson.AlertCollection alerts) {
    if (alerts.features() == null) {
      throw malformed("the alerts have no features");
    }
    return alerts.features().stream()
        .map(NwsJson.AlertFeature::properties)
        .filter(a -> a != null && a.event() != null)
        .limit(AnswerLimits.ALERTS)
        .map(
            a ->
                new Alert(
                    shortText(a.id()),
                    shortText(a.event()),
                    shortText(a.severity()),
                    AnswerLimits.text(a.headline(), AnswerLimits.MEDIUM_TEXT),
                    a.effective(),
                    a.onset(),
                    a.ends(),
                    a.expires(),
                    AnswerLimits.text(a.description(), AnswerLimits.LONG_TEXT),
                    AnswerLimits.text(a.instruction(), AnswerLimits.LONG_TEXT),
                    shortText(a.senderName()),
                    AnswerLimits.text(a.areaDesc(), AnswerLimits.MEDIUM_TEXT),
                    shortText(a.messageType()),
                    references(a.references())))
        .toList();
  }

  /** The alerts a message updates or cancels, by id: at most a few, as NWS sends. */
  private static List<String> references(List<NwsJson.AlertReference> references) {
    if (references == null) {
      return List.of();
    }
    return references.stream()
        .filter(r -> r != null && r.identifier() != null)
        .map(r -> shortText(r.identifier()))
        .limit(AnswerLimits.ALERTS)
        .toList();
  }

  /**
   * The first {@code limit} stations NWS lists, leaving out those without an identifier or a place.
   */
  static List<Station> stations(NwsJson.StationCollection collection, int limit) {
    if (collection.features() == null) {
      throw malformed("the stations have no features");
    }
    return collection.features().stream()
        .map(NwsAnswers::station)
        .filter(Objects::nonNull)
        .limit(limit)
        .toList();
  }

  private static Station station(NwsJson.StationFeature feature) {
    NwsJson.StationProperties p = feature == null ? null : feature.properties();
    NwsJson.Geometry at = feature == null ? null : feature.geometry();
    if (p == null
        || p.stationIdentifier() == null
        || !STATION_ID.matcher(p.stationIdentifier()).matches()
        || at == null
        || at.coordinates() == null
        || at.coordinates().size() < 2
        || at.coordinates().get(0) == null
        || at.coordinates().get(1) == null) {
      return null;
    }
    Coordinates location;
    try {
      location = new Coordinates(at.coordinates().get(1), at.coordinates().get(0));
    } catch (IllegalArgumentException notOnEarth) {
      return null;
    }
    String name =
        p.name() == null || p.name().isBlank()
            ? p.stationIdentifier()
            : shortText(p.name().strip());
    return new Station(p.stationIdentifier(), name, location);
  }

  static Observation observation(NwsJson.ObservationFeature feature, Units units) {
    if (feature.properties() == null) {
      throw malformed("the observation has no properties");
    }
    return Observations.of(feature.properties(), units);
  }

  /** A station's readings from {@code since} on, one an hour ({@link Observations#hourly}). */
  static List<PastHour> pastHours(
      NwsJson.ObservationCollection collection, Instant since, Units units) {
    if (collection.features() == null) {
      throw malformed("the observations have no features");
    }
    return Observations.hourly(collection.features(), since, units);
  }

  private static ForecastPeriod period(NwsJson.Period p) {
    if (p.startTime() == null || p.endTime() == null) {
      throw malformed("a forecast period has no start or end time");
    }
    return new ForecastPeriod(
        p.number(),
        shortText(p.name()),
        p.startTime(),
        p.endTime(),
        p.isDaytime(),
        p.temperature(),
        shortText(p.temperatureUnit()),
        shortText(p.windSpeed()),
        shortText(p.windDirection()),
        p.probabilityOfPrecipitation() == null || p.probabilityOfPrecipitation().value() == null
            ? null
            : (int) Math.round(p.probabilityOfPrecipitation().value()),
        shortText(p.icon()),
        shortText(p.shortForecast()),
        AnswerLimits.text(p.detailedForecast(), AnswerLimits.MEDIUM_TEXT));
  }

  private static HourlyPeriod hour(NwsJson.Period p) {
    ForecastPeriod period = period(p);
    return new HourlyPeriod(
        period.startTime(),
        period.endTime(),
        period.isDaytime(),
        period.temperature(),
        period.temperatureUnit(),
        period.probabilityOfPrecipitation(),
        period.windSpeed(),
        period.windDirection(),
        period.shortForecast());
  }

  private static NwsException malformed(String detail) {
    return NwsErrors.malformed(detail, null);
  }
}
