package io.cxkit.core.sample;

import io.cxkit.core.Channel;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import java.util.List;

/**
 * The vocabulary of the generated sample: touchpoint names, interaction kinds, attribute and identifier names,
 * so that tests, reports and users' code can name them without string literals. Everything here is part of the
 * sample's documented contract (README, "Sample data"); changing a name changes the sample.
 */
public final class SampleSchema {
    private SampleSchema() {
    }

    // ---- touchpoint ids --------------------------------------------------------------------------------

    /** Home page of the web site or start screen of the app (web, mobile_app; awareness). */
    public static final String HOME = "home";
    /** Site or app search (web, mobile_app; consideration). */
    public static final String SEARCH = "search";
    /** A product detail page (web, mobile_app; consideration). */
    public static final String PRODUCT_PAGE = "product_page";
    /** The shopping cart (web, mobile_app; purchase). */
    public static final String CART = "cart";
    /** The checkout form, where an anonymous visitor logs in (web, mobile_app; purchase). */
    public static final String CHECKOUT = "checkout";
    /** The completed order, kind {@code purchase}, with a value (web, mobile_app, store; purchase). */
    public static final String PURCHASE = "purchase";
    /** A visit to a physical store (store; consideration). */
    public static final String STORE_VISIT = "store_visit";
    /** A chat with sales staff before buying, kind {@code inquiry} (chat; consideration). */
    public static final String PRESALES_CHAT = "presales_chat";
    /** A marketing email that led to a session, outbound and automated (email; awareness). */
    public static final String EMAIL_CAMPAIGN = "email_campaign";
    /** A click on a social-media ad that led to a session (social; awareness). */
    public static final String SOCIAL_AD = "social_ad";
    /** The monthly newsletter, outbound and automated, outside any journey (email; awareness). */
    public static final String NEWSLETTER = "newsletter";
    /** The order confirmation sent after a purchase, outbound and automated (email; purchase). */
    public static final String ORDER_CONFIRMATION = "order_confirmation";
    /** The welcome email after the first purchase, outbound and automated (email; onboarding). */
    public static final String WELCOME_EMAIL = "welcome_email";
    /** A login to the app (mobile_app; usage). */
    public static final String APP_LOGIN = "app_login";
    /** A help-centre article read before contacting support (web; support). */
    public static final String HELP_CENTER = "help_center";
    /** The phone menu before a call reaches the queue, automated (phone; support). */
    public static final String IVR = "ivr";
    /** An inbound support call, kind {@code contact}, duration = handle time (phone; support). */
    public static final String SUPPORT_CALL = "support_call";
    /** An inbound support chat, kind {@code contact} (chat; support). */
    public static final String SUPPORT_CHAT = "support_chat";
    /** An inbound support email, kind {@code contact} (email; support). */
    public static final String SUPPORT_EMAIL = "support_email";
    /** The automated first reply: chat-bot greeting or email acknowledgement, outbound (chat, email; support). */
    public static final String AUTO_REPLY = "auto_reply";
    /** The first human reply to a contact, outbound (phone, chat, email; support). */
    public static final String AGENT_REPLY = "agent_reply";
    /** A transfer of the contact to the second tier, kind {@code transfer} (phone, chat; support). */
    public static final String TIER2_SUPPORT = "tier2_support";
    /** A second-tier follow-up on an escalated issue, outbound and human (phone, email; support). */
    public static final String FOLLOW_UP = "follow_up";
    /**
     * The survey by email after a support issue handled by email: CSAT, CES, sometimes NPS and a comment
     * (email; support).
     */
    public static final String POST_CONTACT_SURVEY = "post_contact_survey";
    /** The survey shown in the chat window when a support chat ends: as {@link #POST_CONTACT_SURVEY} (chat; support). */
    public static final String CHAT_SURVEY = "chat_survey";
    /** The automated phone survey right after a support call: as {@link #POST_CONTACT_SURVEY} (phone; support). */
    public static final String IVR_SURVEY = "ivr_survey";
    /** The text-message survey sent after a support call: as {@link #POST_CONTACT_SURVEY} (sms; support). */
    public static final String SMS_SURVEY = "sms_survey";
    /** The survey by email some days after a purchase: CSAT, sometimes a comment (email; purchase). */
    public static final String POST_PURCHASE_SURVEY = "post_purchase_survey";
    /**
     * The one-question CSAT survey on the order confirmation screen right after checkout, sometimes a comment
     * (web, mobile_app; purchase).
     */
    public static final String CHECKOUT_SURVEY = "checkout_survey";
    /** The quarterly relationship survey by email: NPS, sometimes a comment (email; advocacy). */
    public static final String NPS_SURVEY = "nps_survey";
    /** The quarterly relationship survey shown in the app to app users: as {@link #NPS_SURVEY} (mobile_app; advocacy). */
    public static final String IN_APP_NPS = "in_app_nps";
    /** A 1–5 star review of the app, kind {@code review} (mobile_app; advocacy). */
    public static final String APP_REVIEW = "app_review";
    /** A cancellation, kind {@code cancellation}, outcome {@code cancelled} (web, phone; renewal). */
    public static final String CANCEL_SUBSCRIPTION = "cancel_subscription";

