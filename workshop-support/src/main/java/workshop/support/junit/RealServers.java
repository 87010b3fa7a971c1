package workshop.support.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class real servers: declare a {@code RedisServer}, {@code MemcachedServer}, {@code RedisCluster}
 * (three primaries, from redis-server on the PATH) or {@code Servers} parameter on a test, lifecycle method or
 * constructor. The class (with its {@code @Nested} groups) shares one of each, started on first use and stopped
 * after its last test; {@code Servers} starts more (configured servers, replicas, several nodes), stopped at the
 * same time. A test that needs a server the workshop must start itself, where it cannot, is skipped with the reason.
 *
 * <pre>{@code
 * @RealServers
 * class GreetingTest {
 *     @Test
 *     void storesAGreeting(RedisServer redis) {
 *         try (RedisClient client = redis.newClient()) { ... }
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealServersExtension.class)
public @interface RealServers {
}
