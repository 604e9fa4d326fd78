package io.cxkit.text;

import java.util.List;
import java.util.Objects;

/**
 * The tone of a conversation from the customer's side.
 *
 * @param customerMessages the tone of each customer message, in order
 * @param trajectory whether the customer's sentiment is getting better or worse
 * @param slope the least-squares slope of the customer's compound sentiment per message (0 with fewer than
 *        two messages)
 * @param escalationRisk the risk that the conversation escalates
 * @param riskScore the score behind the risk, in [0, 1]
 * @param reasons why, one short sentence each, in the order the rules are checked
 */
public record ConversationTone(List<MessageTone> customerMessages, Trajectory trajectory, double slope,
                               EscalationRisk escalationRisk, double riskScore, List<String> reasons) {
    /**
     * @param customerMessages the tone of each customer message, in order
     * @param trajectory whether the customer's sentiment is getting better or worse
     * @param slope the least-squares slope of the customer's compound sentiment per message (0 with fewer than two
     *        messages)
     * @param escalationRisk the risk that the conversation escalates
     * @param riskScore the score behind the risk, in [0, 1]
     * @param reasons why, one short sentence each, in the order the rules are checked
     * @throws NullPointerException if a component is null
     */
    public ConversationTone {
        customerMessages = List.copyOf(customerMessages);
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(escalationRisk, "escalationRisk");
        reasons = List.copyOf(reasons);
    }

    /** The direction of the customer's sentiment over a conversation. */
    public enum Trajectory {
        /** The slope is above +0.1 per message. */
        IMPROVING,
        /** Within ±0.1 per message, or fewer than two customer messages. */
        STABLE,
        /** The slope is below −0.1 per message. */
        WORSENING
    }

    /** The risk that a conversation escalates (a complaint, a churn, a public post). */
    public enum EscalationRisk {
        /** Score below 0.3. */
        LOW,
        /** Score 0.3 to below 0.6. */
        MEDIUM,
        /** Score 0.6 or more. */
        HIGH
    }
}
