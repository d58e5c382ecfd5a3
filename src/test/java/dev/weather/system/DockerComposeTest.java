package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.nws.NwsProperties;
import dev.weather.workflow.WeatherTemporalProperties;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml is checked against what it must agree with: the
 * app's own configuration read with the environment the file gives it, the Dockerfile, and the
 * file's other services.
 */
class DockerComposeTest {

  private static final Path DOCKERFILE = Path.of("scripts/Dockerfile");

  private static Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read() throws IOException {
    try (Reader in = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(in);
      services = (Map<String, Map<String, Object>>) compose.get("services");
    }
  }

  @Test
  void theAppGivenItsEnvironmentConnectsToTheTemporalServiceOfTheFile() throws IOException {
    String target = settings(environment("weather")).get("temporal");
    String host = target.substring(0, target.indexOf(':'));
    String port = target.substring(target.indexOf(':') + 1);

    assertThat(services).as("a service named like the app's Temporal host").containsKey(host);
    assertThat(ports(host)).anyMatch(mapping -> mapping.endsWith(":" + port));
    assertThat(environment("temporal-ui"))
        .as("the Web UI reads the same service")
        .containsEntry("TEMPORAL_ADDRESS", target);
  }

  @Test
  void everyVariableGivenToTheAppIsOneItReads() throws IOException {
    Map<String, Object> given = environment("weather");
    Map<String, String> read = settings(given);

    for (String name : given.keySet()) {
      Map<String, Object> changed = new HashMap<>(given);
      changed.put(name, "changed:1");
      assertThat(settings(changed)).as(name + " is read by the app").isNotEqualTo(read);
    }
  }

  @Test
  void linksRunsToTheWebUiWhereTheBrowserReachesIt() throws IOException {
    String ui = settings(environment("weather")).get("ui");
    String published = ui.substring(ui.lastIndexOf(':') + 1);

    assertThat(ui).startsWith("http://localhost:");
    assertThat(ports("temporal-ui")).anyMatch(mapping -> mapping.startsWith(published + ":"));
  }

  @Test
  void publishesThePortTheImageExposesAndChecksTheAppsReadinessThere() throws IOException {
    String exposed =
        Files.readAllLines(DOCKERFILE).stream()
            .filter(line -> line.startsWith("EXPOSE "))
            .map(line -> line.substring(7).strip())
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    List<String> check =
        (List<String>)
            ((Map<String, Object>) services.get("weather").get("healthcheck")).get("test");

    assertThat(ports("weather")).anyMatch(mapping -> mapping.endsWith(":" + exposed));
    assertThat(String.join(" ", check))
        .contains("localhost:" + exposed + "/actuator/health/readiness");
    assertThat(services.get("weather"))
        .as("built from this project's Dockerfile, with the whole project as its context")
        .containsEntry("build", Map.of("context", ".", "dockerfile", DOCKERFILE.toString()));
    assertThat(Path.of("scripts/Dockerfile.dockerignore"))
        .as("what the build leaves out, beside the Dockerfile as BuildKit looks for it")
        .content()
        .contains("target/");
  }

  @Test
  void theImageNeverRunsATemporalOfItsOwn() throws IOException {
    String env =
        Files.readAllLines(DOCKERFILE).stream()
            .filter(line -> line.startsWith("ENV WEATHER_TEMPORAL_REQUIRE_SERVICE="))
            .findFirst()
            .orElseThrow();
    String value = env.substring(env.indexOf('=') + 1).strip();

    assertThat(settings(Map.of("WEATHER_TEMPORAL_REQUIRE_SERVICE", value)))
        .containsEntry("require-service", "true");
    assertThat(settings(Map.of()))
        .as("but ./mvnw spring-boot:run does")
        .containsEntry("require-service", "false")
        .containsEntry("temporal", "own");
    assertThat(settings(environment("weather"))).containsEntry("require-service", "true");
  }

  @Test
  void startsEachServiceOnceWhatItNeedsIsHealthy() {
    services.forEach(
        (name, service) -> {
          assertThat(service).as(name + " says when it is healthy").containsKey("healthcheck");
          dependsOn(name)
              .forEach(
                  (needed, condition) -> {
                    assertThat(services)
                        .as(name + " needs a service of the file")
                        .containsKey(needed);
                    assertThat(condition)
                        .as(name + " waits for " + needed)
                        .isEqualTo(Map.of("condition", "service_healthy"));
                  });
        });
    assertThat(dependsOn("weather")).containsKey("temporal");
    assertThat(services).containsKey((String) environment("temporal").get("POSTGRES_SEEDS"));
  }

  /**
   * What the app reads from its application.yaml with {@code variables} as its operating system
   * environment: the Temporal address and namespace, the Web UI address, whether it requires a
   * Temporal Service and the User-Agent it sends NWS.
   */
  private static Map<String, String> settings(Map<String, Object> variables) throws IOException {
    StandardEnvironment app = new StandardEnvironment();
    app.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    app.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    app.getPropertySources().addFirst(new SystemEnvironmentPropertySource("compose", variables));
    new YamlPropertySourceLoader()
        .load("application.yaml", new ClassPathResource("application.yaml"))
        .forEach(app.getPropertySources()::addLast);
    NwsProperties nws = Binder.get(app).bindOrCreate("weather.nws", NwsProperties.class);
    // As given, else the settings record's default.
    boolean requiredByDefault =
        new Binder()
            .bindOrCreate("weather.temporal", WeatherTemporalProperties.class)
            .requireService();
    return Map.of(
        "temporal", app.getProperty("spring.temporal.connection.target", ""),
        "namespace", app.getProperty("spring.temporal.namespace", ""),
        "ui", app.getProperty("weather.temporal.ui-url", ""),
        "require-service",
            app.getProperty("weather.temporal.require-service", String.valueOf(requiredByDefault)),
        "user-agent", nws.userAgent());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(String service) {
    return (Map<String, Object>) services.get(service).get("environment");
  }

  @SuppressWarnings("unchecked")
  private static List<String> ports(String service) {
    return (List<String>) services.get(service).getOrDefault("ports", List.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> dependsOn(String service) {
    return (Map<String, Object>) services.get(service).getOrDefault("depends_on", Map.of());
  }
}
