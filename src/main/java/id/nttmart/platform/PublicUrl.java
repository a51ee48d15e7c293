package id.nttmart.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The shop's absolute address for links that leave the site (Open Graph, canonical, sitemap): the
 * {@code nttmart.public-url} property when set (behind a proxy), otherwise what the request was sent to.
 */
@Component
public class PublicUrl {

    private final String configured;

    public PublicUrl(@Value("${nttmart.public-url:}") String configured) {
        this.configured = configured.strip().replaceAll("/+$", "");
    }

    public String base(HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
