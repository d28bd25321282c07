package eu.oppose.letters.boundary;

/** The example body shown in /openapi. */
final class LetterExample {

    static final String JSON = """
            {"kind": "third-party-data", "language": "fr",
             "person": {"name": "Marie Dupont", "address": "12 rue des Lilas\\n69003 Lyon\\nFrance", "email": "marie.dupont@example.org"},
             "accounts": [{"service": "instagram", "identifier": "@marie.dupont"}],
             "items": [{"location": "https://example.org/annuaire/marie-dupont", "description": "Mon adresse et mon numéro de téléphone",
                        "prompt": "Où habite Marie Dupont ?", "shownOn": "2026-11-02"}],
             "grounds": "Je suis victime de harcèlement ; que mon adresse ressorte des réponses de Meta AI me met en danger.",
             "place": "Lyon", "date": "2026-11-30"}""";

    private LetterExample() {
    }
}
