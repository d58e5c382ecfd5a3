package dev.weather.workflow;

/**
 * What a run passes on its way: {@link #enter()} before it starts (it may wait there), {@link
 * #leave()} once it has closed. The embedded server uses it to be replaced only while no run is
 * open; elsewhere it is always open.
 */
public interface RunGate {

  RunGate OPEN =
      new RunGate() {
        @Override
        public void enter() {}

        @Override
        public void leave() {}
      };

  void enter();

  void leave();
}
