package workshop.lesson05;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.args.Rawable;
import redis.clients.jedis.executors.CommandExecutor;
import redis.clients.jedis.executors.DefaultCommandExecutor;
import redis.clients.jedis.providers.PooledConnectionProvider;
import redis.clients.jedis.util.JedisURIHelper;

import workshop.support.servers.RedisServer;

/**
 * A real Jedis client to a real Redis that tells the test which commands it sent, in order, and lets the test act
 * right after one of them, on the thread that sent it: a write landing between two commands of the code under test,
 * or its process "crashing" there. A test then checks what the server saw from this client (how many commands,
 * which, in which order), and plays a race in its one bad order, every time, without timing.
 */
final class WatchedRedis implements AutoCloseable {

    /** A command as Redis received it: its name, upper case, and its arguments. */
    record Command(String name, List<String> args) {

        boolean is(String commandName) {
            return name.equalsIgnoreCase(commandName);
        }

        /** This command on this key (its first argument). */
        boolean is(String commandName, String key) {
            return is(commandName) && !args.isEmpty() && args.get(0).equals(key);
        }

        @Override
        public String toString() {
            return args.isEmpty() ? name : name + " " + String.join(" ", args);
        }
    }

    /** What the test does right after a command was answered, on the thread that sent it. */
    interface After {
        void command(Command command);
    }

    private final List<Command> sent = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Boolean> inHook = ThreadLocal.withInitial(() -> false);
    private volatile After after = command -> { };
    private final RedisClient client;

    WatchedRedis(RedisServer server) {
        String password = JedisURIHelper.getPassword(server.uri());
        JedisClientConfig config = DefaultJedisClientConfig.builder().resp2().timeoutMillis(2_000)
                .user(JedisURIHelper.getUser(server.uri()))
                .password(password != null ? password : server.config().password().orElse(null))
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED).build();
        PooledConnectionProvider connections = new PooledConnectionProvider(new HostAndPort(server.host(), server.port()), config);
        CommandExecutor real = new DefaultCommandExecutor(connections);
        CommandExecutor watching = new CommandExecutor() {
            @Override
            public <T> T executeCommand(CommandObject<T> command) {
                T reply = real.executeCommand(command);
                Command seen = describe(command);
                sent.add(seen);
                if (!inHook.get()) {
                    inHook.set(true);
                    try {
                        after.command(seen);
                    } finally {
                        inHook.set(false);
                    }
                }
                return reply;
            }

            @Override
            public void close() throws Exception {
                real.close();
            }
        };
        this.client = RedisClient.builder().connectionProvider(connections).commandExecutor(watching).build();
    }

    private static Command describe(CommandObject<?> command) {
        List<String> words = new ArrayList<>();
        for (Rawable argument : command.getArguments()) {
            words.add(new String(argument.getRaw(), StandardCharsets.UTF_8));
        }
        return new Command(words.get(0).toUpperCase(Locale.ROOT), List.copyOf(words.subList(1, words.size())));
    }

    /** The client to give the code under test. */
    RedisClient client() {
        return client;
    }

    /** Every command sent so far, in order (those the hook itself sent included). */
    List<Command> sent() {
        return List.copyOf(sent);
    }

    /** The names of the commands sent so far, in order: {@code [GET, EVAL]}. */
    List<String> names() {
        return sent.stream().map(Command::name).toList();
    }

    /** Forgets the commands sent so far. */
    void forget() {
        sent.clear();
    }

    /** From now on, runs {@code after} right after each command (not after those it sends itself). */
    void afterEach(After after) {
        this.after = after;
    }

    @Override
    public void close() {
        client.close();
    }
}
