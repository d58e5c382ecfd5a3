package dev.weather;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

/**
 * README's claim, "each package depends only on those below it", checked on the compiled classes.
 * From the top: {@code system} (the app's Temporal and its wiring), {@code web} (with {@code
 * web.view}), {@code report} and {@code watch} side by side, {@code workflow}, {@code activities},
 * then {@code nws} and {@code place} side by side, and {@code forecast}, the records all share.
 */
class LayersTest {

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.weather");

  /** The layers; {@code alsoForecast}: more packages to count as the forecast layer's. */
  static LayeredArchitecture layers(String... alsoForecast) {
    String[] forecast = new String[alsoForecast.length + 1];
    forecast[0] = "dev.weather.forecast..";
    System.arraycopy(alsoForecast, 0, forecast, 1, alsoForecast.length);
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("system")
        .definedBy("dev.weather.system..")
        .layer("web")
        .definedBy("dev.weather.web..")
        .layer("report")
        .definedBy("dev.weather.report..")
        .layer("watch")
        .definedBy("dev.weather.watch..")
        .layer("workflow")
        .definedBy("dev.weather.workflow..")
        .layer("activities")
        .definedBy("dev.weather.activities..")
        .layer("nws")
        .definedBy("dev.weather.nws..")
        .layer("place")
        .definedBy("dev.weather.place..")
        .layer("forecast")
        .definedBy(forecast)
        .whereLayer("system")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("web")
        .mayOnlyBeAccessedByLayers("system")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("system", "web")
        .whereLayer("watch")
        .mayOnlyBeAccessedByLayers("system", "web")
        .whereLayer("workflow")
        .mayOnlyBeAccessedByLayers("system", "web", "report", "watch")
        .whereLayer("activities")
        .mayOnlyBeAccessedByLayers("system", "web", "report", "watch", "workflow")
        .whereLayer("nws")
        .mayOnlyBeAccessedByLayers("system", "web", "report", "watch", "workflow", "activities")
        .whereLayer("place")
        .mayOnlyBeAccessedByLayers("system", "web", "report", "watch", "workflow", "activities")
        .whereLayer("forecast")
        .mayOnlyBeAccessedByLayers(
            "system", "web", "report", "watch", "workflow", "activities", "nws", "place");
  }

  @Test
  void eachPackageDependsOnlyOnThoseBelowIt() {
    layers().check(APP);
  }

  @Test
  void failsForAPackageThatUsesOneAboveIt() {
    // A class counted as the forecast layer's that uses the NWS client above it.
    JavaClasses upsideDown =
        new ClassFileImporter().importClasses(UpsideDown.class, dev.weather.nws.NwsClient.class);

    assertThatThrownBy(() -> layers("dev.weather").withOptionalLayers(true).check(upsideDown))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("UpsideDown")
        .hasMessageContaining("NwsClient");
    layers().withOptionalLayers(true).check(upsideDown); // outside the layers, it is not checked
  }

  /** Stands in for a forecast record that reaches up to the NWS client. */
  static final class UpsideDown {
    dev.weather.nws.NwsClient client;
  }
}
