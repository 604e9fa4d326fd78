/** Journeys: cutting each customer's interactions into journeys, and the facts of one journey. */
package io.cxkit.journey;
