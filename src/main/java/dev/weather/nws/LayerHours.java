package dev.weather.nws;

import static dev.weather.nws.AnswerLimits.GRID_HOURS;

import dev.weather.forecast.GridWeather;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One layer of NWS's raw grid, hour by hour. Each value holds for an interval ({@link ValidTime})
 * and is spread over every whole hour the interval holds. An amount (rain, snow, ice) is the total
 * of its interval: it is split evenly over the interval's hours, so the hours of any set of whole
 * intervals sum back to NWS's totals; an interval shorter than an hour gives its amount to the hour
 * it starts in. Values are converted by their layer's {@code uom}: a layer in a unit not known for
 * it is left out (one debug line), and so is a value whose interval cannot be read; neither fails
 * the grid. A missing layer gives no hours; a null value none for its interval.
 */
final class LayerHours {

  private static final Logger log = LoggerFactory.getLogger(LayerHours.class);

  private LayerHours() {}

  /** Each hour's value, converted to {@code dimension}'s unit. */
  static Map<Instant, Double> values(String name, GridJson.Layer layer, Dimension dimension) {
    Map<Instant, Double> hours = new HashMap<>();
    DoubleUnaryOperator conversion = conversion(name, layer, dimension);
    for (GridJson.Value v : conversion == null ? List.<GridJson.Value>of() : layer.values()) {
      ValidTime time = v == null ? null : ValidTime.parse(v.validTime());
      Double value = time == null ? null : convert(v.value(), conversion);
      if (value != null) {
        time.hours(GRID_HOURS).forEach(hour -> hours.put(hour, value));
      }
    }
    return hours;
  }

  /** Each hour's share of the totals, in millimetres. */
  static Map<Instant, Double> amounts(String name, GridJson.Layer layer) {
    Map<Instant, Double> hours = new HashMap<>();
    DoubleUnaryOperator conversion = conversion(name, layer, Dimension.DEPTH);
    for (GridJson.Value v : conversion == null ? List.<GridJson.Value>of() : layer.values()) {
      ValidTime time = v == null ? null : ValidTime.parse(v.validTime());
      Double total = time == null ? null : convert(v.value(), conversion);
      if (total != null) {
        long count = time.hourCount();
        List<Instant> shares =
            count > 0
                ? time.hours(GRID_HOURS)
                : List.of(time.start().truncatedTo(ChronoUnit.HOURS));
        double share = total / Math.max(count, 1);
        // Added, not put: a short interval's hour may be another interval's too.
        shares.forEach(hour -> hours.merge(hour, share, Double::sum));
      }
    }
    return hours;
  }

  static Map<Instant, List<GridWeather>> weather(GridJson.WeatherLayer layer) {
    Map<Instant, List<GridWeather>> hours = new HashMap<>();
    List<GridJson.WeatherValue> values =
        layer == null || layer.values() == null ? List.of() : layer.values();
    for (GridJson.WeatherValue v : values) {
      ValidTime time = v == null || v.value() == null ? null : ValidTime.parse(v.validTime());
      if (time != null) {
        List<GridWeather> kinds = kinds(v.value());
        time.hours(GRID_HOURS).forEach(hour -> hours.put(hour, kinds));
      }
    }
    return hours;
  }

  /** The kinds of weather NWS names; an entry without a kind is its way of saying "none". */
  private static List<GridWeather> kinds(List<GridJson.Weather> weather) {
    return weather.stream()
        .filter(w -> w != null && w.weather() != null)
        .limit(AnswerLimits.GRID_WEATHER)
        .map(
            w ->
                new GridWeather(
                    AnswerLimits.text(w.coverage(), AnswerLimits.GRID_WORD),
                    AnswerLimits.text(w.weather(), AnswerLimits.GRID_WORD),
                    AnswerLimits.text(w.intensity(), AnswerLimits.GRID_WORD)))
        .toList();
  }

  /** The layer's conversion to {@code dimension}; null when it is missing or in another unit. */
  private static DoubleUnaryOperator conversion(
      String name, GridJson.Layer layer, Dimension dimension) {
    if (layer == null || layer.values() == null) {
      return null;
    }
    // NWS sends probabilityOfThunder without a uom: a probability has no unit but percent.
    String uom = layer.uom() == null && dimension == Dimension.PERCENT ? "percent" : layer.uom();
    DoubleUnaryOperator conversion = dimension.converter(uom);
    if (conversion == null) {
      log.debug(
          "Left out the grid's {}: {} is no unit of {} this app knows",
          name,
          NwsErrors.clean(uom),
          dimension.name().toLowerCase(Locale.ROOT));
    }
    return conversion;
  }

  private static Double convert(Double value, DoubleUnaryOperator conversion) {
    if (value == null) {
      return null;
    }
    double converted = conversion.applyAsDouble(value);
    return Double.isFinite(converted) ? converted : null;
  }
}
