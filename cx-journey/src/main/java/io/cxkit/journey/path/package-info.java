/** Paths: top transitions, next and previous steps from a touchpoint, and the common paths between two. */
package io.cxkit.journey.path;
