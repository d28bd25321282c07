package eu.oppose.letters.boundary;

import eu.oppose.letters.control.Letters;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The letters library is plain Java: one shared instance (it loads fonts and templates once). */
public class LettersProducer {

    @Produces
    @Singleton
    Letters letters() {
        return new Letters();
    }
}
