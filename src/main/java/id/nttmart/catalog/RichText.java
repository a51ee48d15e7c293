package id.nttmart.catalog;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Product descriptions are rich text: paragraphs, emphasis, lists and links. Whatever a form, the API or an import
 * sends is cleaned with jsoup's {@link Safelist#basic()} (no scripts, no event attributes, no {@code javascript:}
 * links) before it is stored, and again before a page shows it, so markup stored before this rule also passes the
 * same gate.
 */
public final class RichText {

    private static final Safelist SAFE = Safelist.basic();
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {}

    /** The HTML that may reach a shopper's page; plain text comes back with its special characters escaped. */
    public static String safe(String html) {
        return Jsoup.clean(html, "", SAFE, COMPACT);
    }

    /** The words of the description without markup, for meta tags and the search index. */
    public static String plainText(String html) {
        return Jsoup.parse(html).text();
    }
}
