/**
 * Identity stitching: union-find over the identifiers records carry, with per-type limits, unique types and
 * blocked junk values checked before every merge, and an explanation of every resolved customer.
 */
package io.cxkit.journey.identity;
