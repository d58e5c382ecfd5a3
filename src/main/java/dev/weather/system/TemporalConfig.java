package dev.weather.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.payload.codec.ZlibPayloadCodec;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Temporal settings the starter's properties do not reach. */
@Configuration(proxyBeanMethods = false)
class TemporalConfig {

  /** The starter's name for the worker factory's bean. */
  static final String WORKER_FACTORY = "temporalWorkerFactory";

  /**
   * The embedded server skips time by default, which collapses retry backoff and Retry-After to nothing (six calls
   * to a failing NWS within 120 ms). In the running app it must keep real time; time skipping is for tests.
   */
  @Bean
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> embeddedServerInRealTime() {
    return builder -> builder.setUseTimeskipping(false);
  }

  /**
   * How long a run's next workflow task waits for the worker that ran its last one (which has the run in its cache)
   * before Temporal hands it to any worker. The SDK's default is 5 s. Zero turns this off: every task goes to the
   * shared queue and is replayed from history. The Java test server as a standalone process (a stand-in for a
   * Temporal Service in tests) never moves a task off a dead worker's queue, so there it must be zero.
   */
  @Bean
  TemporalOptionsCustomizer<WorkerOptions.Builder> stickyQueueTimeout(
      @Value("${weather.temporal.sticky-queue-timeout}") Duration timeout) {
    return builder -> builder.setStickyQueueScheduleToStartTimeout(timeout);
  }

  /**
   * Worker heartbeats (the SDK reporting each worker's state to the Temporal Service, not activity heartbeats) are
   * off where the service is Temporal's test server, which does not implement them: the embedded server, or
   * {@code weather.temporal.worker-heartbeats=false} where the test server stands in for a Temporal Service.
   * Otherwise the SDK finds out from its first heartbeat and says so with a warning, once per worker factory.
   */
  @Bean
  TemporalOptionsCustomizer<WorkflowClientOptions.Builder> workerHeartbeats(
      @Value("${" + EmbeddedTemporal.ENABLED + ":false}") boolean embedded,
      @Value("${weather.temporal.worker-heartbeats}") boolean heartbeats) {
    // A negative interval turns them off.
    return builder -> embedded || !heartbeats ? builder.setWorkerHeartbeatInterval(Duration.ofSeconds(-1)) : builder;
  }

  /**
   * The workers are stopped by {@link WorkerShutdown}, once. The starter would stop them again as the context is
   * destroyed, telling Temporal of each worker's shutdown a second time; and where the workers never started and
   * Temporal was never reached, that second shutdown fails on the SDK's first call to it, which asks for the
   * server's capabilities, and Spring logs the failure.
   */
  @Bean
  static BeanFactoryPostProcessor workersStoppedOnce() {
    return beanFactory -> {
      if (beanFactory.containsBeanDefinition(WORKER_FACTORY)) {
        beanFactory.getBeanDefinition(WORKER_FACTORY).setDestroyMethodName(null);
      }
    };
  }

  /** The embedded server is the app's own, so it can be replaced before it slows down (see EmbeddedServer). */
  @Bean
  @ConditionalOnProperty(name = EmbeddedTemporal.ENABLED, havingValue = "true")
  EmbeddedServer embeddedServer(
      @Value("${weather.embedded.recycle-after:300}") int recycleAfter, MeterRegistry meters) {
    return new EmbeddedServer(recycleAfter, meters);
  }

  /**
   * The embedded server keeps its runs in memory until it is replaced, and their payloads (the whole forecast, as
   * JSON) are most of it: compressed, they take several times less. Only for the embedded server, since a real
   * Temporal Service's Web UI would show the payloads compressed.
   */
  @Bean
  @ConditionalOnProperty(name = EmbeddedTemporal.ENABLED, havingValue = "true")
  DataConverter compressedPayloads() {
    return new CodecDataConverter(DefaultDataConverter.STANDARD_INSTANCE, List.of(new ZlibPayloadCodec()));
  }

  /** The starter's test environment then talks to it as to an outside service, through its swappable channel. */
  @Bean
  @ConditionalOnProperty(name = EmbeddedTemporal.ENABLED, havingValue = "true")
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> embeddedServerOfOurOwn(EmbeddedServer server) {
    return builder ->
        builder.setUseExternalService(true).setWorkflowServiceStubsOptions(server.stubsOptions());
  }
}
