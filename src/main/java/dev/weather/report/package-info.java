/**
 * What the web layer asks for a place: a report from the cache while NWS says it is fresh, else
 * from the place's one shared run, waited for only briefly; an older report while a new one is on
 * its way or while NWS fails. Sits between {@code web} and {@code workflow}.
 */
package dev.weather.report;
