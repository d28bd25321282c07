package eu.oppose.letters.control;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SLF4J binding for the tests that keeps every line logged, at every level, so a test can show that no letter
 * makes iText log anything, and therefore nothing the person typed. Registered in
 * {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider}; PDFBox logs here too, through commons-logging.
 */
public final class RecordingLogs implements SLF4JServiceProvider {
    private static final List<String> LINES = new CopyOnWriteArrayList<>();

    /** @param loggerPrefix e.g. {@code com.itextpdf} */
    static List<String> lines(String loggerPrefix) {
        return LINES.stream().filter(line -> line.substring(line.indexOf(' ') + 1).startsWith(loggerPrefix)).toList();
    }

    static void clear() {
        LINES.clear();
    }

    private final ILoggerFactory loggers = name -> new Recorder(name);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class Recorder extends LegacyAbstractLogger implements Logger {
        Recorder(String name) {
            this.name = name;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            LINES.add(level + " " + name + ": " + MessageFormatter.basicArrayFormat(pattern, arguments));
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
