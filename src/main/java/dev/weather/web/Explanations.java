package dev.weather.web;

import dev.weather.forecast.NwsFault;
import dev.weather.nws.NwsClient;
import dev.weather.workflow.ForecastException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What this instance knows that makes a failure plainer: NWS never reached since the start (this
 * machine is likely offline: the demo profile works without internet), or a point outside the
 * demo's fixtures (not outside the US).
 */
@Component
class Explanations {

  private final NwsClient nws;
  private final String demoCoverage;

  Explanations(ObjectProvider<NwsClient> nws, DemoCoverage demo) {
    this.nws = nws.getIfAvailable();
    this.demoCoverage = demo.described();
  }

  Failure of(ForecastException e) {
    if (e.fault() == NwsFault.UNAVAILABLE) {
      Optional<Failure> unreachable = unreachable();
      if (unreachable.isPresent()) {
        return unreachable.get();
      }
    }
    if (e.fault() == NwsFault.NOT_FOUND
        && !demoCoverage.isEmpty()
        && e.location().point() != null) {
      return Failure.outsideDemo(demoCoverage);
    }
    return Failure.of(e);
  }

  /**
   * Said at once, instead of a run's progress, while NWS has never been reached since the start:
   * the run keeps trying in the background, but a person offline should not watch it retry for the
   * whole budget.
   */
  Optional<Failure> unreachable() {
    return nws != null && nws.neverReached()
        ? Optional.of(Failure.unreachable(nws.host()))
        : Optional.empty();
  }
}
