package io.cxkit.text;

/** Who wrote a message of a conversation. */
public enum Speaker {
    /** The customer. */
    CUSTOMER,
    /** A human agent of the company. */
    AGENT,
    /** A bot or an automatic message. */
    BOT
}
