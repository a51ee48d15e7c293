package id.nttmart.storefront;

import com.vaadin.flow.component.UI;
import id.nttmart.catalog.Product;
import id.nttmart.catalog.RichText;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Regency;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The light first paint of a product page, written into the page shell on the server: plain HTML with a few
 * lines of inline CSS, so a phone on a slow link shows the product's picture, name and price before the Vaadin
 * bundle arrives. The search box is a plain form that works without JavaScript. The storefront layout removes
 * the block ({@link #removeFrom}) when the Vaadin UI attaches; the CSS hides it as soon as the UI is there.
 */
final class FirstPaint {

    static final String ID = "ssr";

    private static final String CSS = """
            #ssr{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#2b1d16;\
            background:#fbf7f1;min-height:100%}\
            body:has(.shop) #ssr{display:none}\
            #ssr header{background:#7a2e1f;color:#fff8ec;padding:.5rem .75rem;display:flex;flex-wrap:wrap;gap:.5rem}\
            #ssr header a{color:#fff8ec;font-weight:700;font-size:1.25rem;text-decoration:none;line-height:2.25rem}\
            #ssr form{flex:1 1 100%;display:flex;gap:.25rem}\
            #ssr input{flex:1;min-width:0;height:2.25rem;border:0;border-radius:4px;padding:0 .5rem;font:inherit}\
            #ssr button{height:2.25rem;border:0;border-radius:4px;background:#d9a441;color:#2b1d16;font:inherit;\
            font-weight:600;padding:0 .75rem}\
            #ssr main{max-width:1200px;margin:0 auto;padding:.75rem}\
            #ssr img{display:block;width:100%;max-width:480px;height:auto;aspect-ratio:1;border-radius:12px;\
            background:#eee2d4}\
            #ssr h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}\
            #ssr .price{font-weight:700;color:#7a2e1f;font-size:1.375rem;margin:0}\
            #ssr p{margin:.25rem 0}\
            @media (min-width:640px){#ssr form{flex:0 1 560px}}""";

    private FirstPaint() {}

    /** The product's picture, name, price and regency, before everything else in the body. */
    static void product(Document document, Product product, Regency regency, Locale locale,
            BiFunction<String, Locale, String> translate) {
        var main = start(document, locale, translate);
        String name = product.name(locale);
        main.appendElement("img").attr("src", product.imagePath(0)).attr("alt", name).attr("width", "400")
                .attr("height", "400").attr("fetchpriority", "high");
        main.appendElement("h1").text(name);
        main.appendElement("p").addClass("price").text(Rupiah.format(product.priceIdr()));
        main.appendElement("p").text(regency.name() + " · " + regency.island());
        main.appendElement("div").addClass("description").html(RichText.safe(product.description(locale)));
    }

    /** A plain "not found" page for a product address that leads nowhere. */
    static void notFound(Document document, Locale locale, BiFunction<String, Locale, String> translate) {
        var main = start(document, locale, translate);
        main.appendElement("h1").text(translate.apply("notfound.title", locale));
        main.appendElement("p").appendElement("a").attr("href", "/").text(translate.apply("notfound.home", locale));
    }

    private static Element start(Document document, Locale locale, BiFunction<String, Locale, String> translate) {
        document.head().appendElement("style").attr("id", ID + "-style").appendChild(new DataNode(CSS));
        var block = document.body().prependElement("div").attr("id", ID);
        var header = block.appendElement("header");
        header.appendElement("a").attr("href", "/").text("◆ NTT Mart");
        var form = header.appendElement("form").attr("action", "/search").attr("method", "get")
                .attr("role", "search");
        form.appendElement("input").attr("name", "q").attr("type", "search")
                .attr("aria-label", translate.apply("search.placeholder", locale))
                .attr("placeholder", translate.apply("search.placeholder", locale));
        form.appendElement("button").attr("type", "submit").text(translate.apply("search.button", locale));
        return block.appendElement("main");
    }

    /** Takes the first paint away once the Vaadin UI shows the page itself. */
    static void removeFrom(UI ui) {
        ui.getPage().executeJs("document.getElementById($0)?.remove()", ID);
    }
}
