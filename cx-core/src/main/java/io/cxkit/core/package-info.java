/**
 * The customer-experience domain: customers, touchpoints, interactions and the feedback given in them.
 * Every type is an immutable, null-free record validated in its constructor. This package has no
 * serialisation; reading and writing live in {@code io.cxkit.core.io}.
 */
package io.cxkit.core;
