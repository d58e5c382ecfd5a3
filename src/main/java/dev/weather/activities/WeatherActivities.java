package dev.weather.activities;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * The NWS calls a forecast needs, as Temporal activities. Each answer comes with until when NWS
 * said it is fresh. The default activity type names ({@code ResolvePoint}, {@code GetForecast},
 * ...) name the steps of a run.
 */
@ActivityInterface
public interface WeatherActivities {

  /**
   * The task queue of the worker that runs both the workflow and these activities, {@code
   * weather.temporal.task-queue} (a property placeholder, which the starter resolves): deployments
   * that share a namespace each need their own.
   */
  String TASK_QUEUE = "${weather.temporal.task-queue}";

  /**
   * GET /points/{lat},{lon}, kept for as long as NWS allows, since a point's grid rarely changes.
   */
  Fresh<PointInfo> resolvePoint(Coordinates point);

  /** GET /gridpoints/{office}/{x},{y}/forecast, without the periods that have already ended. */
  Fresh<GridForecast> getForecast(GridPoint grid, Units units);

  /**
   * GET /gridpoints/{office}/{x},{y}/forecast/hourly, only the hours from now to {@link #HOURS}
   * ahead.
   */
  Fresh<List<HourlyPeriod>> getHourlyForecast(GridPoint grid, Units units);

  /** GET /alerts/active?point={lat},{lon}. */
  Fresh<List<Alert>> getAlerts(Coordinates point);

  /**
   * GET /gridpoints/{office}/{x},{y}/stations, then /stations/{id}/observations/latest for the
   * nearest {@link #STATIONS} in turn: the first observation that has a temperature and is under
   * two hours old, with its station's distance from {@code point} (null for a bare grid). When none
   * has, the failure is final unless a station's failure was one worth retrying.
   */
  Fresh<CurrentConditions> getCurrentConditions(GridPoint grid, Coordinates point, Units units);

  /**
   * GET /stations/{id}/observations since {@link #HISTORY_HOURS} hours ago: what the station that
   * gave the current conditions reported, one reading an hour, oldest first.
   */
  Fresh<List<PastHour>> getStationHistory(String stationId, Units units);

  /**
   * GET /gridpoints/{office}/{x},{y}: NWS's raw grid, hour by hour, only the hours from now to
   * {@link #DETAIL_HOURS} ahead. Always in SI ({@link GridHours}).
   */
  Fresh<GridHours> getGridDetail(GridPoint grid);

  /**
   * GET /products/types/{AFD|HWO}/locations/{office}, then /products/{id} for each kind the office
   * has issued: its latest Area Forecast Discussion and Hazardous Weather Outlook, in that order
   * (either left out when the office issues none).
   */
  Fresh<List<Discussion>> getDiscussions(String office);

  /** How many of a grid's nearest stations are asked for what it is like now. */
  int STATIONS = 3;

  /** How many hours of the hourly forecast the page shows. */
  int HOURS = 48;

  /** How many hours back a station's history reaches. */
  int HISTORY_HOURS = 24;

  /** How many hours of the raw grid a report keeps: the 7 days the page shows. */
  int DETAIL_HOURS = 7 * 24;
}
