package dev.weather.endtoend;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The {@link EndToEnd} extension: each class's NWS stub (WireMock on a random port, reset and
 * serving the fixtures before each test, stopped after the class), and the parameters a test takes:
 * the stub as {@code WireMockServer} and the running app as {@link App}.
 */
public final class WholeApp implements BeforeEachCallback, AfterAllCallback, ParameterResolver {

  private static final Map<Class<?>, WireMockServer> STUBS = new ConcurrentHashMap<>();

  /** {@code testClass}'s stub, started on first use (Spring may start the app before any test). */
  static WireMockServer nws(Class<?> testClass) {
    return STUBS.computeIfAbsent(testClass, owner -> NwsStub.server());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    if (!AnnotatedElementUtils.findMergedAnnotation(testClass, EndToEnd.class).stubNws()) {
      return;
    }
    WireMockServer nws = nws(testClass);
    nws.resetAll();
    NwsFixtures.serve(nws, Clock.systemUTC());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    WireMockServer nws = STUBS.remove(context.getRequiredTestClass());
    if (nws != null) {
      nws.stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == WireMockServer.class || type == App.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == WireMockServer.class) {
      return nws(context.getRequiredTestClass());
    }
    return new App(
        SpringExtension.getApplicationContext(context)
            .getEnvironment()
            .getRequiredProperty("local.server.port", Integer.class));
  }
}
