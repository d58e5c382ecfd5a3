package dev.weather.system;

import dev.weather.nws.NwsProperties;
import dev.weather.watch.WatchProperties;
import dev.weather.watch.Watches;
import dev.weather.web.TemporalUi;
import dev.weather.workflow.WeatherTemporalProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.payload.codec.ZlibPayloadCodec;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.spring.boot.autoconfigure.properties.TemporalProperties;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/** Temporal settings the starter's properties do not reach. */
@Configuration(proxyBeanMethods = false)
class TemporalConfig {

  /** The starter's name for the worker factory's bean. */
  static final String WORKER_FACTORY = "temporalWorkerFactory";

  /** How many workflow tasks a worker runs at once, for each core. */
  static final int WORKFLOW_TASKS_PER_CORE = 4;

  /**
   * The workers' sizes and how long a run's next workflow task waits for the worker that ran its
   * last one (which has the run in its cache) before Temporal hands it to any worker: see {@link
   * #workerOptions(WorkerOptions.Builder, WeatherTemporalProperties, int)}.
   */
  @Bean
  TemporalOptionsCustomizer<WorkerOptions.Builder> workerOptions(
      WeatherTemporalProperties temporal, NwsProperties nws) {
    return builder -> workerOptions(builder, temporal, nws.maxConnections());
  }

  /**
   * Every activity is one or a few NWS calls, so a worker runs at most as many at once as the NWS
   * pool has connections: more would only wait for one, each on a thread of its own (the SDK's
   * default is 200 slots, and as many threads under load). Workflow tasks are short and use the
   * CPU: {@link #WORKFLOW_TASKS_PER_CORE} a core keep the cores busy while some wait on the server.
   * The sticky timeout's default is 5 s; zero turns stickiness off: every task goes to the shared
   * queue and is replayed from history. (The in-memory server ignores it; a worker killed there
   * loses its runs with the app anyway.)
   */
  static WorkerOptions.Builder workerOptions(
      WorkerOptions.Builder builder, WeatherTemporalProperties temporal, int nwsConnections) {
    return builder
        .setMaxConcurrentActivityExecutionSize(nwsConnections)
        .setMaxConcurrentLocalActivityExecutionSize(nwsConnections)
        .setMaxConcurrentWorkflowTaskExecutionSize(
            WORKFLOW_TASKS_PER_CORE * Runtime.getRuntime().availableProcessors())
        .setStickyQueueScheduleToStartTimeout(temporal.stickyQueueTimeout());
  }

  /**
   * The client's options where they depend on the app's Temporal. Worker heartbeats (the SDK
   * reporting each worker's state to the Temporal Service, not activity heartbeats) are off for the
   * in-memory server, which does not implement them, or where {@code
   * weather.temporal.worker-heartbeats=false}. The in-memory server keeps its runs in memory until
   * it is replaced, and their payloads (the whole forecast, as JSON) are most of it: compressed,
   * they take several times less. Nowhere else, since a real server's Web UI would show them
   * compressed.
   */
  @Bean
  TemporalOptionsCustomizer<WorkflowClientOptions.Builder> clientOptions(
      ObjectProvider<LocalTemporal> local, WeatherTemporalProperties temporal) {
    return builder -> clientOptions(builder, local.getIfAvailable(), temporal.workerHeartbeats());
  }

  static WorkflowClientOptions.Builder clientOptions(
      WorkflowClientOptions.Builder builder, LocalTemporal local, boolean heartbeats) {
    boolean inMemory = local != null && local.kind() == LocalTemporal.Kind.IN_MEMORY;
    if (inMemory || !heartbeats) {
      builder.setWorkerHeartbeatInterval(Duration.ofSeconds(-1)); // negative: off
    }
    if (inMemory) {
      builder.setDataConverter(
          new CodecDataConverter(
              DefaultDataConverter.STANDARD_INSTANCE, List.of(new ZlibPayloadCodec())));
    }
    return builder;
  }

  /**
   * The workers are stopped by {@link WorkerShutdown}, once. The starter would stop them again as
   * the context is destroyed, telling Temporal of each worker's shutdown a second time; and where
   * the workers never started and Temporal was never reached, that second shutdown fails on the
   * SDK's first call to it, which asks for the server's capabilities, and Spring logs the failure.
   */
  @Bean
  static BeanFactoryPostProcessor workersStoppedOnce() {
    return beanFactory -> {
      if (beanFactory.containsBeanDefinition(WORKER_FACTORY)) {
        beanFactory.getBeanDefinition(WORKER_FACTORY).setDestroyMethodName(null);
      }
    };
  }

  /** The app's own Temporal, while no TEMPORAL_ADDRESS names a Temporal Service. */
  @Bean
  @ConditionalOnProperty(name = LocalTemporal.TARGET, havingValue = LocalTemporal.LOCAL)
  LocalTemporal localTemporal(
      LocalTemporalProperties local,
      TemporalProperties starter,
      WeatherTemporalProperties temporal,
      EmbeddedProperties embedded,
      MeterRegistry meters) {
    if (temporal.requireService()) {
      throw new TemporalServiceRequiredException();
    }
    return LocalTemporal.choose(
        local,
        TemporalCli.find(local.cli()),
        starter.getNamespace(),
        () -> new EmbeddedServer(embedded.recycleAfter(), meters));
  }

  /** The starter's client and workers connect to it. */
  @Bean
  @ConditionalOnProperty(name = LocalTemporal.TARGET, havingValue = LocalTemporal.LOCAL)
  TemporalOptionsCustomizer<WorkflowServiceStubsOptions.Builder> localConnection(
      LocalTemporal local) {
    return local::connect;
  }

  /**
   * Watches live for days: on the in-memory fallback, which forgets its workflows, they are refused
   * with a clear answer.
   */
  @Bean
  Watches watches(
      WorkflowClient client,
      WatchProperties watch,
      WeatherTemporalProperties temporal,
      ObjectProvider<LocalTemporal> local,
      MeterRegistry meters) {
    LocalTemporal own = local.getIfAvailable();
    boolean durable = own == null || own.kind() != LocalTemporal.Kind.IN_MEMORY;
    return new Watches(client, watch, temporal.taskQueue(), durable, meters);
  }

  /**
   * Progress pages link to the run in its Web UI: the one configured, else the local Temporal's.
   */
  @Bean
  TemporalUi temporalUi(WeatherTemporalProperties temporal, ObjectProvider<LocalTemporal> local) {
    if (StringUtils.hasText(temporal.uiUrl())) {
      return new TemporalUi(temporal.uiUrl());
    }
    LocalTemporal own = local.getIfAvailable();
    return new TemporalUi(own == null ? "" : own.ui().orElse(""));
  }
}
