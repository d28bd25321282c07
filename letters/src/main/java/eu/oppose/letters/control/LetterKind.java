package eu.oppose.letters.control;

/**
 * The letters Oppose writes. Each kind has one template per language, {@code templates/<lang>/<id>.txt}; a new
 * kind (a follow-up after a month, a complaint to a supervisory authority) is a constant here plus its templates.
 */
enum LetterKind {
    /** Art. 21(1) objection to the use for AI of data about the person that others published: the main letter. */
    THIRD_PARTY_DATA("third-party-data", 1, 0),
    /** The same objection for the person's own Facebook and Instagram content. */
    OWN_DATA("own-data", 0, 1);

    final String id;
    /** Third-party data must be named, or Meta cannot know what the objection is about. */
    final int minItems;
    /** One's own content is found through one's accounts. */
    final int minAccounts;

    LetterKind(String id, int minItems, int minAccounts) {
        this.id = id;
        this.minItems = minItems;
        this.minAccounts = minAccounts;
    }
}
