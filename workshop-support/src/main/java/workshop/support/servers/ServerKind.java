package workshop.support.servers;

/** The two servers of the workshop, with what it takes to get each one. */
public enum ServerKind {
    REDIS("Redis", "redis-server", "redis:7", 6379, "REDIS_URL", "redis://127.0.0.1:6379"),
    MEMCACHED("Memcached", "memcached", "memcached:1.6", 11211, "MEMCACHED_SERVERS", "127.0.0.1:11211");

    private final String displayName;
    private final String executable;
    private final String dockerImage;
    private final int containerPort;
    private final String environmentVariable;
    private final String environmentExample;

    ServerKind(String displayName, String executable, String dockerImage, int containerPort,
               String environmentVariable, String environmentExample) {
        this.displayName = displayName;
        this.executable = executable;
        this.dockerImage = dockerImage;
        this.containerPort = containerPort;
        this.environmentVariable = environmentVariable;
        this.environmentExample = environmentExample;
    }

    public String displayName() {
        return displayName;
    }

    public String executable() {
        return executable;
    }

    String dockerImage() {
        return dockerImage;
    }

    int containerPort() {
        return containerPort;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    /** What a learner reads when no server can be found: the three ways to get one. */
    String howToGetOne() {
        return howToGetOne("Start Docker (Docker Desktop, Colima, or the Docker engine): the workshop then runs "
                + dockerImage + " in a container.");
    }

    /** The same, with the first way (Docker) told as it stands on this machine: why it failed, what to do. */
    String howToGetOne(String dockerWay) {
        return """
                No %1$s server is available, so this cannot run. Get one in any of these three ways:
                  1. %6$s
                  2. Install the server so that `%3$s` is on your PATH:
                       Debian/Ubuntu/WSL:  sudo apt-get install redis-server memcached
                       macOS (Homebrew):   brew install redis memcached
                  3. Point the workshop at a server you already run:
                       export %4$s=%5$s
                     Tests then keep to their own key namespace and delete what they wrote; they never flush it.
                """.formatted(displayName, dockerImage, executable, environmentVariable, environmentExample, dockerWay);
    }
}
