package eu.oppose.http.boundary;

import jakarta.ws.rs.core.CacheControl;

/** Cache policies shared by the resources. */
public final class Caching {

    private Caching() {
    }

    /** For answers that carry what a person typed or the page they are on: no cache keeps them. */
    public static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }
}
