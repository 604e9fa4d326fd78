/**
 * Streaming, loss-free readers and writers of interactions in JSON Lines and CSV. Every record read is either
 * accepted or rejected with its source, line, field, value and reason, and {@code read = accepted + rejected}
 * holds for every input.
 */
package io.cxkit.core.io;
