package eu.oppose.guide.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;

import java.util.logging.Logger;

/** Loads the guide data from the WAR once, at start-up, so that broken data stops the server there. */
public class GuidesProducer {

    private static final Logger LOG = Logger.getLogger(GuidesProducer.class.getName());

    @Produces
    @Singleton
    Guides guides(Jsonb jsonb) {
        return Guides.load(GuideFiles.classpath(GuidesProducer.class.getClassLoader(), "guides/"), jsonb);
    }

    void checkAtStartup(@Observes Startup startup, Guides guides) {
        LOG.info(() -> "Guide data loaded: " + guides.platforms().size() + " platforms, "
                + guides.stepCount() + " steps, languages " + guides.languages());
    }
}
