package io.cxkit.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The tone of a conversation, its escalation risk, and the guidance for the next reply: deterministic rules
 * over the {@link ToneDetector}'s per-message tones, documented here and in {@code docs/text.md}.
 *
 * <p><b>Trajectory</b>: the least-squares slope of the customer messages' compound sentiment against their
 * position (0, 1, 2, ...): above +0.1 improving, below −0.1 worsening, else (or with fewer than two customer
 * messages) stable.
 *
 * <p><b>Escalation risk</b>: the sum, capped at 1, of 0.35 if the last customer message shows anger, 0.25 if
 * frustration, 0.5 if the customer asked for a person, 0.15 if the trajectory is worsening, 0.15 if the last
 * message's compound is −0.5 or below, and 0.2 if three or more customer messages were negative (compound
 * ≤ −0.05). Low below 0.3, medium below 0.6, high from 0.6.
 *
 * <p><b>Reply guidance</b>, from the last customer message: acknowledge and apologise on anger, frustration
 * or sadness, or a compound of −0.5 or below; reassure on urgency or sadness, or when the conversation is
 * worsening; be brief on anger or urgency; explain step by step on confusion; hand over to a human when the
 * escalation risk is high or the customer asked for a person.
 */
public final class ConversationAnalyzer {
    private final ToneDetector detector;

    /**
     * An analyzer over the given detector.
     *
     * @param detector the detector
     */
    public ConversationAnalyzer(ToneDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /**
     * An analyzer over the standard detector.
     *
     * @return an analyzer over the standard detector
     */
    public static ConversationAnalyzer standard() {
        return new ConversationAnalyzer(ToneDetector.standard());
    }

    /**
     * The tone of the conversation from its customer messages.
     *
     * @param messages the messages
     * @return the tone of the conversation from its customer messages
     * @throws NullPointerException if messages or one of them is null
     */
    public ConversationTone analyze(List<Message> messages) {
        List<MessageTone> tones = new ArrayList<>();
        for (Message m : messages) {
            if (m.speaker() == Speaker.CUSTOMER) {
                tones.add(detector.detect(m.text()));
            }
        }
        int n = tones.size();
        double slope = 0;
        if (n >= 2) {
            double mx = (n - 1) / 2.0;
            double my = 0;
            for (MessageTone t : tones) {
                my += t.sentiment().compound();
            }
            my /= n;
            double sxy = 0;
            double sxx = 0;
            for (int i = 0; i < n; i++) {
                sxy += (i - mx) * (tones.get(i).sentiment().compound() - my);
                sxx += (i - mx) * (i - mx);
            }
            slope = sxy / sxx;
        }
        ConversationTone.Trajectory trajectory = slope > 0.1 ? ConversationTone.Trajectory.IMPROVING
                : slope < -0.1 ? ConversationTone.Trajectory.WORSENING : ConversationTone.Trajectory.STABLE;
        List<String> reasons = new ArrayList<>();
        double score = 0;
        if (n > 0) {
            MessageTone last = tones.get(n - 1);
            if (last.has(Tone.ANGER)) {
                score += 0.35;
                reasons.add("last message shows anger (" + last.evidenceOf(Tone.ANGER) + ")");
            }
            if (last.has(Tone.FRUSTRATION)) {
                score += 0.25;
                reasons.add("last message shows frustration (" + last.evidenceOf(Tone.FRUSTRATION) + ")");
            }
            boolean asked = tones.stream().anyMatch(MessageTone::humanRequested);
            if (asked) {
                score += 0.5;
                reasons.add("the customer asked for a person");
            }
            if (trajectory == ConversationTone.Trajectory.WORSENING) {
                score += 0.15;
                reasons.add(String.format(java.util.Locale.ROOT, "sentiment worsening (slope %.2f per message)",
                        slope));
            }
            if (last.sentiment().compound() <= -0.5) {
                score += 0.15;
                reasons.add(String.format(java.util.Locale.ROOT, "last message strongly negative (compound %.2f)",
                        last.sentiment().compound()));
            }
            long negative = tones.stream().filter(t -> t.sentiment().compound() <= -SentimentLabel.THRESHOLD)
                    .count();
            if (negative >= 3) {
                score += 0.2;
                reasons.add(negative + " negative customer messages");
            }
        }
        score = Math.min(1, score);
        ConversationTone.EscalationRisk risk = score >= 0.6 ? ConversationTone.EscalationRisk.HIGH
                : score >= 0.3 ? ConversationTone.EscalationRisk.MEDIUM : ConversationTone.EscalationRisk.LOW;
        return new ConversationTone(tones, trajectory, slope, risk, score, reasons);
    }

    /**
     * The stance of the next reply to the conversation, with reasons.
     *
     * @param messages the messages
     * @return the stance of the next reply to the conversation, with reasons
     * @throws NullPointerException if messages or one of them is null
     */
    public ReplyGuidance guide(List<Message> messages) {
        ConversationTone c = analyze(messages);
        EnumSet<Stance> stances = EnumSet.noneOf(Stance.class);
        List<String> reasons = new ArrayList<>();
        List<MessageTone> tones = c.customerMessages();
        if (!tones.isEmpty()) {
            MessageTone last = tones.get(tones.size() - 1);
            double compound = last.sentiment().compound();
            if (last.has(Tone.ANGER) || last.has(Tone.FRUSTRATION) || last.has(Tone.SADNESS) || compound <= -0.5) {
                stances.add(Stance.ACKNOWLEDGE_AND_APOLOGISE);
                reasons.add("acknowledge and apologise: " + describe(last, Tone.ANGER, Tone.FRUSTRATION,
                        Tone.SADNESS) + String.format(java.util.Locale.ROOT, " (compound %.2f)", compound));
            }
            if (last.has(Tone.URGENCY) || last.has(Tone.SADNESS)
                    || c.trajectory() == ConversationTone.Trajectory.WORSENING) {
                stances.add(Stance.REASSURE);
                reasons.add("reassure: " + describe(last, Tone.URGENCY, Tone.SADNESS)
                        + (c.trajectory() == ConversationTone.Trajectory.WORSENING ? " sentiment worsening" : ""));
            }
            if (last.has(Tone.ANGER) || last.has(Tone.URGENCY)) {
                stances.add(Stance.BE_BRIEF);
                reasons.add("be brief: " + describe(last, Tone.ANGER, Tone.URGENCY));
            }
            if (last.has(Tone.CONFUSION)) {
                stances.add(Stance.EXPLAIN_STEP_BY_STEP);
                reasons.add("explain step by step: " + describe(last, Tone.CONFUSION));
            }
        }
        boolean asked = tones.stream().anyMatch(MessageTone::humanRequested);
        if (c.escalationRisk() == ConversationTone.EscalationRisk.HIGH || asked) {
            stances.add(Stance.HAND_OVER_TO_HUMAN);
            reasons.add("hand over to a human: " + (asked ? "the customer asked for a person" : "")
                    + (c.escalationRisk() == ConversationTone.EscalationRisk.HIGH
                    ? (asked ? "; " : "") + "escalation risk high" : ""));
        }
        return new ReplyGuidance(stances, reasons, c);
    }

    private static String describe(MessageTone t, Tone... which) {
        StringBuilder b = new StringBuilder();
        for (Tone tone : which) {
            if (t.has(tone)) {
                b.append(tone.id()).append(" [").append(t.evidenceOf(tone)).append("] ");
            }
        }
        return b.toString().trim();
    }
}
