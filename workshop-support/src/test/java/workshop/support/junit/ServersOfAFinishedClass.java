package workshop.support.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import workshop.support.servers.MemcachedServer;
import workshop.support.servers.RedisServer;
import workshop.support.servers.Servers;

/**
 * A test class run only by {@link RealServersExtensionIT} through JUnit's test kit (its name matches neither
 * *Test nor *IT): it notes the servers it was given, so that the IT can check they are gone after the class.
 */
@RealServers
class ServersOfAFinishedClass {

    static final List<RedisServer> REDIS = new ArrayList<>();
    static final List<MemcachedServer> MEMCACHED = new ArrayList<>();

    @Test
    void usesTheClassServers(RedisServer redis, MemcachedServer memcached) {
        REDIS.add(redis);
        MEMCACHED.add(memcached);
        assertThat(redis.isRunning()).isTrue();
    }

    @Test
    void startsOneMore(Servers servers) {
        REDIS.add(servers.redis());
    }
}
