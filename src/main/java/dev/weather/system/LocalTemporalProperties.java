package dev.weather.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The app's own Temporal, used while no {@code TEMPORAL_ADDRESS} names a Temporal Service (see
 * {@link LocalTemporal}).
 *
 * @param mode {@code auto}: a server already listening on {@code port}, else the Temporal CLI's dev
 *     server started by the app, else the in-memory server; {@code dev-server}: the same, but never
 *     the in-memory server (the app does not start without a real one); {@code in-memory}: always
 *     the in-memory server
 * @param cli the Temporal CLI's executable; unset: {@code temporal} on the {@code PATH}
 * @param download where no CLI is found, whether the SDK may download one (from temporal.download)
 * @param dataDir where the dev server keeps its SQLite database and its log, so runs outlive the
 *     app
 */
@Validated
@ConfigurationProperties("weather.temporal.local")
public record LocalTemporalProperties(
    @NotNull @DefaultValue("auto") Mode mode,
    Path cli,
    @DefaultValue("true") boolean download,
    @NotNull @DefaultValue(".temporal") Path dataDir,
    @Min(1) @Max(65535) @DefaultValue("7233") int port,
    @Min(1) @Max(65535) @DefaultValue("8233") int uiPort) {

  /** How far the app goes for a real Temporal Server. */
  public enum Mode {
    AUTO,
    DEV_SERVER,
    IN_MEMORY
  }
}
