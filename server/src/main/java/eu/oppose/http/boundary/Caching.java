package eu.oppose.http.boundary;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The cache and language headers of every answer, in one place. An answer in the language chosen from
 * {@code lang} or {@code Accept-Language} says which it is, and that caches must keep one copy per
 * {@code Accept-Language}.
 */
public final class Caching {

    /** Guide data changes only with a release; an hour keeps clients fresh while ETags make refreshes cheap. */
    private static final int GUIDE_MAX_AGE_SECONDS = 3600;

    private Caching() {
    }

    /** For answers that carry what a person typed or the page they are on: no cache keeps them. */
    public static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }

    /** For the guide data, the same for everyone: kept for an hour, then checked again with its ETag. */
    public static CacheControl guideData() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(GUIDE_MAX_AGE_SECONDS);
        return cache;
    }

    /** For a page the same for everyone that may change with a release: checked again on every visit. */
    public static CacheControl revalidated() {
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        cache.setNoTransform(false);
        return cache;
    }

    public static Response.ResponseBuilder inLanguage(Response.ResponseBuilder response, String lang, CacheControl cache) {
        return response.language(lang)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .cacheControl(cache);
    }

    /** The same headers on an answer of a servlet. */
    public static void inLanguage(HttpServletResponse response, String lang, CacheControl cache) {
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, lang);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, cache.toString());
    }
}
