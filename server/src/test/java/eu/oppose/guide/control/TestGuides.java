package eu.oppose.guide.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real guide data, read from the repository's guides/ folder as the build packs it. */
public final class TestGuides {

    static final Path ROOT = Path.of(System.getProperty("guides.dir", "../guides")).toAbsolutePath().normalize();
    static final Jsonb JSONB = JsonbBuilder.create();
    public static final JsonBytes JSON = new JsonBytes(JSONB);
    public static final Guides GUIDES = load(ROOT);

    private TestGuides() {
    }

    static Guides load(Path root) {
        return Guides.load(GuideFiles.folder(root), JSONB);
    }

    /** Replaces a text in a file of a copy; the text must be there. */
    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " no longer contains " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }

    /** A copy of the guide data to break in a test. */
    static void copyTo(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(ROOT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
