package io.cxkit.text;

import java.util.List;
import java.util.Set;

/**
 * The recommended stance of the next reply, with the reasons.
 *
 * @param stances the stances to take (may be empty: reply normally)
 * @param reasons one reason per stance, naming the rule and the evidence
 * @param conversation the conversation's tone the guidance is drawn from
 */
public record ReplyGuidance(Set<Stance> stances, List<String> reasons, ConversationTone conversation) {
    /**
     * @param stances the stances to take (may be empty: reply normally)
     * @param reasons one reason per stance, naming the rule and the evidence
     * @param conversation the conversation's tone the guidance is drawn from
     * @throws NullPointerException if a component is null
     */
    public ReplyGuidance {
        stances = Set.copyOf(stances);
        reasons = List.copyOf(reasons);
        java.util.Objects.requireNonNull(conversation, "conversation");
    }

    /**
     * True if the guidance recommends {@code stance}.
     *
     * @param stance the stance
     * @return true if the guidance recommends {@code stance}
     */
    public boolean recommends(Stance stance) {
        return stances.contains(stance);
    }
}
