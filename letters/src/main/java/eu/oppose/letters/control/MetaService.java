package eu.oppose.letters.control;

/** The Meta services an account can be on. Brand names are the same in every language. */
enum MetaService {
    FACEBOOK("facebook", "Facebook"),
    INSTAGRAM("instagram", "Instagram");

    final String id;
    final String displayName;

    MetaService(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }
}
