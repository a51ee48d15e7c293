package id.nttmart.payment.sandbox;

import java.security.SecureRandom;

/** Stripe-like object ids with unguessable random tails ({@code cs_test_} + 58 characters for pages). */
final class SandboxIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private SandboxIds() {}

    static String session() {
        return "cs_test_" + random(58);
    }

    static String paymentIntent() {
        return "pi_" + random(24);
    }

    static String charge() {
        return "ch_" + random(24);
    }

    static String refund() {
        return "re_" + random(24);
    }

    static String event() {
        return "evt_" + random(24);
    }

    static String request() {
        return "req_" + random(14);
    }

    static String webhookSecret() {
        return "whsec_" + random(40);
    }

    private static String random(int length) {
        var id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
