package workshop.support.servers;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers here; asked once per JVM, since the answer costs time when there is none. */
final class Docker {

    private static Boolean available;

    private Docker() {
    }

    static synchronized boolean isAvailable() {
        if (available == null) {
            available = probe();
        }
        return available;
    }

    private static boolean probe() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }
}
