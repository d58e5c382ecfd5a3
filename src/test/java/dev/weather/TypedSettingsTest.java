package dev.weather;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Settings are read only as typed, validated records ({@code @ConfigurationProperties}, the
 * starter's {@code TemporalProperties} for {@code spring.temporal.*}): no {@code @Value}, whose
 * string keys and defaults would be a second home for a setting.
 */
class TypedSettingsTest {

  private static final ArchRule NO_VALUE =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(Value.class.getName())
          .because("each setting has one typed home");

  @Test
  void noClassReadsASettingByItsName() {
    NO_VALUE.check(
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.weather"));
  }

  @Test
  void failsForAClassThatDoes() {
    JavaClasses untyped = new ClassFileImporter().importClasses(Untyped.class);

    assertThatThrownBy(() -> NO_VALUE.check(untyped))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Untyped");
  }

  /** Stands in for a bean that reads a setting by its name. */
  static final class Untyped {
    Untyped(@Value("${weather.web.wait}") String wait) {}
  }
}
