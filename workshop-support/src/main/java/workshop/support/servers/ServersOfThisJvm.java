package workshop.support.servers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every server this JVM started, so that a normal exit stops them all even when a test or demo forgot to.
 * (An abnormal exit is the watchdog's job: see {@link LocalProcess}.)
 */
final class ServersOfThisJvm {

    private static final Set<ServerProcess> RUNNING = new LinkedHashSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ServersOfThisJvm::closeAll, "workshop-servers-shutdown"));
    }

    private ServersOfThisJvm() {
    }

    static synchronized void register(ServerProcess process) {
        RUNNING.add(process);
    }

    static synchronized void unregister(ServerProcess process) {
        RUNNING.remove(process);
    }

    private static void closeAll() {
        List<ServerProcess> all;
        synchronized (ServersOfThisJvm.class) {
            all = new ArrayList<>(RUNNING);
        }
        all.forEach(ServerProcess::close);
    }
}