    /**
     * The purchase funnel, in order: {@code home → product_page → cart → checkout → purchase}. Every purchase
     * journey on web or mobile_app carries a {@code journey_id} and walks a prefix of these steps (with an
     * optional {@code search} between home and product_page).
     */
    public static final List<String> PURCHASE_FUNNEL = List.of(HOME, PRODUCT_PAGE, CART, CHECKOUT, PURCHASE);

    // ---- kinds -----------------------------------------------------------------------------------------

    /** A page view, app screen or store visit. */
    public static final String KIND_VISIT = "visit";
    /** A completed order; carries a value and outcome {@code converted}. */
    public static final String KIND_PURCHASE = "purchase";
    /** An inbound support contact (call, chat, email) with a handle time and an outcome. */
    public static final String KIND_CONTACT = "contact";
    /** The phone menu step of a call. */
    public static final String KIND_IVR = "ivr";
    /** An outbound reply to a contact, automated or human. */
    public static final String KIND_REPLY = "reply";
    /** A transfer of a contact to another team. */
    public static final String KIND_TRANSFER = "transfer";
    /** An outbound second-tier follow-up on an escalated issue. */
    public static final String KIND_FOLLOW_UP = "follow_up";
    /** A pre-sales chat. */
    public static final String KIND_INQUIRY = "inquiry";
    /** A survey answer; carries feedback. */
    public static final String KIND_SURVEY = "survey";
    /** A review; carries a rating and sometimes a comment. */
    public static final String KIND_REVIEW = "review";
    /** An outbound marketing or service message. */
    public static final String KIND_MESSAGE = "message";
    /** A click on an ad. */
    public static final String KIND_AD_CLICK = "ad_click";
    /** An app login. */
    public static final String KIND_LOGIN = "login";
    /** A cancellation of the customer's plan. */
    public static final String KIND_CANCELLATION = "cancellation";

    /** The outcome of a cancellation. */
    public static final Outcome CANCELLED = Outcome.of("cancelled");

    // ---- attributes and identifiers --------------------------------------------------------------------

