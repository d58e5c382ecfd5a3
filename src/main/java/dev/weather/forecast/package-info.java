/**
 * The forecast domain: where (a point or an NWS grid), what NWS forecasts there, and how NWS said
 * no. Plain records shared by every layer and carried in Temporal payloads, so they stay free of
 * framework types.
 */
package dev.weather.forecast;
