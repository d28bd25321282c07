package eu.oppose.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

/**
 * Tests against the real server WAR as the reactor built it, deployed to Payara Micro (one boot per test
 * class) and reached over loopback.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedServer {

    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive server() {
        Path war = Path.of(System.getProperty("deployments.dir", "target/deployments"), "ROOT.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war.toFile());
    }

    /** Arquillian reports the machine's network address; the tests talk over loopback only. */
    URI base() {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + "/");
    }

    Http http() {
        return new Http(base());
    }
}
