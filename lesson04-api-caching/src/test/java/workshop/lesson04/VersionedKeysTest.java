package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import workshop.support.junit.RealServers;
import workshop.support.servers.RedisServer;

/** A rolling deploy with a changed JSON schema: the new version's keys never meet the old version's values. */
@RealServers
class VersionedKeysTest {

    @Test
    void everyKeyOfAJsonValueChangesWithTheSchemaAndASessionsDoesNot() {
        CacheKeys v1 = new CacheKeys("run-1:");
        CacheKeys v2 = new CacheKeys("run-1:", 2);

        assertThat(v1).isEqualTo(new CacheKeys("run-1:", 1));
        assertThat(v2.product(42)).isEqualTo("run-1:lesson04:product:v2:42").isNotEqualTo(v1.product(42));
        assertThat(v2.missingProduct(42)).isNotEqualTo(v1.missingProduct(42));
        assertThat(v2.weather("Oslo")).isNotEqualTo(v1.weather("Oslo"));
        assertThat(v2.search("abc")).isNotEqualTo(v1.search("abc"));
        assertThat(v2.session("token")).as("a session's key: a new schema must not log everyone out").isEqualTo(v1.session("token"));
    }

    @Test
    void aVersion2ReaderNeverFindsAVersion1Value(RedisServer redis) {
        String namespace = redis.namespace() + "test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
        CacheKeys v1 = new CacheKeys(namespace, 1);
        CacheKeys v2 = new CacheKeys(namespace, 2);
        try (RedisClient client = redis.newClient()) {
            // The old instances' JSON: a price in euros, where version 2 reads cents.
            client.set(v1.product(42), "{\"id\":42,\"name\":\"Product 42\",\"price\":16.54}", SetParams.setParams().px(60_000));

            assertThat(client.get(v2.product(42))).as("what a version-2 instance reads for product 42 while version 1's value"
                    + " is cached: nothing to parse, so it asks the database and fills its own key").isNull();
            assertThat(client.get(v1.product(42))).as("version 1's value, still there for the old instances until its TTL")
                    .contains("\"price\":16.54");
        }
    }
}
