package eu.oppose.web.entity;

import eu.oppose.guide.entity.LocalizedGuide;

import java.util.List;

/** A platform's guides in one language, in the order a person should follow them. */
public record PlatformGuides(String id, String name, List<FlowGuide> flows) {

    /**
     * @param anchor     the flow's id on the page, e.g. {@code instagram-own-data}
     * @param letterFlow whether the page's letter form writes the text this flow's form asks for
     */
    public record FlowGuide(String anchor, boolean letterFlow, LocalizedGuide guide) {
    }
}
