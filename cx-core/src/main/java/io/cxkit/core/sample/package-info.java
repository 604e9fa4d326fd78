/** A seeded, deterministic generator of realistic multi-channel customer-experience data. */
package io.cxkit.core.sample;
