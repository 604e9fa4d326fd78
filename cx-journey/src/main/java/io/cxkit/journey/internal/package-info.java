/** Implementation shared by the journey packages; not exported, not an API. */
package io.cxkit.journey.internal;