    /** Interaction and customer attribute: {@code consumer}, {@code smb} or {@code enterprise}. */
    public static final String ATTR_SEGMENT = "segment";
    /** Interaction and customer attribute: {@code na}, {@code emea}, {@code apac} or {@code latam}. */
    public static final String ATTR_REGION = "region";
    /** Interaction and customer attribute: {@code basic}, {@code plus} or {@code premium}. */
    public static final String ATTR_PLAN = "plan";
    /** Customer attribute: the local date (ISO) of the customer's first interaction. */
    public static final String ATTR_SIGNUP_DATE = "signup_date";
    /** Customer attribute: {@code true} if the customer uses the app. */
    public static final String ATTR_APP_USER = "app_user";
    /** Customer attribute: {@code true} if the customer receives the newsletter and campaigns. */
    public static final String ATTR_EMAIL_OPT_IN = "email_opt_in";
    /** Attribute on support interactions: the issue key; every contact about one issue has the same key. */
    public static final String ATTR_ISSUE = "issue";
    /** Attribute on support interactions: {@code delivery}, {@code billing}, {@code product_defect}, ... */
    public static final String ATTR_ISSUE_TYPE = "issue_type";
    /** Attribute on support contacts: seconds the customer waited for the first human reply. */
    public static final String ATTR_WAIT_SECONDS = "wait_seconds";
    /** Attribute on purchase journeys: {@code direct}, {@code search}, {@code email} or {@code social}. */
    public static final String ATTR_SOURCE = "source";
    /** Attribute on cancellations: why the customer left. */
    public static final String ATTR_CANCEL_REASON = "reason";

    /** Identifier type: email address (reserved example domains). */
    public static final String ID_EMAIL = "email";
    /** Identifier type: phone number (fictional 555 numbers). */
    public static final String ID_PHONE = "phone";
    /** Identifier type: mobile device id. */
    public static final String ID_DEVICE = "device";
    /** Identifier type: web cookie; rotates, and a few sessions carry junk such as {@code anonymous}. */
    public static final String ID_COOKIE = "cookie";
    /** Identifier type: CRM account id, unique per customer. */
    public static final String ID_CRM = "crm";

    /** Question rating 1–5 on a support survey: speed of the answer (wait and repeat contacts drive it). */
    public static final String ATTR_Q_SPEED = "q_speed";
    /** Question rating 1–5 on a support survey: the staff (transfers and escalations lower it). */
    public static final String ATTR_Q_STAFF = "q_staff";
    /** Question rating 1–5 on a support survey: whether the issue was resolved. */
    public static final String ATTR_Q_RESOLUTION = "q_resolution";
    /** Question rating 1–5 on a support survey: how easy it was (the effort behind CES). */
    public static final String ATTR_Q_EASE = "q_ease";
    /** The question ratings every support survey carries, as attributes. */
    public static final List<String> QUESTION_RATINGS = List.of(ATTR_Q_SPEED, ATTR_Q_STAFF, ATTR_Q_RESOLUTION,
            ATTR_Q_EASE);
    /**
     * The region whose support improves half-way through the window (the sample's treated group; the other
     * regions are untouched controls).
     */
    public static final String TREATED_REGION = "emea";
    /**
     * The improvement, in the latent experience score behind support-survey answers (about one CSAT point in
     * 1.4 and one NPS step in 0.7), for treated-region surveys from the intervention on.
     */
    public static final double SUPPORT_IMPROVEMENT = 0.8;
    /**
     * The negativity ratio λ embedded in the NPS answer of a support survey: each negative moment of the
     * support journey before it (a contact or follow-up with outcome {@code unresolved} or {@code escalated})
     * lowers the latent experience behind the answer λ times as much as each positive moment (outcome
     * {@code resolved}) raises it, by {@link #MOMENT_EFFECT} per positive moment. 3 is a documented choice
     * for the sample, within the range of "bad is stronger than good" (Baumeister et al. 2001), not a
     * published constant; the journey drivers' negativity ratio should recover it from the sample.
     */
    public static final double NEGATIVITY_RATIO = 3.0;
    /**
     * What one positive moment of a support journey adds to the latent experience behind its NPS answer
     * (0.4, that is 0.6 NPS points before rounding); a negative moment takes off
     * {@link #NEGATIVITY_RATIO} times as much.
     */
    public static final double MOMENT_EFFECT = 0.4;

    /** Every attribute name an interaction of the sample may carry, for CSV headers ({@code attr.NAME}). */
    public static final List<String> INTERACTION_ATTRIBUTES = List.of(ATTR_SEGMENT, ATTR_REGION, ATTR_PLAN,
            ATTR_SOURCE, ATTR_ISSUE, ATTR_ISSUE_TYPE, ATTR_WAIT_SECONDS, ATTR_CANCEL_REASON, ATTR_Q_SPEED,
            ATTR_Q_STAFF, ATTR_Q_RESOLUTION, ATTR_Q_EASE);

