package eu.oppose.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Everything Payara Micro logged in this module's runs (it rotates into payara.log.0, .1 …); never empty. */
final class ServerLog {

    private ServerLog() {
    }

    static String read() {
        Path log = Path.of(System.getProperty("payara.log", "target/payara.log")).toAbsolutePath();
        try (Stream<Path> files = Files.list(log.getParent())) {
            String content = files.filter(file -> file.getFileName().toString().startsWith(log.getFileName().toString()))
                    .map(ServerLog::content)
                    .collect(Collectors.joining("\n"));
            // A log that is missing or was never written would let every "not in the log" check pass.
            if (!content.contains("Payara Micro")) {
                throw new AssertionError("no Payara Micro log at " + log + "*");
            }
            return content;
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
