/**
 * The National Weather Service API client: one pooled HTTP client, URLs built only from the
 * configured base URL and ids, NWS's JSON shapes kept in this package and mapped to {@code
 * dev.weather.forecast} records at its edge, every failure turned into a typed {@link
 * dev.weather.nws.NwsException}.
 */
package dev.weather.nws;
