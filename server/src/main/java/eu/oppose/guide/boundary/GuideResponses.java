package eu.oppose.guide.boundary;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Headers shared by the guide's cacheable answers. */
final class GuideResponses {

    /** The data changes only with a release; an hour keeps clients fresh while ETags make refreshes cheap. */
    private static final int MAX_AGE_SECONDS = 3600;

    private GuideResponses() {
    }

    static Response.ResponseBuilder cacheable(Response.ResponseBuilder response, String lang) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return response.language(lang)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .cacheControl(cache);
    }
}
