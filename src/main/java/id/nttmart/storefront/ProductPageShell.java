package id.nttmart.storefront;

import id.nttmart.platform.PublicUrl;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Product;
import id.nttmart.catalog.RichText;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Writes what must be in the first HTML response of {@code /produk/{slug}}, before any JavaScript: the page
 * title, meta description, canonical link and Open Graph tags (so a link pasted into WhatsApp or Facebook shows the
 * product), and the {@link FirstPaint}. An unknown product gets status 404.
 */
@Component
class ProductPageShell implements VaadinServiceInitListener {

    static final String PREFIX = "/produk/";
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9._-]{1,140}");
    private static final int DESCRIPTION_MAX = 160;

    private final Catalog catalog;
    private final Regions regions;
    private final PublicUrl publicUrl;

    ProductPageShell(Catalog catalog, Regions regions, PublicUrl publicUrl) {
        this.catalog = catalog;
        this.regions = regions;
        this.publicUrl = publicUrl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
                modify(response, request);
            }
        });
    }

    private void modify(IndexHtmlResponse response, VaadinServletRequest request) {
        Locale locale = Language.of(request);
        response.getDocument().selectFirst("html").attr("lang", locale.getLanguage());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return;
        }
        String slug = path.substring(PREFIX.length());
        var i18n = request.getService().getInstantiator().getI18NProvider();
        Optional<Product> product = SLUG.matcher(slug).matches()
                ? catalog.findListedBySlug(slug).or(() -> catalog.findListedBySku(slug))
                : Optional.empty();
        Document document = response.getDocument();
        if (product.isEmpty()) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            document.title(translate(i18n, "notfound.title", locale) + " · NTT Mart");
            document.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
            FirstPaint.notFound(document, locale, (key, l) -> translate(i18n, key, l));
            return;
        }
        var found = product.get();
        var regency = regions.regency(found.regencyId());
        shareTags(document, found, regency, locale, publicUrl.base(request.getHttpServletRequest()));
        FirstPaint.product(document, found, regency, locale, (key, l) -> translate(i18n, key, l));
    }

    private static void shareTags(Document document, Product product, Regency regency, Locale locale, String base) {
        String name = product.name(locale);
        String price = Rupiah.format(product.priceIdr());
        String description = summary(price + " · " + regency.name() + ", " + regency.island() + ". "
                + RichText.plainText(product.description(locale)));
        String url = base + product.path();
        document.title(name + " · " + price + " · NTT Mart");
        document.select("meta[name=description]").remove();
        var head = document.head();
        head.appendElement("meta").attr("name", "description").attr("content", description);
        head.appendElement("link").attr("rel", "canonical").attr("href", url);
        og(document, "og:type", "product");
        og(document, "og:site_name", "NTT Mart");
        og(document, "og:title", name + " · " + price);
        og(document, "og:description", description);
        og(document, "og:url", url);
        // A raster picture: link previews in WhatsApp and Facebook do not show SVG.
        og(document, "og:image", base + "/media/products/" + product.sku() + "/share.png");
        og(document, "og:image:width", "1200");
        og(document, "og:image:height", "630");
        og(document, "og:image:alt", name);
        og(document, "og:locale", "en".equals(locale.getLanguage()) ? "en_US" : "id_ID");
        og(document, "product:price:amount", Long.toString(product.priceIdr()));
        og(document, "product:price:currency", "IDR");
        head.appendElement("link").attr("rel", "preload").attr("as", "image").attr("href", product.imagePath(0))
                .attr("fetchpriority", "high");
    }

    private static void og(Document document, String property, String content) {
        document.head().appendElement("meta").attr("property", property).attr("content", content);
    }

    private static String summary(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= DESCRIPTION_MAX) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION_MAX - 1);
        return flat.substring(0, cut > 80 ? cut : DESCRIPTION_MAX - 1) + "…";
    }

    private static String translate(I18NProvider i18n, String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }
}
