package workshop.support.junit;

import java.util.Set;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.OwnedServerRequiredException;
import workshop.support.servers.RedisCluster;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/** The extension behind {@link RealServers}: resolves server parameters and stops the servers after the class. */
public final class RealServersExtension
        implements ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealServersExtension.class);
    private static final Set<Class<?>> RESOLVED = Set.of(Servers.class, RedisServer.class, MemcachedServer.class, RedisCluster.class);
    /** The smallest Redis Cluster that can lose no slot's owner while it runs: three primaries. */
    private static final int CLUSTER_PRIMARIES = 3;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return RESOLVED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(parameter.getParameter().getType(), context);
    }

    /**
     * What a parameter of this type gets ({@code RedisServer}, {@code MemcachedServer}, {@code RedisCluster} or
     * {@code Servers}), for extensions that hand tests something built on one (a lesson's connection to a store):
     * the test class's own, started on first use.
     */
    public static <T> T server(Class<T> type, ExtensionContext context) {
        if (!RESOLVED.contains(type)) {
            throw new IllegalArgumentException("@RealServers hands out " + RESOLVED + ", not " + type.getName());
        }
        ExtensionContext.Store store = outermostClass(context).getStore(NAMESPACE);
        // The store closes what it holds (AutoCloseable) when the outermost test class is done.
        Servers servers = store.computeIfAbsent(Servers.class, key -> new Servers(), Servers.class);
        if (JvmWideServers.enabled() && type == RedisServer.class) {
            return type.cast(JvmWideServers.redis());
        }
        if (JvmWideServers.enabled() && type == MemcachedServer.class) {
            return type.cast(JvmWideServers.memcached());
        }
        if (JvmWideServers.enabled() && type == RedisCluster.class) {
            return type.cast(JvmWideServers.redisCluster(CLUSTER_PRIMARIES));
        }
        if (type == RedisServer.class) {
            return type.cast(store.computeIfAbsent(RedisServer.class, key -> servers.redis(), RedisServer.class));
        }
        if (type == MemcachedServer.class) {
            return type.cast(store.computeIfAbsent(MemcachedServer.class, key -> servers.memcached(), MemcachedServer.class));
        }
        if (type == RedisCluster.class) {
            // Its nodes are the Servers' own: they stop with it.
            return type.cast(store.computeIfAbsent(RedisCluster.class, key -> servers.redisCluster(CLUSTER_PRIMARIES), RedisCluster.class));
        }
        return type.cast(servers);
    }

    /** Nested groups share their enclosing class's servers: one start per test class, not per group. */
    private static ExtensionContext outermostClass(ExtensionContext context) {
        ExtensionContext outermost = context;
        while (outermost.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            outermost = outermost.getParent().orElseThrow();
        }
        return outermost;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw skipIfOwnedServerRequired(throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw skipIfOwnedServerRequired(throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw skipIfOwnedServerRequired(throwable);
    }

    /**
     * A test that must restart or configure its server cannot run against a shared one (nor a cluster without
     * redis-server on the PATH): skipped, with the reason. JUnit wraps what a parameter's resolution throws.
     */
    private static Throwable skipIfOwnedServerRequired(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof OwnedServerRequiredException needsOwn) {
                return new TestAbortedException(needsOwn.getMessage(), needsOwn);
            }
        }
        return throwable;
    }
}
