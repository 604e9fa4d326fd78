package io.cxkit.core.io;

import java.util.Objects;

/**
 * What every reader's builder says about rejections, written once: fail fast or skip and report, where each
 * rejection goes, and how many the {@link ReadReport} keeps. The builders of {@link TabularSource},
 * {@link InteractionReader} and the event-log readers extend it.
 *
 * @param <B> the concrete builder, returned by the setters so calls chain
 */
public abstract class ReadSettings<B extends ReadSettings<B>> {
    private ReadPolicy policy = ReadPolicy.SKIP_AND_REPORT;
    private RejectSink sink = RejectSink.NONE;
    private int maxReportedRejections = InteractionReader.DEFAULT_MAX_REPORTED_REJECTIONS;

    /** For subclasses. */
    protected ReadSettings() {
    }

    /**
     * This builder, typed as its subclass.
     *
     * @return this
     */
    protected abstract B self();

    /**
     * What to do at a rejected record; default {@link ReadPolicy#SKIP_AND_REPORT}.
     *
     * @param policy the policy
     * @return this builder
     */
    public B policy(ReadPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return self();
    }

    /**
     * Where every rejection goes, in input order; default nowhere (the report still counts them).
     *
     * @param sink the sink
     * @return this builder
     */
    public B rejectSink(RejectSink sink) {
        this.sink = Objects.requireNonNull(sink, "rejectSink");
        return self();
    }

    /**
     * How many rejections the report keeps in {@link ReadReport#firstRejections()}; the sink still gets all of
     * them. Default {@value InteractionReader#DEFAULT_MAX_REPORTED_REJECTIONS}.
     *
     * @param max the number kept
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public B maxReportedRejections(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("maxReportedRejections must not be negative, was " + max);
        }
        this.maxReportedRejections = max;
        return self();
    }

    /**
     * The policy set.
     *
     * @return the policy
     */
    public ReadPolicy readPolicy() {
        return policy;
    }

    /**
     * The sink set.
     *
     * @return the sink
     */
    public RejectSink sink() {
        return sink;
    }

    /**
     * The number of rejections the report keeps.
     *
     * @return the number
     */
    public int reportedRejections() {
        return maxReportedRejections;
    }
}
