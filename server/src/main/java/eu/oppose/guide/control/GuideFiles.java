package eu.oppose.guide.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a guide file by its path below the guide data's root: the WAR's classpath, or a folder in tests. */
@FunctionalInterface
public interface GuideFiles {

    /** The file's bytes, or {@code null} when there is no such file. */
    byte[] read(String relativePath);

    static GuideFiles classpath(ClassLoader loader, String root) {
        return path -> {
            try (InputStream in = loader.getResourceAsStream(root + path)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static GuideFiles folder(Path root) {
        return path -> {
            try {
                return Files.readAllBytes(root.resolve(path));
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
