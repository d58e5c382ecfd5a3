/**
 * Watches: workflows that live for days and tell a person when something changes. {@link
 * dev.weather.watch.PlaceAlertsWorkflow} asks NWS for one place's alerts as often as NWS allows and
 * tells every watch of the place each alert's issue, update and end once; {@link
 * dev.weather.watch.AlertWatchWorkflow} is one person's watch, which keeps what it was told (its
 * feed) and delivers each message to the person's ntfy topic or webhook; {@link
 * dev.weather.watch.Watches} is how the web layer starts, reads and ends them. Sits beside {@code
 * report}: below {@code web}, above {@code activities}.
 */
package dev.weather.watch;
