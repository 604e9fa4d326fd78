/**
 * Attribution of conversions and conversion value to channels: first-, last- and linear-touch heuristics and
 * exact Markov-chain attribution with removal effects (orders 1–4), over aggregated path data
 * ({@link io.cxkit.journey.attribution.ConversionPath}, read by {@link io.cxkit.journey.attribution.PathReader})
 * or paths built from journeys.
 */
package io.cxkit.journey.attribution;
