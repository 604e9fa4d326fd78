package io.cxkit.text;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.survey.ProportionInterval;
import io.cxkit.metrics.survey.ProportionStatistics;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The empathy of replies ({@code reply_empathy}), a service-quality metric: the share of customer messages
 * showing anger or frustration ({@link ToneDetector}) that the next human reply answers with an
 * acknowledgement, an apology or a resolution, with an interval (adjusted-Wald by default).
 *
 * <p>Input: a conversation ({@link State#addConversation}: each angry or frustrated customer message is
 * matched to the next {@link Speaker#AGENT} message; a bot message is skipped; no human reply counts as not
 * answered), or an interaction holding one exchange: the customer's comment as its first
 * {@link Feedback.Verbatim} and the human reply in the attribute {@value #REPLY_ATTRIBUTE}.
 *
 * <p>A reply is empathetic when it contains, after lower-casing, one of: sorry, apologise/apologize,
 * apologies, "i understand", "i can see", "i hear you", "that must", "must be frustrating", "i'm afraid",
 * "thank you for your patience", or resolution words: refunded, refund has been, resolved, fixed,
 * replacement, credited, "i've sent", "has been sent", "i have sent", cancelled for you, "taken care of".
 * State: two exact counts; codec version 1 carries the confidence and interval method.
 */
public final class ReplyEmpathy implements Metric<ReplyEmpathy.State> {
    /** The metric's name. */
    public static final String NAME = "reply_empathy";
    /** The attribute of an interaction that holds the human reply to its comment. */
    public static final String REPLY_ATTRIBUTE = "agent_reply";
    private static final String[] EMPATHY = {"sorry", "apologise", "apologize", "apologies", "i understand",
            "i can see", "i hear you", "that must", "must be frustrating", "i'm afraid",
            "thank you for your patience", "refunded", "refund has been", "resolved", "fixed", "replacement",
            "credited", "i've sent", "has been sent", "i have sent", "cancelled for you", "taken care of"};

    private final double confidence;
    private final ProportionInterval method;
    private final ToneDetector detector;

    /**
     * @param confidence the two-sided confidence level of the interval, in (0, 1)
     * @param method the interval method
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    public ReplyEmpathy(double confidence, ProportionInterval method) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        this.confidence = confidence;
        this.method = java.util.Objects.requireNonNull(method, "method");
        this.detector = ToneDetector.standard();
    }

    /**
     * True if {@code reply} acknowledges, apologises or resolves (the word list of the class comment).
     *
     * @param reply the reply
     * @return true if {@code reply} acknowledges, apologises or resolves (the word list of the class comment)
     */
    public static boolean empathetic(String reply) {
        String r = reply.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String e : EMPATHY) {
            if (r.contains(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** confidence and interval method: what a state is bound to. */
    @Override
    public Map<String, String> configuration() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("confidence", Double.toString(confidence));
        c.put("interval", method.label());
        return c;
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}): confidence and interval method.
     *
     * @return the spec
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, io.cxkit.metrics.MetricOptions.defaults().withConfidence(confidence)
                .withIntervalMethod(method.label()));
    }

    @Override
    public java.util.OptionalDouble confidenceLevel() {
        return java.util.OptionalDouble.of(confidence);
    }

    @Override
    public State newAccumulator() {
        return new State();
    }

    @Override
    public StateCodec<State> codec() {
        return codec;
    }

    /** Counts of angry or frustrated customer messages, and of those answered with empathy. */
    public final class State implements Accumulator<State> {
        long eligible;
        long answered;

        private boolean upset(String text) {
            MessageTone t = detector.detect(text);
            return t.has(Tone.ANGER) || t.has(Tone.FRUSTRATION);
        }

        /** Adds one exchange: the comment and the reply attribute; others are ignored. */
        @Override
        public void add(Interaction interaction) {
            List<Feedback> feedback = interaction.feedback();
            for (Feedback f : feedback) {
                if (f instanceof Feedback.Verbatim v) {
                    if (upset(v.text())) {
                        eligible++;
                        String reply = interaction.attributes().get(REPLY_ATTRIBUTE);
                        answered += reply != null && empathetic(reply) ? 1 : 0;
                    }
                    return;
                }
            }
        }

        /**
         * Adds a conversation's messages, in order.
         *
         * @param messages the messages
         */
        public void addConversation(List<Message> messages) {
            for (int i = 0; i < messages.size(); i++) {
                Message m = messages.get(i);
                if (m.speaker() != Speaker.CUSTOMER || !upset(m.text())) {
                    continue;
                }
                eligible++;
                for (int k = i + 1; k < messages.size(); k++) {
                    if (messages.get(k).speaker() == Speaker.AGENT) {
                        answered += empathetic(messages.get(k).text()) ? 1 : 0;
                        break;
                    }
                }
            }
        }

        /** @throws IllegalArgumentException if the other state was configured differently */
        @Override
        public void merge(State other) {
            io.cxkit.metrics.Configurations.requireSame(ReplyEmpathy.this, other.metric());
            eligible += other.eligible;
            answered += other.answered;
        }

        ReplyEmpathy metric() {
            return ReplyEmpathy.this;
        }

        @Override
        public Estimate result() {
            Map<String, Double> details = new LinkedHashMap<>();
            if (eligible == 0) {
                return new Estimate(NAME, Double.NaN, 0, Optional.empty(), "share-answered-with-empathy", details);
            }
            details.put("answered", (double) answered);
            Interval ci = ProportionStatistics.interval(method, answered, eligible, confidence);
            return new Estimate(NAME, (double) answered / eligible, eligible, Optional.of(ci),
                    "share-answered-with-empathy", details);
        }

        @Override
        public long count() {
            return eligible;
        }
    }

    private final StateCodec<State> codec = new StateCodec<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State s, DataOutput out) throws IOException {
            out.writeDouble(confidence);
            out.writeUTF(method.label());
            out.writeLong(s.eligible);
            out.writeLong(s.answered);
        }

        @Override
        public State read(DataInput in, int version) throws IOException {
            double conf = in.readDouble();
            String m = in.readUTF();
            if (conf != confidence || !m.equals(method.label())) {
                throw new StateFormatException("reply_empathy state has confidence " + conf + ", interval " + m
                        + "; this metric has confidence " + confidence + ", interval " + method.label());
            }
            State s = new State();
            s.eligible = in.readLong();
            s.answered = in.readLong();
            if (s.eligible < 0 || s.answered < 0 || s.answered > s.eligible) {
                throw new StateFormatException("reply_empathy state counts are impossible: " + s.answered
                        + " answered of " + s.eligible);
            }
            return s;
        }
    };

    /** Registers {@code reply_empathy} through {@link java.util.ServiceLoader}. */
    public static final class Provider implements MetricProvider {
        /** For the service loader. */
        public Provider() {
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "share of angry or frustrated customer messages whose next human reply acknowledges,"
                    + " apologises or resolves";
        }

        @Override
        public Metric<?> create(MetricOptions options) {
            return new ReplyEmpathy(options.confidence(), options.intervalMethod().map(ProportionInterval::parse)
                    .orElse(ProportionInterval.AGRESTI_COULL));
        }

        @Override
        public Optional<java.util.Set<String>> settings() {
            return Optional.of(java.util.Set.of());
        }

        @Override
        public java.util.Set<String> intervalMethods() {
            return ProportionInterval.NAMES;
        }
    }
}
