package dev.weather.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat rejects before the app sees them (a header over the size limit, a request line it
 * cannot parse) get {@code application/problem+json} in the app's words and with its security
 * headers, instead of Tomcat's own HTML error page. Spring Boot's error report valve is replaced by
 * {@link Valve}.
 */
@Component
class ContainerErrors
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Host host = (Host) context.getParent();
          for (org.apache.catalina.Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
              host.getPipeline().removeValve(valve);
            }
          }
          // The host adds a valve of this class when it starts, unless one is there already.
          ((StandardHost) host).setErrorReportValveClass(Valve.class.getName());
        });
  }

  /** After Spring Boot's own customizer, which adds its error report valve. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /**
   * Writes the problem for an error response that has no body yet; public for the host, which
   * creates it.
   */
  public static class Valve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrors.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      if (response.getStatus() < 400
          || response.getContentWritten() > 0
          || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean writable = new AtomicBoolean();
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
      if (!writable.get()) {
        return;
      }
      Failure failure = Failure.ofStatus(response.getStatus());
      log.warn(
          "Rejected before reaching the app: {} for {} {}",
          failure.status().value(),
          LogText.cap(request.getMethod()),
          LogText.cap(request.getRequestURI()));
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("title", failure.title());
      problem.put("status", failure.status().value());
      problem.put("detail", failure.message());
      try {
        SecurityHeaders.write(request, response);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        PrintWriter body = response.getReporter();
        if (body != null) {
          body.write(JSON.writeValueAsString(problem));
          response.finishResponse();
        }
      } catch (IOException e) {
        // The client has gone; there is no one left to tell.
      }
    }
  }
}
