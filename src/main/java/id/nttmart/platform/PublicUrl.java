package id.nttmart.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The shop's absolute address for links that leave the site (Open Graph, canonical, sitemap): the
 * {@code nttmart.public-url} property when set (behind a proxy; set it in production), otherwise what the request
 * was sent to.
 */
@Component
public class PublicUrl {

    private final String configured;

    public PublicUrl(@Value("${nttmart.public-url:}") String configured) {
        this.configured = configured.strip().replaceAll("/+$", "");
    }

    /**
     * The address for the request being served now (for mail sent while serving it). Set {@code nttmart.public-url}
     * in production: without it a link in a mail follows the request's Host header, which a requester chooses.
     */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            throw new IllegalStateException("No request to take the address from; set nttmart.public-url");
        }
        return base(attributes.getRequest());
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
