package io.masthead.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import sun.misc.Signal;

/**
 * Runs the server until it is told to stop. SIGTERM is how orchestrators and process managers ask for an orderly
 * stop, so it starts Quarkus's graceful shutdown (readiness DOWN for the shutdown delay, then the drain of requests
 * in flight) and the process exits 0 when that completes. Left to the JVM, SIGTERM runs the same shutdown from a
 * shutdown hook but ends with status 143, which systemd and job runners report as a failure.
 */
@QuarkusMain
public class MastheadMain implements QuarkusApplication {

    public static void main(String... args) {
        Quarkus.run(MastheadMain.class, args);
    }

    @Override
    public int run(String... args) {
        Signal.handle(new Signal("TERM"), signal -> Quarkus.asyncExit(0));
        Quarkus.waitForExit();
        return 0;
    }
}
