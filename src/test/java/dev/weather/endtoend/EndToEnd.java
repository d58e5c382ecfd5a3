package dev.weather.endtoend;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * An end-to-end test class: the whole app on a random port, on the JVM's Temporal dev server in a
 * namespace of the class's own, with WireMock as NWS serving the fixtures afresh before each test.
 * The class takes the stub ({@code WireMockServer}) and the app ({@link App}) as constructor or
 * method parameters ({@link WholeApp}). Each class gets an app of its own
 * ({@code @DirtiesContext}): the app remembers places and the stub's port, and a class may run
 * again in the same JVM (as PIT and IDEs do) with nothing left from the run before.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("end-to-end")
@ExtendWith(WholeApp.class)
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextCustomizerFactories(WholeAppSettings.class)
public @interface EndToEnd {

  /** Settings of this class's app, as {@code name=value}. */
  @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
  String[] properties() default {};

  /**
   * False for an app that must not find NWS at the stub: it names its own in {@link #properties}.
   */
  boolean stubNws() default true;

  /**
   * How long the class's namespace keeps closed runs (ISO 8601, {@code PT2S}); empty for the
   * server's default.
   */
  String retention() default "";
}
