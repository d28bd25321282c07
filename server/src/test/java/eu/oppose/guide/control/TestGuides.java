package eu.oppose.guide.control;

import java.nio.file.Path;

/** The real guide data, read from the repository's guides/ folder as the build packs it. */
final class TestGuides {

    static final Path ROOT = Path.of(System.getProperty("guides.dir", "../guides")).toAbsolutePath().normalize();
    static final Guides GUIDES = Guides.load(GuideFiles.folder(ROOT));

    private TestGuides() {
    }
}
