package dev.weather.endtoend;

import dev.weather.TestTemporal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points an {@link EndToEnd} class's app at its namespace on the dev server and at its NWS stub, as
 * an operator would ({@code TEMPORAL_ADDRESS}, {@code TEMPORAL_NAMESPACE}, {@code
 * weather.nws.base-url}), when Spring starts the app: before that no port of the stub is known.
 */
public final class WholeAppSettings implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    EndToEnd endToEnd = AnnotatedElementUtils.findMergedAnnotation(testClass, EndToEnd.class);
    return endToEnd == null
        ? null
        : new Settings(testClass, endToEnd.stubNws(), endToEnd.retention());
  }

  /** A record: Spring compares customizers to decide whether two classes may share an app. */
  private record Settings(Class<?> testClass, boolean stubNws, String retention)
      implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration config) {
      Map<String, Object> settings = new HashMap<>();
      settings.put("TEMPORAL_ADDRESS", TestTemporal.target());
      settings.put(
          "TEMPORAL_NAMESPACE",
          retention.isEmpty()
              ? TestTemporal.newNamespace(testClass)
              : TestTemporal.newNamespace(testClass, Duration.parse(retention)));
      if (stubNws) {
        settings.put("weather.nws.base-url", WholeApp.nws(testClass).baseUrl());
      }
      // First: above application.yaml; a class's own properties name other settings.
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(new MapPropertySource("end-to-end", settings));
    }
  }
}
