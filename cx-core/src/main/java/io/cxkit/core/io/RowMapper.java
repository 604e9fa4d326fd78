package io.cxkit.core.io;

/**
 * Maps one row of a {@link TabularSource} to whatever a reader makes of it (an interaction, an event, a
 * transaction), handing the result on itself. A row it returns from normally is counted as accepted; a
 * {@link RowRejectedException} rejects it. Called on the reading thread, in input order.
 */
@FunctionalInterface
public interface RowMapper {

    /**
     * Maps one row. The row is valid only during this call: copy what you keep.
     *
     * @param row the row
     * @throws RowRejectedException to reject the row, naming the column, the value and the reason
     */
    void map(Row row) throws RowRejectedException;
}
