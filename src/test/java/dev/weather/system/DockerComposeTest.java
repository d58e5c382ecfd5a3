package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so docker-compose.yml is read and checked instead, that it cannot silently rot. */
class DockerComposeTest {

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
  void runsTemporalWithPostgresItsUiAndTheApp() {
    assertThat(services).containsOnlyKeys("postgresql", "temporal", "temporal-ui", "weather");
    assertThat(environment("temporal")).containsEntry("DB", "postgres12").containsEntry("POSTGRES_SEEDS", "postgresql");
  }

  @Test
  void publishesTheUsualPorts() {
    assertThat(ports("temporal")).contains("7233:7233");
    assertThat(ports("temporal-ui")).contains("8233:8080");
    assertThat(ports("weather")).contains("8080:8080");
  }

  @Test
  void everyServiceChecksItsHealthAndWaitsForWhatItNeeds() {
    services.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
    assertThat(dependsOn("temporal")).containsEntry("postgresql", Map.of("condition", "service_healthy"));
    assertThat(dependsOn("weather")).containsEntry("temporal", Map.of("condition", "service_healthy"));
  }

  @Test
  void pointsTheAppAtTheTemporalService() throws IOException {
    String address = (String) environment("weather").get("TEMPORAL_ADDRESS");
    String host = address.substring(0, address.indexOf(':'));
    String port = address.substring(address.indexOf(':') + 1);

    assertThat(services).containsKey(host);
    assertThat(ports(host)).anyMatch(mapping -> mapping.endsWith(":" + port));
    assertThat(environment("temporal-ui")).containsEntry("TEMPORAL_ADDRESS", address);
    assertThat(services.get("weather")).containsEntry("build", ".");
    assertThat(Files.readString(Path.of("Dockerfile"))).contains("EXPOSE 8080", "-jar");
  }

  @Test
  void linksRunsToTheWebUiWhereTheBrowserReachesIt() {
    String ui = (String) environment("weather").get("TEMPORAL_UI_URL");
    String published = ui.substring(ui.lastIndexOf(':') + 1);

    assertThat(ui).startsWith("http://localhost:");
    assertThat(ports("temporal-ui")).anyMatch(mapping -> mapping.startsWith(published + ":"));
  }

  @Test
  void checksTheAppsReadinessThroughActuator() {
    @SuppressWarnings("unchecked")
    List<String> test = (List<String>) ((Map<String, Object>) services.get("weather").get("healthcheck")).get("test");
    assertThat(String.join(" ", test)).contains("/actuator/health/readiness");
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
    return (Map<String, Object>) services.get(service).get("depends_on");
  }
}
