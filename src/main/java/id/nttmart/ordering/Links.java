package id.nttmart.ordering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The shop's paths for one order: its tracking page and the link that (re)opens its payment page. */
public final class Links {

    private Links() {}

    public static String tracking(String number, String token) {
        return "/pesanan/" + number + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public static String payment(String number, String token) {
        return "/pesanan/" + number + "/bayar?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
