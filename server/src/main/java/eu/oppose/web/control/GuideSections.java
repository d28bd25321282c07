package eu.oppose.web.control;

import eu.oppose.guide.control.GuideCatalog;
import eu.oppose.web.entity.PlatformGuides;
import eu.oppose.web.entity.PlatformGuides.FlowGuide;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;

/** The guides as the page shows them: the same data the API and the extension use, so they never disagree. */
@Singleton
public class GuideSections {

    /** The flow whose form asks for the text that the page's letter form writes. */
    static final String LETTER_FLOW = "third-party-data";

    private final GuideCatalog catalog;

    @Inject
    public GuideSections(GuideCatalog catalog) {
        this.catalog = catalog;
    }

    public List<PlatformGuides> in(String lang) {
        return catalog.platforms(lang).platforms().stream()
                .map(platform -> new PlatformGuides(platform.id(), platform.name(), platform.flows().stream()
                        .map(flow -> new FlowGuide(platform.id() + "-" + flow.id(), LETTER_FLOW.equals(flow.id()),
                                catalog.guide(platform.id(), flow.id(), lang).guide()))
                        .toList()))
                .toList();
    }
}
