package io.cxkit.core.sample;

import static io.cxkit.core.sample.SampleSchema.ID_COOKIE;
import static io.cxkit.core.sample.SampleSchema.ID_CRM;
import static io.cxkit.core.sample.SampleSchema.ID_DEVICE;
import static io.cxkit.core.sample.SampleSchema.ID_EMAIL;
import static io.cxkit.core.sample.SampleSchema.ID_PHONE;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * The identifiers one customer shows across channels. Each channel sees a different subset: the web an
 * often-rotated cookie (plus the email once logged in), the app a device and the CRM id, the phone a number,
 * email an address. Only by stitching them does one customer appear. Values are fictional: example.com and
 * example.org addresses (RFC 2606) and 555 phone numbers.
 */
final class CustomerIdentifiers {
    private static final String[] JUNK = SampleSchema.JUNK_IDENTIFIERS.toArray(new String[0]);

    final String[] emails;
    final String phone;
    final String[] devices;
    final String[] cookies;
    final String crm;

    private CustomerIdentifiers(String[] emails, String phone, String[] devices, String[] cookies, String crm) {
        this.emails = emails;
        this.phone = phone;
        this.devices = devices;
        this.cookies = cookies;
        this.crm = crm;
    }

    static CustomerIdentifiers draw(SplittableRandom r, int index, boolean business, boolean appUser) {
        String n = Integer.toString(index + 1);
        String[] emails = business && Draws.chance(r, 0.5)
                ? new String[] {"customer" + n + "@example.com", "buyer" + n + "@example.org"}
                : new String[] {"customer" + n + "@example.com"};
        String phone = String.format(java.util.Locale.ROOT, "+1555%07d", index + 1);
        String[] devices = new String[appUser ? 1 + (Draws.chance(r, 0.3) ? 1 : 0) : 0];
        for (int i = 0; i < devices.length; i++) {
            devices[i] = "dev-" + hex(r, 12);
        }
        String[] cookies = new String[1 + r.nextInt(3)];
        for (int i = 0; i < cookies.length; i++) {
            cookies[i] = "ck-" + hex(r, 16);
        }
        return new CustomerIdentifiers(emails, phone, devices, cookies, "CRM" + n);
    }

    private static String hex(SplittableRandom r, int digits) {
        String h = Long.toHexString(r.nextLong());
        StringBuilder sb = new StringBuilder(digits);
        for (int i = h.length(); i < 16; i++) {
            sb.append('0');
        }
        return sb.append(h).substring(0, digits);
    }

    /** A web visitor not logged in: a cookie only, now and then a junk value shared by many visitors. */
    Map<String, String> anonymousWeb(SplittableRandom r) {
        if (Draws.chance(r, 0.03)) {
            return Map.of(ID_COOKIE, Draws.oneOf(r, JUNK));
        }
        return Map.of(ID_COOKIE, cookies[r.nextInt(cookies.length)]);
    }

    /** A logged-in web visitor: the session's cookie and the login email, which ties the two together. */
    Map<String, String> loggedInWeb(Map<String, String> anonymous, SplittableRandom r) {
        return Map.of(ID_COOKIE, anonymous.get(ID_COOKIE), ID_EMAIL, email(r));
    }

    /** The app: a device and the CRM account it is logged into. */
    Map<String, String> app(SplittableRandom r) {
        if (devices.length == 0) {
            return Map.of(ID_CRM, crm);
        }
        return Map.of(ID_DEVICE, devices[r.nextInt(devices.length)], ID_CRM, crm);
    }

    /** Email, in either direction. */
    Map<String, String> email(SplittableRandom r, boolean primaryOnly) {
        return Map.of(ID_EMAIL, primaryOnly ? emails[0] : email(r));
    }

    /** A call: the caller's number, and the CRM id when the agent found the account. */
    Map<String, String> phone(SplittableRandom r) {
        return Draws.chance(r, 0.6) ? Map.of(ID_PHONE, phone, ID_CRM, crm) : Map.of(ID_PHONE, phone);
    }

    /** A support chat: started logged in from the site (cookie and email) or from an email link. */
    Map<String, String> chat(SplittableRandom r) {
        return Draws.chance(r, 0.7)
                ? Map.of(ID_COOKIE, cookies[r.nextInt(cookies.length)], ID_EMAIL, email(r))
                : Map.of(ID_EMAIL, email(r));
    }

    /** A store visit: the loyalty card (CRM id), a phone number for the receipt, or nothing at all. */
    Map<String, String> store(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.7) {
            return Map.of(ID_CRM, crm);
        }
        return u < 0.9 ? Map.of(ID_PHONE, phone) : Map.of();
    }

    private String email(SplittableRandom r) {
        return emails.length == 1 ? emails[0] : emails[r.nextInt(emails.length)];
    }
}
