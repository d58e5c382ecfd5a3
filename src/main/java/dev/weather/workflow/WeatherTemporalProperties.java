package dev.weather.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this deployment uses Temporal ({@code weather.temporal.*}, README's table; {@code
 * weather.temporal.local.*} is {@code dev.weather.system.LocalTemporalProperties}). Here, below
 * {@code system}, so the workflow package reads its task queue without depending on the package
 * that configures Temporal.
 *
 * @param taskQueue the task queue of this deployment's workers; its default is in application.yaml,
 *     where the workers' annotations read it too
 * @param requireService refuse to start without {@code TEMPORAL_ADDRESS}
 * @param shutdownTimeout on shutdown, how long the workers may take to finish the activities in
 *     hand
 * @param stickyQueueTimeout how long a run's next task waits for the worker that has it cached;
 *     zero turns it off
 * @param workerHeartbeats whether the workers report their state to the Temporal Service
 * @param uiUrl the Temporal Web UI as the browser reaches it ({@code TEMPORAL_UI_URL}, in
 *     application.yaml); empty or unset: the app's own Temporal's, if any
 */
@Validated
@ConfigurationProperties("weather.temporal")
public record WeatherTemporalProperties(
    @NotBlank String taskQueue,
    @DefaultValue("false") boolean requireService,
    @NotNull @DefaultValue("10s") Duration shutdownTimeout,
    @NotNull @DefaultValue("5s") Duration stickyQueueTimeout,
    @DefaultValue("true") boolean workerHeartbeats,
    String uiUrl) {}
