package io.cxkit.metrics.service;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.service.internal.EventLog;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.function.Function;

/**
 * The version-1 codec of a state that is nothing but an {@link EventLog} ({@link FirstContactResolution},
 * {@link FirstResponseTime}): the log's own encoding, with no header of its own, so that states written before
 * this class existed still read.
 *
 * @param <S> the state type
 */
final class EventLogCodec<S extends Accumulator<S>> implements StateCodec<S> {
    private final Function<S, EventLog> logOf;
    private final Function<EventLog, S> stateOf;

    EventLogCodec(Function<S, EventLog> logOf, Function<EventLog, S> stateOf) {
        this.logOf = logOf;
        this.stateOf = stateOf;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void write(S state, DataOutput out) throws IOException {
        logOf.apply(state).write(out);
    }

    @Override
    public S read(DataInput in, int version) throws IOException {
        return stateOf.apply(EventLog.read(in));
    }
}
