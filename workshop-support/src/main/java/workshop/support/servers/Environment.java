package workshop.support.servers;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/** What this machine offers a workshop: its environment variables, a Docker engine, binaries on the PATH. */
record Environment(UnaryOperator<String> variables, BooleanSupplier docker) {

    /** Set to {@code path} to use the binaries even where Docker runs, or {@code docker} to use only Docker. */
    static final String SERVERS_VARIABLE = "WORKSHOP_SERVERS";

    static Environment current() {
        return new Environment(System::getenv, Docker::isAvailable);
    }

    Optional<String> variable(String name) {
        return Optional.ofNullable(variables.apply(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    Optional<Path> executable(String name) {
        return Executables.find(variables.apply("PATH"), name);
    }

    boolean mayUseDocker() {
        return !variable(SERVERS_VARIABLE).orElse("auto").equals("path") && docker.getAsBoolean();
    }

    boolean mayUsePath() {
        return !variable(SERVERS_VARIABLE).orElse("auto").equals("docker");
    }
}
