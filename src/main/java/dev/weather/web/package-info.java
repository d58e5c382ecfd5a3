/**
 * The web layer: the /weather page, the runs' pages that follow a slow forecast, their /api JSON
 * twins, the parsing of what a request names, and the one place ({@link dev.weather.web.Failure})
 * where every failure becomes a status and a sentence a person can read. What the pages print is
 * built in {@link dev.weather.web.view}.
 */
package dev.weather.web;
