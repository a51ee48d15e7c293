package id.nttmart.storefront;

import id.nttmart.platform.PublicUrl;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.ProductListings;
import id.nttmart.region.Regions;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml}: every listed product's {@code /produk/{slug}}, the regency and category pages, as absolute
 * addresses. Past the protocol's 50,000 addresses per file it becomes an index of {@code /sitemap-N.xml} parts.
 * {@code /robots.txt} points to it.
 */
@RestController
class SitemapController {

    static final int PER_FILE = 45_000;
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Catalog catalog;
    private final ProductListings listings;
    private final Regions regions;
    private final PublicUrl publicUrl;

    SitemapController(Catalog catalog, ProductListings listings, Regions regions, PublicUrl publicUrl) {
        this.catalog = catalog;
        this.listings = listings;
        this.regions = regions;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String body = "User-agent: *\nDisallow: /login\nDisallow: /api/\nSitemap: " + publicUrl.base(request)
                + "/sitemap.xml\n";
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        String base = publicUrl.base(request);
        long products = catalog.countListed();
        if (products <= PER_FILE) {
            return xml(urlSet(base, 0, true));
        }
        var index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        long parts = (products + PER_FILE - 1) / PER_FILE;
        for (int part = 1; part <= parts; part++) {
            index.append("<sitemap><loc>").append(base).append("/sitemap-").append(part).append(".xml</loc></sitemap>\n");
        }
        return xml(index.append("</sitemapindex>\n").toString());
    }

    @GetMapping("/sitemap-{part}.xml")
    ResponseEntity<String> part(@PathVariable String part, HttpServletRequest request) {
        if (!part.matches("\\d{1,4}") || Integer.parseInt(part) < 1) {
            return ResponseEntity.notFound().build();
        }
        int index = Integer.parseInt(part) - 1;
        if ((long) index * PER_FILE >= Math.max(1, catalog.countListed())) {
            return ResponseEntity.notFound().build();
        }
        return xml(urlSet(publicUrl.base(request), index, index == 0));
    }

    private String urlSet(String base, int part, boolean withPages) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        if (withPages) {
            url(xml, base + "/", null);
            catalog.categories().forEach(c -> url(xml, base + "/kategori/" + c.code(), null));
            regions.regencies().forEach(r -> url(xml, base + "/kabupaten/" + r.slug(), null));
        }
        listings.forEachListedPath(part * PER_FILE, PER_FILE, p ->
                url(xml, base + "/produk/" + p.slug(), DateTimeFormatter.ISO_INSTANT.format(p.updatedAt())));
        return xml.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder xml, String loc, @org.jspecify.annotations.Nullable String lastModified) {
        // Slugs, codes and the base are plain ASCII without markup characters; the base is escaped anyway.
        xml.append("<url><loc>").append(loc.replace("&", "&amp;").replace("<", "&lt;")).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(XML).body(body);
    }
}
