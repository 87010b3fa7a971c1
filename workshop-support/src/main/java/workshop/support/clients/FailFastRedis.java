package workshop.support.clients;

import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.executors.CommandExecutor;
import redis.clients.jedis.executors.DefaultCommandExecutor;
import redis.clients.jedis.providers.ConnectionProvider;
import redis.clients.jedis.providers.PooledConnectionProvider;

/**
 * A Jedis client that consults a {@link FailFast} before every command, pipeline, transaction and subscription:
 * while Redis is known to be failing, they throw a {@link JedisConnectionException} at once, which every app
 * already treats as "the cache is unavailable".
 */
public final class FailFastRedis {

    private FailFastRedis() {
    }

    /** A client over this pool: each failure pauses it and drops the pool's idle connections (a restarted Redis has reset them all). */
    public static RedisClient over(PooledConnectionProvider pool, FailFast failFast) {
        GuardedConnections connections = new GuardedConnections(pool, failFast);
        return RedisClient.builder()
                .connectionProvider(connections)
                .commandExecutor(new GuardedCommands(new DefaultCommandExecutor(connections), connections))
                .build();
    }

    /** What a call gets while the pause lasts: the cache is unavailable, as far as the caller needs to know. */
    static final class FailingFast extends JedisConnectionException {

        private static final long serialVersionUID = 1L;

        FailingFast() {
            super("Redis failed moments ago: failing fast instead of waiting for it again");
        }
    }

    private static final class GuardedConnections implements ConnectionProvider {

        private final PooledConnectionProvider pool;
        private final FailFast failFast;

        GuardedConnections(PooledConnectionProvider pool, FailFast failFast) {
            this.pool = pool;
            this.failFast = failFast;
        }

        @Override
        public Connection getConnection() {
            return guarded(pool::getConnection);
        }

        @Override
        public Connection getConnection(CommandArguments args) {
            return guarded(() -> pool.getConnection(args));
        }

        private Connection guarded(java.util.function.Supplier<Connection> borrow) {
            if (!failFast.allows()) {
                throw new FailingFast();
            }
            try {
                return borrow.get();
            } catch (JedisException cannotConnectOrPoolExhausted) {
                failed();
                throw cannotConnectOrPoolExhausted;
            }
        }

        void failed() {
            failFast.failed();
            pool.getPool().clear();
        }

        void succeeded() {
            failFast.succeeded();
        }

        @Override
        public void close() {
            pool.close();
        }
    }

    private static final class GuardedCommands implements CommandExecutor {

        private final CommandExecutor delegate;
        private final GuardedConnections connections;

        GuardedCommands(CommandExecutor delegate, GuardedConnections connections) {
            this.delegate = delegate;
            this.connections = connections;
        }

        @Override
        public <T> T executeCommand(CommandObject<T> command) {
            T result;
            try {
                result = delegate.executeCommand(command);
            } catch (FailingFast notEvenTried) {
                // Not a new failure: counting it would push the pause back for as long as requests keep coming,
                // and a restarted Redis would never get its probe.
                throw notEvenTried;
            } catch (JedisConnectionException timedOutOrDropped) {
                connections.failed();
                throw timedOutOrDropped;
            } catch (JedisDataException answeredWithAnError) {
                // The server answered (NOSCRIPT after a restart, WRONGTYPE...): it is up. Counting this as a failure
                // would keep a probe whose first command always errs (a script not loaded yet) failing for ever.
                connections.succeeded();
                throw answeredWithAnError;
            }
            connections.succeeded();
            return result;
        }

        @Override
        public void close() throws Exception {
            delegate.close();
        }
    }
}
