package eu.oppose.guide.boundary;

import eu.oppose.guide.control.Guides;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the guide data is loaded and valid (broken data stops start-up before this can answer). */
@Readiness
@ApplicationScoped
public class GuideDataReadiness implements HealthCheck {

    @Inject
    Guides guides;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("guide data loaded")
                .status(!guides.platforms().isEmpty())
                .withData("platforms", guides.platforms().size())
                .withData("steps", guides.stepCount())
                .withData("languages", String.join(",", guides.languages()))
                .build();
    }
}
