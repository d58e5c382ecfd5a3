/**
 * The web layer: the /weather page, the runs' pages that follow a slow forecast, their /api JSON twins, and the one
 * place ({@link dev.weather.web.Failures}) where every failure becomes a status and a sentence a person can read.
 */
package dev.weather.web;
