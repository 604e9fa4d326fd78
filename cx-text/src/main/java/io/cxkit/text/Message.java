package io.cxkit.text;

import java.util.Objects;

/**
 * One message of a conversation.
 *
 * @param speaker who wrote it
 * @param text what it says
 */
public record Message(Speaker speaker, String text) {
    /**
     * @param speaker who wrote it
     * @param text what it says
     * @throws NullPointerException if a component is null
     */
    public Message {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A customer's message.
     *
     * @param text what it says
     * @return a customer's message
     */
    public static Message customer(String text) {
        return new Message(Speaker.CUSTOMER, text);
    }

    /**
     * A human agent's message.
     *
     * @param text what it says
     * @return a human agent's message
     */
    public static Message agent(String text) {
        return new Message(Speaker.AGENT, text);
    }
}
