package eu.oppose.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Everything Payara Micro logged in this module's runs (it rotates into payara.log.0, .1 …). */
final class ServerLog {

    private ServerLog() {
    }

    static String read() {
        Path log = Path.of(System.getProperty("payara.log", "target/payara.log")).toAbsolutePath();
        try (Stream<Path> files = Files.list(log.getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith(log.getFileName().toString()))
                    .map(ServerLog::content)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String content(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
