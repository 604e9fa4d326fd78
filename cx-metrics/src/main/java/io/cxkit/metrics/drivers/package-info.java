/**
 * What drives a CX figure: key-driver (relative-importance) analysis of survey ratings (LMG, Johnson's relative
 * weights, standardised betas, with bootstrap intervals), importance–performance quadrants, and logistic
 * regression for binary outcomes such as a detractor answer or churn.
 */
package io.cxkit.metrics.drivers;
