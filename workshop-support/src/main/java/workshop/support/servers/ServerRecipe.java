package workshop.support.servers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How to start one kind of server, from the PATH or in a container, and how to tell that it serves. */
interface ServerRecipe {

    ServerKind kind();

    /** Whether the server at this address answers, in its own protocol. */
    boolean isReady(ServerAddress address);

    /** The process id of the server answering at this address, once it serves: a stranger on our port is not ours. */
    Optional<Long> pidAt(ServerAddress address);

    /** Its command line when run from the PATH. */
    LocalCommand localCommand();

    /** Its command line in a container of the {@link ServerKind#dockerImage() image}. */
    List<String> containerCommand();

    /** Text files to place in the container before it starts (path → content), e.g. a redis.conf. */
    Map<String, String> containerFiles();
}
