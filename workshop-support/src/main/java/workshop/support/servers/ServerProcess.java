package workshop.support.servers;

/** A server the workshop started itself, as a local process or a container: it can be stopped, killed and started again. */
interface ServerProcess extends AutoCloseable {

    /** Where this JVM connects: always the loopback interface. */
    ServerAddress address();

    /** Where another server started by the workshop connects, e.g. a replica to its primary. */
    ServerAddress addressForPeers();

    /** Starts it again after {@link #stop()} or {@link #kill()}, on the same port and with the same data directory. */
    void start();

    /** Shuts it down gracefully, the way an operator would (a Redis with persistence saves its data first). */
    void stop();

    /** Kills it without warning, like a crash or a pulled plug. */
    void kill();

    boolean isRunning();

    /** How it was obtained, for log lines a learner can act on: "local redis-server", "Docker redis:7". */
    String origin();

    /** Stops it for good and removes its files. */
    @Override
    void close();
}
