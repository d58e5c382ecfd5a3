package dev.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The per-package floor of the mutation profile ({@code ./mvnw -Pmutation verify},
 * docs/TESTING.md): run after PIT, which checks the overall score itself, it reads PIT's report and
 * fails for any package whose tests kill fewer than {@value #FLOOR}% of its mutants. Tagged so that
 * {@code ./mvnw test}, which writes no such report, leaves it out.
 */
@Tag("mutation-scores")
class MutationScoresTest {

  static final int FLOOR = 80;
  private static final Path REPORT = Path.of("target", "pit-reports", "mutations.xml");

  @Test
  void everyPackageKillsAtLeastItsFloorOfMutants() throws Exception {
    assertThat(REPORT).as("PIT's report, written by the profile's mutationCoverage").exists();
    NodeList mutations =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Files.newInputStream(REPORT))
            .getElementsByTagName("mutation");
    Map<String, int[]> killedAndAll = new TreeMap<>();
    for (int i = 0; i < mutations.getLength(); i++) {
      Element mutation = (Element) mutations.item(i);
      String type = mutation.getElementsByTagName("mutatedClass").item(0).getTextContent();
      int[] counts =
          killedAndAll.computeIfAbsent(type.substring(0, type.lastIndexOf('.')), p -> new int[2]);
      counts[0] += Boolean.parseBoolean(mutation.getAttribute("detected")) ? 1 : 0;
      counts[1]++;
    }

    assertThat(killedAndAll).isNotEmpty();
    killedAndAll.forEach(
        (pkg, counts) ->
            System.out.printf(
                "%-28s %4d of %4d killed (%d%%)%n",
                pkg, counts[0], counts[1], 100 * counts[0] / counts[1]));
    assertThat(killedAndAll)
        .allSatisfy(
            (pkg, counts) ->
                assertThat(100.0 * counts[0] / counts[1])
                    .as("%s: %d of %d mutants killed", pkg, counts[0], counts[1])
                    .isGreaterThanOrEqualTo(FLOOR));
  }
}
