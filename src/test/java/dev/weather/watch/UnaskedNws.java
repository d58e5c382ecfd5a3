package dev.weather.watch;

import dev.weather.activities.WeatherActivities;
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
import java.util.List;

/** NWS's activities, none of which a watch test asks unless its fake answers it. */
abstract class UnaskedNws implements WeatherActivities {

  @Override
  public Fresh<PointInfo> resolvePoint(Coordinates point) {
    throw unasked();
  }

  @Override
  public Fresh<GridForecast> getForecast(GridPoint grid, Units units) {
    throw unasked();
  }

  @Override
  public Fresh<List<HourlyPeriod>> getHourlyForecast(GridPoint grid, Units units) {
    throw unasked();
  }

  @Override
  public Fresh<List<Alert>> getAlerts(Coordinates point) {
    throw unasked();
  }

  @Override
  public Fresh<CurrentConditions> getCurrentConditions(
      GridPoint grid, Coordinates point, Units units) {
    throw unasked();
  }

  @Override
  public Fresh<List<PastHour>> getStationHistory(String stationId, Units units) {
    throw unasked();
  }

  @Override
  public Fresh<GridHours> getGridDetail(GridPoint grid) {
    throw unasked();
  }

  @Override
  public Fresh<List<Discussion>> getDiscussions(String office) {
    throw unasked();
  }

  private static UnsupportedOperationException unasked() {
    return new UnsupportedOperationException("a watch does not ask NWS for this");
  }
}
