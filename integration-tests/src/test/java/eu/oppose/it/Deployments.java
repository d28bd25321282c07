package eu.oppose.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

/** The real server WAR as the reactor built it, and where Payara Micro serves it. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive server() {
        Path war = Path.of(System.getProperty("deployments.dir", "target/deployments"), "ROOT.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war.toFile());
    }

    /** Arquillian reports the machine's network address; the tests talk over loopback only. */
    static URI loopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + "/");
    }
}
