package dev.weather.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Answers sent without blocking a request thread ({@link NonBlockingWrites}), inside the security
 * headers.
 */
@Configuration(proxyBeanMethods = false)
class Writes {

  @Bean
  FilterRegistrationBean<NonBlockingWrites> nonBlockingWrites(WebProperties web) {
    FilterRegistrationBean<NonBlockingWrites> registration =
        new FilterRegistrationBean<>(new NonBlockingWrites(web));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
    return registration;
  }
}
