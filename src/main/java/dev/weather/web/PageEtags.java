package dev.weather.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * A browser that already has the forecast page it would get is answered 304, without the page: the
 * page's ETag is a hash of its bytes (a weak one: equal pages, whether sent compressed or not).
 * Only pages that may be kept say so ({@link ForecastView}); those that must not be kept (a run's
 * progress, {@code no-store}) get no ETag.
 */
@Configuration(proxyBeanMethods = false)
class PageEtags {

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> pageEtagFilter() {
    ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
    // Weak: the same page goes out compressed or not (server.compression), and Tomcat compresses no
    // response that
    // carries a strong ETag.
    etags.setWriteWeakETag(true);
    FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
        new FilterRegistrationBean<>(etags);
    registration.addUrlPatterns("/weather");
    // The page is written in the async dispatch that follows its run.
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
    return registration;
  }
}
