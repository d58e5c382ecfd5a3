package dev.weather.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * Security headers on every response: pages, the API, errors and static files. Spring Security's
 * header writers do the writing; nothing else of Spring Security is used (the app has no users to
 * authenticate).
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

  /**
   * Scripts, styles and images come from this app only, and nothing inline: the pages have no
   * inline script or style, so the strict policy costs nothing. No page may frame them.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final List<HeaderWriter> WRITERS =
      List.of(
          new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
          new XContentTypeOptionsHeaderWriter(),
          // Pages and the API are never cached unless they say otherwise; static files say a year.
          new CacheControlHeadersWriter(),
          new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
          // For browsers that predate frame-ancestors.
          new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
          crossOriginOpenerPolicy(),
          // Written only on requests that came over HTTPS (behind a proxy too: forwarded headers).
          new HstsHeaderWriter());

  @Bean
  FilterRegistrationBean<HeaderWriterFilter> securityHeaderFilter() {
    FilterRegistrationBean<HeaderWriterFilter> registration =
        new FilterRegistrationBean<>(
            new HeaderWriterFilter(WRITERS) {
              /**
               * Also on error dispatches: a request Tomcat turns away before the app's filters run
               * (TRACE, /WEB-INF/..., a malformed cookie header) reaches them only as the error
               * page.
               */
              @Override
              protected boolean shouldNotFilterErrorDispatch() {
                return false;
              }
            });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
    return registration;
  }

  /** For responses the container writes itself, where no filter runs ({@link ContainerErrors}). */
  static void write(HttpServletRequest request, HttpServletResponse response) {
    WRITERS.forEach(writer -> writer.writeHeaders(request, response));
  }

  private static CrossOriginOpenerPolicyHeaderWriter crossOriginOpenerPolicy() {
    CrossOriginOpenerPolicyHeaderWriter writer = new CrossOriginOpenerPolicyHeaderWriter();
    writer.setPolicy(CrossOriginOpenerPolicy.SAME_ORIGIN);
    return writer;
  }
}
