package id.nttmart.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The shop's absolute address for links sent out of the site (mail): {@code nttmart.public-url} when set, otherwise
 * the address the current request came to. Set the property in production: without it a link in a mail follows the
 * request's Host header, which a requester chooses.
 */
@Component
public class PublicAddress {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;

    PublicAddress(@Value("${nttmart.public-url:}") String configured) {
        this.configured = configured.strip().replaceAll("/+$", "");
        if (this.configured.isEmpty()) {
            log.info("nttmart.public-url is not set: links in mail use the address of the request");
        }
    }

    /** Without a trailing slash, such as {@code https://nttmart.id}. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            throw new IllegalStateException("No request to take the address from; set nttmart.public-url");
        }
        HttpServletRequest request = attributes.getRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
