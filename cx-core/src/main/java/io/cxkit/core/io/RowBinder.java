package io.cxkit.core.io;

/**
 * Looks at a file's header once, finds the columns a reader needs ({@link Header#require}, {@link
 * Header#optional}) and returns the {@link RowMapper} that maps each row by them. All header problems (a missing
 * column, an ambiguous name) surface here, before any row is read.
 */
@FunctionalInterface
public interface RowBinder {

    /**
     * Binds a mapper to a header.
     *
     * @param header the header
     * @return the mapper for rows under this header
     * @throws RowRejectedException if the header cannot be mapped; the read then fails with
     *         {@link ReadFailedException} naming the header line, whatever the policy
     */
    RowMapper bind(Header header) throws RowRejectedException;
}
