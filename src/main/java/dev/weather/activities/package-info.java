/**
 * Temporal activities: the only place the workflow touches the outside world. Each activity is one
 * NWS call; NWS failures leave here as typed {@link io.temporal.failure.ApplicationFailure}s that
 * say whether a retry can help.
 */
package dev.weather.activities;
