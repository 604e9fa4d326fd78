/**
 * Journey experience scores (peak-end rule, negativity weight, effort penalties), pain points (drop-off,
 * detractor lift with a significance test, time lost) and at-risk customer alerts with their reasons.
 */
package io.cxkit.journey.scoring;
