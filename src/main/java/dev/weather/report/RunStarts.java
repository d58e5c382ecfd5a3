package dev.weather.report;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads that start runs. Starting is quick while Temporal answers; when it does not, the SDK
 * retries each start for up to a minute, so starts get threads of their own and cannot hold up
 * looks at runs already under way. Not an {@link Executor} bean itself, which would make Spring
 * Boot drop its own {@code applicationTaskExecutor}.
 */
@Component
class RunStarts implements DisposableBean {

  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  RunStarts() {
    executor.setThreadNamePrefix("run-start-");
    executor.setCorePoolSize(4);
    executor.setMaxPoolSize(4);
    executor.setQueueCapacity(10_000);
    executor.initialize();
  }

  Executor executor() {
    return executor;
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
