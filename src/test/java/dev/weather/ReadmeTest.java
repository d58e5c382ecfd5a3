package dev.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * README stays short and its configuration table stays true to the code: at most 220 lines; one row
 * for each {@code weather.*} setting of the {@code @ConfigurationProperties} records (found by
 * scanning, so a new record is covered), with the default the code has, and no row for a setting no
 * record has; and no relative link in README or docs/ leads to a file or heading that is gone.
 */
class ReadmeTest {

  private static final Path README = Path.of("README.md");
  private static final Path DOCS = Path.of("docs");
  private static final int MAX_LINES = 220;
  private static final String TABLE = "## Configuration";

  /**
   * The demo's own settings, besides its record's: test code reads them with {@code @Value}, and
   * the demo profile's YAML lists each one, even those it leaves empty.
   */
  private static final String DEMO_YAML = "application-demo.yaml";

  private static final String DEMO_PREFIX = "weather.demo.";

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern LINK =
      Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?[^)]*\\)");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  @Test
  void staysShort() throws IOException {
    assertThat(Files.readAllLines(README).size())
        .as("README.md's lines")
        .isLessThanOrEqualTo(MAX_LINES);
  }

  @Test
  void namesEverySettingOfTheCodeInItsTable() throws IOException {
    Set<String> missing = new TreeSet<>(settings().keySet());
    missing.removeAll(tableRows().keySet());
    assertThat(missing).as("settings with no row in README's configuration table").isEmpty();
  }

  @Test
  void namesNoSettingTheCodeLacks() throws IOException {
    Set<String> unknown = new TreeSet<>(tableRows().keySet());
    unknown.removeAll(settings().keySet());
    assertThat(unknown).as("rows of README's configuration table that no record has").isEmpty();
  }

  @Test
  void namesEachSettingOnce() throws IOException {
    List<String> names = new ArrayList<>();
    tableLines().forEach(line -> settingOf(line).ifPresent(names::add));
    Set<String> seen = new HashSet<>();
    assertThat(names.stream().filter(name -> !seen.add(name)).toList())
        .as("settings with more than one row in README's configuration table")
        .isEmpty();
  }

  @Test
  void givesEachSettingTheDefaultOfTheCode() throws IOException {
    Map<String, String> rows = tableRows();
    Map<String, String> wrong = new TreeMap<>();
    settings()
        .forEach(
            (name, value) -> {
              String cell = rows.get(name);
              if (cell != null && !value.isEmpty() && !cell.contains("`" + value + "`")) {
                wrong.put(name, "the code's default is " + value + ", the table says " + cell);
              }
            });
    assertThat(wrong).as("defaults in README's table").isEmpty();
  }

  @Test
  void linksOnlyToFilesAndHeadingsThatExist() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(README));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      for (String target : links(page)) {
        String file = target.replaceAll("[#?].*", "");
        String heading = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
        Path resolved = file.isEmpty() ? page : base(page).resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(page + " -> " + target + ": no such file");
        } else if (!heading.isEmpty()
            && resolved.toString().endsWith(".md")
            && !anchors(resolved).contains(heading)) {
          broken.add(page + " -> " + target + ": no such heading");
        }
      }
    }
    assertThat(broken).as("relative links in README.md and docs/*.md").isEmpty();
  }

  @Test
  void readsNestedRecordsRenamesAndDefaults() {
    Map<String, String> settings = new TreeMap<>();

    collect("weather.example", Outer.class, settings);

    assertThat(settings)
        .containsExactly(
            Map.entry("weather.example.inner.max-things", "5"),
            Map.entry("weather.example.wait", "2s"));
  }

  record Inner(@DefaultValue("5") int maxThings) {}

  record Outer(@Name("wait") @DefaultValue("2s") String pageWait, Inner inner) {}

  /**
   * Every {@code weather.*} setting the code reads, with its default ("" when it has none): each
   * record's components, kebab-cased, under its prefix (nested records give dotted keys,
   * {@code @Name} renames), defaults from {@code @DefaultValue} or else application.yaml; and the
   * demo's own settings.
   */
  private static Map<String, String> settings() {
    Map<String, String> settings = new TreeMap<>();
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    for (BeanDefinition candidate : scanner.findCandidateComponents("dev.weather")) {
      Class<?> type =
          ClassUtils.resolveClassName(
              candidate.getBeanClassName(), ReadmeTest.class.getClassLoader());
      String prefix =
          MergedAnnotations.from(type).get(ConfigurationProperties.class).getString("prefix");
      collect(prefix, type, settings);
    }
    assertThat(settings).as("settings found by scanning dev.weather").isNotEmpty();
    Properties app = yaml("application.yaml");
    settings.replaceAll(
        (name, value) ->
            value.isEmpty() && !app.getProperty(name, "").contains("${")
                ? app.getProperty(name, "")
                : value);
    Properties demo = yaml(DEMO_YAML);
    demo.keySet().stream()
        .map(String::valueOf)
        .filter(name -> name.startsWith(DEMO_PREFIX))
        .forEach(name -> settings.putIfAbsent(name, demo.getProperty(name)));
    return settings;
  }

  private static void collect(String prefix, Class<?> type, Map<String, String> settings) {
    assertThat(type.isRecord())
        .as("%s is a settings record (ReadmeTest reads only records)", type.getName())
        .isTrue();
    RecordComponent[] components = type.getRecordComponents();
    Constructor<?> canonical = canonical(type, components);
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      Parameter parameter = canonical.getParameters()[i];
      String name =
          prefix
              + "."
              + kebab(
                  annotation(Name.class, parameter, component)
                      .map(Name::value)
                      .orElse(component.getName()));
      if (component.getType().isRecord()) {
        collect(name, component.getType(), settings);
      } else {
        settings.put(
            name,
            annotation(DefaultValue.class, parameter, component)
                .map(value -> String.join(",", value.value()))
                .orElse(""));
      }
    }
  }

  /** Spring reads these from the constructor's parameter; a record may carry them on either. */
  private static <A extends Annotation> Optional<A> annotation(
      Class<A> type, Parameter parameter, RecordComponent component) {
    return Optional.ofNullable(parameter.getAnnotation(type))
        .or(() -> Optional.ofNullable(component.getAnnotation(type)));
  }

  private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
    try {
      return type.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type + " has no canonical constructor", e);
    }
  }

  private static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static Properties yaml(String resource) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource(resource));
    return yaml.getObject();
  }

  /** Each {@code weather.*} row of README's configuration table, by name, with its default cell. */
  private static Map<String, String> tableRows() throws IOException {
    Map<String, String> rows = new TreeMap<>();
    for (String line : tableLines()) {
      String[] cells = line.split("\\|", -1);
      settingOf(line).ifPresent(name -> rows.put(name, cells.length > 2 ? cells[2].strip() : ""));
    }
    assertThat(rows).as("weather.* rows under README's \"%s\"", TABLE).isNotEmpty();
    return rows;
  }

  private static List<String> tableLines() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int start = lines.indexOf(TABLE);
    assertThat(start).as("README's \"%s\" section", TABLE).isNotNegative();
    List<String> table = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("|")) {
        table.add(line);
      }
    }
    return table;
  }

  /** The setting a table row names: the first code span of its first cell. */
  private static Optional<String> settingOf(String row) {
    String[] cells = row.split("\\|", -1);
    Matcher code = CODE.matcher(cells.length > 1 ? cells[1] : "");
    return code.find() && code.group(1).startsWith("weather.")
        ? Optional.of(code.group(1))
        : Optional.empty();
  }

  /** The relative targets of a page's links, outside code. */
  private static List<String> links(Path page) throws IOException {
    List<String> targets = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
      while (link.find()) {
        String target = link.group(1);
        if (!SCHEME.matcher(target).find()) {
          targets.add(target);
        }
      }
    }
    return targets;
  }

  private static Path base(Path page) {
    return page.getParent() == null ? Path.of("") : page.getParent();
  }

  /** The anchors GitHub gives a page's headings. */
  private static Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new HashSet<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced && line.startsWith("#")) {
        String slug =
            line.replaceFirst("^#+\\s*", "")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
        String anchor = slug;
        for (int n = 1; !anchors.add(anchor); n++) {
          anchor = slug + "-" + n;
        }
      }
    }
    return anchors;
  }
}
