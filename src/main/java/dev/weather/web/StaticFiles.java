package dev.weather.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files are served under /assets/ only ({@code spring.mvc.static-path-pattern}), so the
 * links a page writes to the app's own pages are not looked up on the class path as possible files
 * for their content-hashed address. Any other address no controller takes is a file that is not
 * there: answered as before, by a resource handler with no locations, 404 (405 for a method other
 * than GET or HEAD), and never through Spring's "no handler" path, which logs a warning and fails
 * with a 500 on a request whose Content-Type has a wildcard.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/**");
  }
}
