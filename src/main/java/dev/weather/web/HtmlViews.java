package dev.weather.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Pages are HTML whatever their address ends with. Thymeleaf otherwise takes the content type from
 * the request path's extension: the error page for {@code /weather/runs/x.json} went out as {@code
 * application/json}.
 */
@Configuration(proxyBeanMethods = false)
class HtmlViews {

  @Bean
  static BeanPostProcessor htmlWhateverTheExtension() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof ThymeleafViewResolver views) {
          views.setForceContentType(true);
        }
        return bean;
      }
    };
  }
}
