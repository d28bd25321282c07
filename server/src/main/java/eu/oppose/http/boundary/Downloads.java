package eu.oppose.http.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Files made for one request, such as a letter: PDF unless plain text is preferred, never cached. */
public final class Downloads {

    public static final String PDF = "application/pdf";
    public static final String PLAIN_TEXT = "text/plain; charset=UTF-8";

    private Downloads() {
    }

    /**
     * @param fileName ASCII only, so it needs no escaping
     * @param inline   shown by the browser (text) rather than saved (PDF)
     */
    public static Response file(byte[] content, String mediaType, String fileName, boolean inline) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"")
                .cacheControl(Caching.noStore())
                .build();
    }

    /** Plain text only when the client prefers it to PDF; anything else (including a browser's Accept) gets the PDF. */
    public static boolean prefersPlainText(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.getType().equals("application") && type.getSubtype().equals("pdf")) {
                return false;
            }
        }
        return false;
    }
}
