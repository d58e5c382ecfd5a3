/**
 * NWS played offline: recorded-style fixtures served by an in-process WireMock, moved to the current days at start.
 * The {@code demo} profile uses it so the page works without internet; the tests use it as their NWS.
 */
package dev.weather.demo;
