package dev.weather.bench;

import dev.weather.activities.WeatherActivitiesImpl;
import dev.weather.forecast.Alert;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Location;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.ForecastRuns;
import dev.weather.workflow.ReportKey;
import dev.weather.workflow.RetryBudget;
import dev.weather.workflow.RunGate;
import dev.weather.workflow.RunState;
import io.temporal.client.WorkflowClient;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/**
 * The benchmark's floor: the same app, but a place's report is gathered by calling the activity bean's methods
 * directly, with the workflow's NWS calls and parallelism and no Temporal on the request path (no retries either:
 * the benchmark's NWS does not fail). bench/run puts it on the classpath with {@code loader.path}; it is never in the
 * app's jar.
 */
@Primary
@Service
class FloorRuns extends ForecastRuns {

  private final WeatherActivitiesImpl nws;
  private final ExecutorService parts = Executors.newCachedThreadPool();

  FloorRuns(WorkflowClient client, RetryBudget retry, WeatherActivitiesImpl nws,
      @Value("${weather.temporal.task-queue}") String taskQueue) {
    super(client, retry, RunGate.OPEN, taskQueue);
    this.nws = nws;
    LoggerFactory.getLogger(FloorRuns.class).warn("The benchmark's floor: reports without Temporal");
  }

  /** On threads of its own: the app's run waits for Temporal without holding a thread, so the floor must not either. */
  @Override
  public CompletableFuture<WeatherReport> run(ReportKey key, Executor executor) {
    return CompletableFuture.supplyAsync(() -> report(key), parts);
  }

  @Override
  public RunState state(ReportKey key) {
    return new RunState.Unknown();
  }

  private WeatherReport report(ReportKey key) {
    Location location = key.location();
    Units units = key.units();
    PointInfo point = location.point() == null ? null : nws.resolvePoint(location.point()).value();
    GridPoint grid = point == null ? location.grid() : point.grid();
    CompletableFuture<Fresh<GridForecast>> forecast =
        CompletableFuture.supplyAsync(() -> nws.getForecast(grid, units), parts);
    CompletableFuture<Fresh<List<HourlyPeriod>>> hourly =
        CompletableFuture.supplyAsync(() -> nws.getHourlyForecast(grid, units), parts);
    CompletableFuture<Fresh<List<Alert>>> alerts = location.point() == null
        ? CompletableFuture.completedFuture(new Fresh<>(List.<Alert>of(), Instant.MAX))
        : CompletableFuture.supplyAsync(() -> nws.getAlerts(location.point()), parts);
    CompletableFuture<Fresh<CurrentConditions>> now =
        CompletableFuture.supplyAsync(() -> nws.getCurrentConditions(grid, location.point(), units), parts);
    CompletableFuture<Fresh<List<PastHour>>> history = now.thenApplyAsync(
        conditions -> nws.getStationHistory(conditions.value().station().id(), units), parts);
    CompletableFuture<Fresh<GridHours>> detail =
        CompletableFuture.supplyAsync(() -> nws.getGridDetail(grid), parts);
    CompletableFuture<Fresh<List<Discussion>>> discussions =
        CompletableFuture.supplyAsync(() -> nws.getDiscussions(grid.office()), parts);
    GridForecast periods = forecast.join().value();
    Instant until = Stream.of(forecast.join().until(), hourly.join().until(), alerts.join().until(), now.join().until(),
            history.join().until(), detail.join().until(), discussions.join().until())
        .min(Instant::compareTo).orElseThrow();
    ZoneId zone = point != null && point.timeZone() != null ? point.timeZone() : ZoneOffset.UTC;
    return new WeatherReport(
        new Forecast(point == null ? "NWS grid " + grid : point.label(), grid, zone, periods.generatedAt(),
            periods.updateTime(), periods.periods(), point == null ? null : point.daylight()),
        units, now.join().value(), history.join().value(), hourly.join().value(), alerts.join().value(), detail.join().value(),
        discussions.join().value(),
        Set.of(), Set.of(), until);
  }
}
