package id.nttmart.payment.sandbox;

import id.nttmart.platform.Rupiah;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/** The page's HTML: small, no scripts, no external resources, readable from 360 px wide. */
final class SandboxPageHtml {

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f5f6f8;\
            color:#1d2330}
            .banner{background:#ffd95a;color:#3d3000;text-align:center;padding:.5rem 1rem;font-weight:700;\
            font-size:.9rem}
            main{max-width:28rem;margin:0 auto;padding:1rem}
            h1{font-size:1.3rem;margin:.25rem 0 .75rem}
            .box{background:#fff;border-radius:12px;padding:1rem;box-shadow:0 1px 3px rgba(0,0,0,.12);\
            margin-bottom:1rem}
            table{width:100%;border-collapse:collapse}
            td{padding:.2rem 0;vertical-align:top}
            td.amount{text-align:right;white-space:nowrap;padding-left:.5rem}
            tr.total td{border-top:1px solid #d9dde5;font-weight:700;padding-top:.5rem}
            label{display:block;margin-top:.75rem;font-weight:600;font-size:.9rem}
            input{width:100%;font-size:1rem;padding:.6rem;border:1px solid #aab2c0;border-radius:8px}
            .row{display:flex;gap:.75rem;align-items:flex-end}
            .row>div{flex:1;min-width:0}
            button{margin-top:1rem;width:100%;padding:.8rem;font-size:1.05rem;font-weight:700;color:#fff;\
            background:#0b6e4f;border:0;border-radius:8px;cursor:pointer}
            .error{background:#fde8e8;color:#8a1c1c;padding:.6rem .8rem;border-radius:8px;margin:.75rem 0 0}
            .notice{background:#e8f1fd;color:#1c3f8a;padding:.6rem .8rem;border-radius:8px}
            .hint{font-size:.85rem;color:#545c6b}
            a{color:#0b5394}
            """;

    private SandboxPageHtml() {}

    static String render(SandboxSessions.Session session, Map<String, String> texts, @Nullable String error,
            String successUrl) {
        var body = new StringBuilder();
        body.append("<h1>").append(esc(texts.get("title"))).append(" · NTT Mart</h1>");
        if (session.clientReferenceId() != null) {
            body.append("<p>").append(esc(texts.get("order"))).append(" <strong>")
                    .append(esc(session.clientReferenceId())).append("</strong></p>");
        }
        body.append("<div class=\"box\"><table>");
        for (var item : session.lineItems()) {
            body.append("<tr><td>").append(esc(item.name()));
            if (item.quantity() > 1) {
                body.append(" × ").append(item.quantity());
            }
            body.append("</td><td class=\"amount\">").append(amount(item.unitAmount() * item.quantity()))
                    .append("</td></tr>");
        }
        body.append("<tr class=\"total\"><td>").append(esc(texts.get("total"))).append("</td><td class=\"amount\">")
                .append(amount(session.amountTotal())).append("</td></tr></table></div>");
        if (session.paid()) {
            body.append("<p class=\"notice\" role=\"status\">").append(esc(texts.get("already_paid")))
                    .append("</p><p><a href=\"").append(esc(successUrl)).append("\">").append(esc(texts.get("back")))
                    .append("</a></p>");
        } else if (!session.open()) {
            body.append("<p class=\"error\" role=\"alert\">").append(esc(texts.get("page_expired"))).append("</p>");
            cancelLink(body, session, texts, "back");
        } else {
            form(body, session, texts, error);
        }
        return document(texts, body.toString());
    }

    static String message(Map<String, String> texts, String message) {
        return document(texts, "<p class=\"error\" role=\"alert\">" + esc(message) + "</p>");
    }

    private static void form(StringBuilder body, SandboxSessions.Session session, Map<String, String> texts,
            @Nullable String error) {
        body.append("<form method=\"post\" class=\"box\">");
        if (error != null) {
            body.append("<p class=\"error\" role=\"alert\">").append(esc(texts.get(error))).append("</p>");
        }
        body.append("<label for=\"card_number\">").append(esc(texts.get("card_number"))).append("</label>")
                .append("<input id=\"card_number\" name=\"card_number\" inputmode=\"numeric\""
                        + " autocomplete=\"cc-number\" placeholder=\"4242 4242 4242 4242\" required>")
                .append("<div class=\"row\"><div><label for=\"expiry\">").append(esc(texts.get("expiry")))
                .append("</label><input id=\"expiry\" name=\"expiry\" autocomplete=\"cc-exp\""
                        + " placeholder=\"12/30\" required></div>")
                .append("<div><label for=\"cvc\">").append(esc(texts.get("cvc")))
                .append("</label><input id=\"cvc\" name=\"cvc\" inputmode=\"numeric\" autocomplete=\"cc-csc\""
                        + " placeholder=\"123\" required></div></div>")
                .append("<button type=\"submit\">").append(esc(texts.get("pay"))).append(' ')
                .append(amount(session.amountTotal())).append("</button></form>")
                .append("<p class=\"hint\">").append(esc(texts.get("hint"))).append("</p>");
        cancelLink(body, session, texts, "cancel");
    }

    private static void cancelLink(StringBuilder body, SandboxSessions.Session session, Map<String, String> texts,
            String label) {
        if (session.cancelUrl() != null) {
            body.append("<p><a href=\"").append(esc(session.cancelUrl())).append("\">").append(esc(texts.get(label)))
                    .append("</a></p>");
        }
    }

    private static String document(Map<String, String> texts, String main) {
        return "<!doctype html><html lang=\"" + texts.get("lang") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + esc(texts.get("title"))
                + " · NTT Mart (sandbox)</title><style>" + STYLE + "</style></head><body>"
                + "<div class=\"banner\" role=\"note\">" + esc(texts.get("banner")) + "</div><main>" + main
                + "</main></body></html>";
    }

    /** Hundredths of a rupiah as {@code Rp150.000} (with {@code ,50} in the rare case of a fraction). */
    static String amount(long hundredths) {
        String whole = Rupiah.format(hundredths / 100);
        long fraction = Math.abs(hundredths % 100);
        return fraction == 0 ? whole : whole + "," + (fraction < 10 ? "0" : "") + fraction;
    }

    private static String esc(@Nullable String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
