package eu.oppose.letters.boundary;

import eu.oppose.letters.control.Letters;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The letters library is plain Java: one shared instance, made at start-up (it loads fonts and templates). */
public class LettersProducer {

    @Produces
    @Singleton
    Letters letters() {
        return new Letters();
    }

    /** The first person to ask for a letter should not wait for the fonts to load. */
    void loadAtStartup(@Observes Startup startup, Letters letters) {
        letters.languages();
    }
}
