package eu.oppose.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Serves the extension's fixture pages (extension/test/fixtures, the same files its own browser tests use)
 * over HTTPS on loopback, following their routes.json: first route whose host and whole-path pattern match.
 */
final class FixtureServer implements AutoCloseable {

    static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../extension/test/fixtures")).toAbsolutePath().normalize();
    private static final Map<String, String> TYPES = Map.of(".html", "text/html; charset=utf-8",
            ".js", "text/javascript; charset=utf-8", ".css", "text/css; charset=utf-8");

    private record Route(String host, Pattern path, String file) {
        boolean serves(String requestHost, String requestPath) {
            return (host.equals("*") || host.equals(requestHost)) && path.matcher(requestPath).matches();
        }
    }

    private final List<Route> routes;
    private final HttpsServer server;

    FixtureServer() throws Exception {
        try (InputStream in = Files.newInputStream(FIXTURES.resolve("routes.json"))) {
            JsonObject doc = Json.createReader(in).readObject();
            routes = doc.getJsonArray("routes").getValuesAs(JsonObject.class).stream()
                    .map(r -> new Route(r.getString("host"), Pattern.compile(r.getString("path")), r.getString("file")))
                    .toList();
        }
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
        server.createContext("/", this::serve);
        // One thread per exchange: a browser keeps idle connections open, which would hold up a single thread.
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Every host the fixtures answer for, to map onto this server in the browser. */
    List<String> hosts() {
        return routes.stream().map(Route::host).filter(host -> !host.equals("*")).distinct().toList();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host").replaceAll(":\\d+$", "").toLowerCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        String file = routes.stream().filter(r -> r.serves(host, path)).map(Route::file).findFirst().orElse(null);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(FIXTURES.resolve(file));
            exchange.getResponseHeaders().set("Content-Type", TYPES.get(file.substring(file.lastIndexOf('.'))));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        }
    }

    /** A throw-away certificate made by the JDK's keytool; the browser runs with --ignore-certificate-errors. */
    private static SSLContext selfSigned() throws Exception {
        Path dir = Files.createTempDirectory("oppose-fixture-tls");
        Path store = dir.resolve("fixtures.p12");
        char[] password = "fixtures".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "fixtures", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=oppose-fixtures", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(password), "-keypass", new String(password))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password);
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
