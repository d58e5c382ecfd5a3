/**
 * Cross-cutting setup: the clock, and how the app finds its Temporal Service (embedded or real).
 */
package dev.weather.system;