    /** Every identifier type an interaction of the sample may carry, for CSV headers ({@code id.TYPE}). */
    public static final List<String> IDENTIFIER_TYPES = List.of(ID_EMAIL, ID_PHONE, ID_DEVICE, ID_COOKIE, ID_CRM);

    /** The junk cookie values a few anonymous sessions carry, shared by many customers. */
    public static final List<String> JUNK_IDENTIFIERS = List.of("anonymous", "undefined");

    // ---- touchpoints -----------------------------------------------------------------------------------

    static final Touchpoint WEB_HOME = tp(HOME, Channel.WEB, JourneyStage.AWARENESS);
    static final Touchpoint WEB_SEARCH = tp(SEARCH, Channel.WEB, JourneyStage.CONSIDERATION);
    static final Touchpoint WEB_PRODUCT = tp(PRODUCT_PAGE, Channel.WEB, JourneyStage.CONSIDERATION);
    static final Touchpoint WEB_CART = tp(CART, Channel.WEB, JourneyStage.PURCHASE);
    static final Touchpoint WEB_CHECKOUT = tp(CHECKOUT, Channel.WEB, JourneyStage.PURCHASE);
    static final Touchpoint WEB_PURCHASE = tp(PURCHASE, Channel.WEB, JourneyStage.PURCHASE);
    static final Touchpoint APP_HOME = tp(HOME, Channel.MOBILE_APP, JourneyStage.AWARENESS);
    static final Touchpoint APP_SEARCH = tp(SEARCH, Channel.MOBILE_APP, JourneyStage.CONSIDERATION);
    static final Touchpoint APP_PRODUCT = tp(PRODUCT_PAGE, Channel.MOBILE_APP, JourneyStage.CONSIDERATION);
    static final Touchpoint APP_CART = tp(CART, Channel.MOBILE_APP, JourneyStage.PURCHASE);
    static final Touchpoint APP_CHECKOUT = tp(CHECKOUT, Channel.MOBILE_APP, JourneyStage.PURCHASE);
    static final Touchpoint APP_PURCHASE = tp(PURCHASE, Channel.MOBILE_APP, JourneyStage.PURCHASE);
    static final Touchpoint STORE_VISIT_TP = tp(STORE_VISIT, Channel.STORE, JourneyStage.CONSIDERATION);
    static final Touchpoint STORE_PURCHASE = tp(PURCHASE, Channel.STORE, JourneyStage.PURCHASE);
    static final Touchpoint PRESALES_CHAT_TP = tp(PRESALES_CHAT, Channel.CHAT, JourneyStage.CONSIDERATION);
    static final Touchpoint EMAIL_CAMPAIGN_TP = tp(EMAIL_CAMPAIGN, Channel.EMAIL, JourneyStage.AWARENESS);
    static final Touchpoint SOCIAL_AD_TP = tp(SOCIAL_AD, Channel.SOCIAL, JourneyStage.AWARENESS);
    static final Touchpoint NEWSLETTER_TP = tp(NEWSLETTER, Channel.EMAIL, JourneyStage.AWARENESS);
    static final Touchpoint ORDER_CONFIRMATION_TP = tp(ORDER_CONFIRMATION, Channel.EMAIL, JourneyStage.PURCHASE);
    static final Touchpoint WELCOME_EMAIL_TP = tp(WELCOME_EMAIL, Channel.EMAIL, JourneyStage.ONBOARDING);
    static final Touchpoint APP_LOGIN_TP = tp(APP_LOGIN, Channel.MOBILE_APP, JourneyStage.USAGE);
    static final Touchpoint HELP_CENTER_TP = tp(HELP_CENTER, Channel.WEB, JourneyStage.SUPPORT);
    static final Touchpoint IVR_TP = tp(IVR, Channel.PHONE, JourneyStage.SUPPORT);
    static final Touchpoint SUPPORT_CALL_TP = tp(SUPPORT_CALL, Channel.PHONE, JourneyStage.SUPPORT);
    static final Touchpoint SUPPORT_CHAT_TP = tp(SUPPORT_CHAT, Channel.CHAT, JourneyStage.SUPPORT);
    static final Touchpoint SUPPORT_EMAIL_TP = tp(SUPPORT_EMAIL, Channel.EMAIL, JourneyStage.SUPPORT);
    static final Touchpoint CHAT_AUTO_REPLY = tp(AUTO_REPLY, Channel.CHAT, JourneyStage.SUPPORT);
    static final Touchpoint EMAIL_AUTO_REPLY = tp(AUTO_REPLY, Channel.EMAIL, JourneyStage.SUPPORT);
    static final Touchpoint PHONE_AGENT_REPLY = tp(AGENT_REPLY, Channel.PHONE, JourneyStage.SUPPORT);
    static final Touchpoint CHAT_AGENT_REPLY = tp(AGENT_REPLY, Channel.CHAT, JourneyStage.SUPPORT);
    static final Touchpoint EMAIL_AGENT_REPLY = tp(AGENT_REPLY, Channel.EMAIL, JourneyStage.SUPPORT);
    static final Touchpoint PHONE_TIER2 = tp(TIER2_SUPPORT, Channel.PHONE, JourneyStage.SUPPORT);
    static final Touchpoint CHAT_TIER2 = tp(TIER2_SUPPORT, Channel.CHAT, JourneyStage.SUPPORT);
    static final Touchpoint PHONE_FOLLOW_UP = tp(FOLLOW_UP, Channel.PHONE, JourneyStage.SUPPORT);
    static final Touchpoint EMAIL_FOLLOW_UP = tp(FOLLOW_UP, Channel.EMAIL, JourneyStage.SUPPORT);
    static final Touchpoint POST_CONTACT_SURVEY_TP = tp(POST_CONTACT_SURVEY, Channel.EMAIL, JourneyStage.SUPPORT);
    static final Touchpoint POST_PURCHASE_SURVEY_TP =
            tp(POST_PURCHASE_SURVEY, Channel.EMAIL, JourneyStage.PURCHASE);
    static final Touchpoint NPS_SURVEY_TP = tp(NPS_SURVEY, Channel.EMAIL, JourneyStage.ADVOCACY);
    static final Touchpoint CHAT_SURVEY_TP = tp(CHAT_SURVEY, Channel.CHAT, JourneyStage.SUPPORT);
    static final Touchpoint IVR_SURVEY_TP = tp(IVR_SURVEY, Channel.PHONE, JourneyStage.SUPPORT);
    static final Touchpoint SMS_SURVEY_TP = tp(SMS_SURVEY, Channel.SMS, JourneyStage.SUPPORT);
    static final Touchpoint WEB_CHECKOUT_SURVEY = tp(CHECKOUT_SURVEY, Channel.WEB, JourneyStage.PURCHASE);
    static final Touchpoint APP_CHECKOUT_SURVEY = tp(CHECKOUT_SURVEY, Channel.MOBILE_APP, JourneyStage.PURCHASE);
    static final Touchpoint IN_APP_NPS_TP = tp(IN_APP_NPS, Channel.MOBILE_APP, JourneyStage.ADVOCACY);
    static final Touchpoint APP_REVIEW_TP = tp(APP_REVIEW, Channel.MOBILE_APP, JourneyStage.ADVOCACY);
    static final Touchpoint WEB_CANCEL = tp(CANCEL_SUBSCRIPTION, Channel.WEB, JourneyStage.RENEWAL);
    static final Touchpoint PHONE_CANCEL = tp(CANCEL_SUBSCRIPTION, Channel.PHONE, JourneyStage.RENEWAL);

    private static Touchpoint tp(String id, Channel channel, JourneyStage stage) {
        return Touchpoint.of(id, channel, stage);
    }
}
