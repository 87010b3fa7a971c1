package workshop.support.servers;

import java.nio.file.Path;
import java.util.List;

/** A server's command line when run from the PATH, in its own directory. */
interface LocalCommand {

    /**
     * @param directory  the server's own directory, its working directory
     * @param port       the port to listen on
     * @param firstStart true until the server has started once: the time to write a config file into its
     *                   directory (later starts read it as the server left it, CONFIG REWRITE included)
     */
    List<String> forPort(Path directory, int port, boolean firstStart);
}
