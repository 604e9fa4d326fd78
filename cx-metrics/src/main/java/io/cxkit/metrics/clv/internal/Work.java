package io.cxkit.metrics.clv.internal;

/**
 * A count of the work a fit has done, in units that do not depend on the machine: one unit per likelihood row
 * evaluated, plus one per term of a series or node of a quadrature evaluated beyond a row's fixed cost. A fit
 * bounded by it ends after the same work on every machine, which a wall-clock limit would not (and tests can
 * assert it). Not thread-safe: one per fit.
 */
public final class Work {
    /** A counter without a limit, for predictions outside a fit. */
    public static final Work UNLIMITED = new Work();

    /** How the message of {@link LimitReached} starts. */
    public static final String LIMIT_REACHED = "work limit of ";

    private final long limit;
    private final boolean counting;
    private long used;

    /** @param limit the most units this counter accepts */
    public Work(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("work limit must be positive, was " + limit);
        }
        this.limit = limit;
        this.counting = true;
    }

    private Work() {
        // Shared across threads, so it keeps no count: predictions are bounded per call by their own term limits.
        this.limit = Long.MAX_VALUE;
        this.counting = false;
    }

    /**
     * Adds {@code units} of work.
     *
     * @throws LimitReached once the total passes the limit
     */
    public void charge(long units) {
        if (!counting) {
            return;
        }
        used += units;
        if (used > limit) {
            throw new LimitReached(used, limit);
        }
    }

    /** The units charged so far. */
    public long used() {
        return used;
    }

    /** The limit. */
    public long limit() {
        return limit;
    }

    /** Thrown by {@link #charge} when the limit is passed; the optimiser turns it into a not-converged end. */
    public static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitReached(long used, long limit) {
            super(LIMIT_REACHED + limit + " units reached (" + used + " used)", null, false, false);
        }
    }
}
