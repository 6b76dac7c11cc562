// Package trade models reported quantities exactly: figures with a unit and
// the rounding step they were reported with, percentage rates, statistical
// periods in SDMX style, series of observations, growth with the bounds the
// rounding allows, consistency findings, and figure mentions in English text.
package trade
