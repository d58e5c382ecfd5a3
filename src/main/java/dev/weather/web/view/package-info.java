/**
 * What the pages print: a report, a run's progress and their parts as ready-to-print text and
 * coordinates, in the place's own time zone. Built from domain records only, with no request or
 * Spring type, so a page model can be tested without a server; the controllers in {@link
 * dev.weather.web} choose which to build.
 */
package dev.weather.web.view;
