package jp.member.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import jp.member.shared.Settings;
import jp.member.web.failure.Failure;
import jp.member.web.failure.Failures;

/**
 * A form post to a page must come from one of the application's own pages (OWASP ASVS 3.5.1, 3.5.2). Faces' view
 * state already ties each post to a page the same session rendered, but the sign-in page is stateless, so a foreign
 * site could sign a browser in as the attacker (login CSRF). A current browser says where a request comes from in
 * {@code Sec-Fetch-Site} (Fetch Metadata); only {@code same-origin} (and {@code none}, the person's own navigation)
 * pass. Without it (an older browser) the post's {@code Origin} — or, without one, {@code Referer} — must be this
 * site; {@code null} (a sandboxed frame, a data: page) is refused. Under our {@code Referrer-Policy: no-referrer} a
 * browser sends {@code Origin: null} even on our own posts, which is why Fetch Metadata comes first. Posts with none
 * of these headers come from programs — or from an old browser without Fetch Metadata on a foreign page that asked
 * for no referrer: a login CSRF against such browsers is not stopped here (the browsers we support all send Fetch
 * Metadata). The API (HTTP Basic, no cookies)
 * is exempt.
 *
 * <p>The own origin is {@code member.public.url} when it is set (behind a proxy), else the request's Host.
 */
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isSafe(request.getMethod()) || WebPaths.isApi(request) || fromOwnOrigin(request)) {
            chain.doFilter(request, response);
        } else {
            Failures.refuse(request, response, Failure.forgedForm());
        }
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private boolean fromOwnOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            // set by the browser itself, never by a page's script: the surest answer where it is sent
            return "same-origin".equals(site) || "none".equals(site);
        }
        String origin = request.getHeader("Origin");
        String claimed = origin != null ? origin : request.getHeader("Referer");
        if (claimed == null) {
            return true;
        }
        Optional<String> authority = authority(claimed);
        return authority.isPresent() && authority.get().equals(ownAuthority(request));
    }

    private String ownAuthority(HttpServletRequest request) {
        return settings.value("member.public.url")
                .flatMap(SameOriginFilter::authority)
                .orElseGet(() -> Optional.ofNullable(request.getHeader("Host"))
                        .map(h -> h.toLowerCase(Locale.ROOT))
                        .orElse(""));
    }

    /** host[:port] of an origin or URL, lower case; empty for "null" or anything that is not an absolute URL. */
    static Optional<String> authority(String url) {
        try {
            URI uri = new URI(url.trim());
            return uri.getRawAuthority() == null || uri.getScheme() == null
                    ? Optional.empty()
                    : Optional.of(uri.getRawAuthority().toLowerCase(Locale.ROOT));
        } catch (java.net.URISyntaxException notUrl) {
            return Optional.empty();
        }
    }
}
