/**
 * Drivers in behaviour: what in the journeys before an answer raises the odds of a detractor answer (journey
 * features and a logistic fit), and the "bad is stronger than good" negativity ratio measured on the user's own
 * journeys.
 */
package io.cxkit.journey.drivers;
