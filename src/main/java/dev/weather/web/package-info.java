/**
 * The web layer: the /weather page, the /api/forecast JSON twin, and the one place ({@link dev.weather.web.Failures})
 * where every failure becomes a status and a sentence a person can read.
 */
package dev.weather.web;
