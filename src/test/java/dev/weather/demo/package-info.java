/**
 * NWS played offline: recorded-style fixtures served by WireMock, moved to the current days. The
 * tests use it as their NWS, and {@link dev.weather.demo.DemoApplication} (the {@code demo}
 * profile) so the app runs without internet. Test code only: none of it is in the production jar.
 */
package dev.weather.demo;
