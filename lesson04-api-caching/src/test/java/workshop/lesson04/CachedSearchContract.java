package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

import workshop.support.servers.Servers;

/** Search results under a canonical key, the same on every store: the tests of exercise 4.7. */
interface CachedSearchContract extends Store {

    @Test
    default void oneQuerySpelledManyWaysIsOneEntry(Connection store) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        CachedSearch search = new CachedSearch(store.cache(), store.keys(), origin, Duration.ofSeconds(10));

        var first = search.search(query("q", "Product 1", "category", "Kitchen"));
        var reordered = search.search(query("category", "kitchen", "q", "product 1"));
        var spaced = search.search(query("q", "  product   1 ", "category", "KITCHEN", "sort", ""));

        assertThat(reordered.outcome()).as("4.7 must key a search by its canonical form (names sorted, lower case):"
                + " ?category=kitchen&q=product 1 after ?q=Product 1&category=Kitchen").isEqualTo(CacheOutcome.HIT);
        assertThat(origin.calls()).as("4.7 must run one search for three spellings of one query (names sorted; names and"
                + " values trimmed and lower-cased, inner spaces as one; empty values left out): searches run").isEqualTo(1);
        assertThat(spaced.value()).as("4.7: the results of the third spelling").isEqualTo(first.value());
        assertThat(first.value().orElseThrow()).as("4.7: the results of q=product 1, category=kitchen")
                .isNotEmpty().allSatisfy(product -> assertThat(product.name()).endsWith(" kitchen"));
    }

    @Test
    default void differentQueriesAreDifferentEntries(Connection store) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        CachedSearch search = new CachedSearch(store.cache(), store.keys(), origin, Duration.ofSeconds(10));

        search.search(query("q", "product", "sort", "price"));
        search.search(query("q", "product", "sort", "name"));

        assertThat(origin.calls()).as("4.7 must keep every parameter in the key: searches run for two sorts of one query").isEqualTo(2);
    }

    @Test
    default void theApiCachesASearchWhateverTheParametersOrder(Connection store) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        CachedSearch search = new CachedSearch(store.cache(), store.keys(), origin, Duration.ofSeconds(10));
        assertThat(CachedSearch.canonical(query("sort", "Price", "Q", " Cup "))).as("4.7: the canonical form of ?sort=Price&Q= Cup ")
                .isEqualTo("q=cup&sort=price");
        CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60)))
                .withSearch(search);
        JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
            assertThat(http.get("/search?q=Product&category=Garden&maxPrice=5000").headers().get("X-Cache"))
                    .as("4.7: X-Cache of a first search").containsExactly("MISS");
            assertThat(http.get("/search?maxprice=5000&CATEGORY=garden&q=product").headers().get("X-Cache"))
                    .as("4.7: X-Cache of the same search, parameters in another order and case").containsExactly("HIT");
            assertThat(http.get("/search?q=x&color=red").code()).as("an unknown parameter").isEqualTo(400);
            assertThat(origin.calls()).as("4.7: searches run for two spellings of one query and a bad one").isEqualTo(1);

            // Spaces around values are tidied before the search sees them: same answer, same entry.
            var spaced = http.get("/search?maxPrice=+4000+&category=+office+");
            assertThat(spaced.code()).as("4.7: a search with spaces around its values must answer 200; it answered: %s", spaced.body().string())
                    .isEqualTo(200);
            assertThat(http.get("/search?category=office&maxPrice=4000").headers().get("X-Cache"))
                    .as("4.7: X-Cache of the same search without the spaces").containsExactly("HIT");
            assertThat(origin.calls()).as("4.7: searches run").isEqualTo(2);
        });
    }

    @Test
    default void withTheCacheDownTheSearchEngineAnswersMarkedBypass(Servers servers) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        try (Connection store = connectToDeadServer(servers)) {
            CachedSearch search = new CachedSearch(store.cache(), store.keys(), origin, Duration.ofSeconds(10));

            var lookup = Store.noException(() -> search.search(query("q", "product 1")),
                    "4.7 must answer from the search engine, marked BYPASS, when the cache throws CacheUnavailableException");

            assertThat(lookup.outcome()).as("4.7: a search with the cache down").isEqualTo(CacheOutcome.BYPASS);
            assertThat(lookup.value().orElseThrow()).as("4.7: the results with the cache down").isNotEmpty();
        }
    }

    /**
     * Cache-key poisoning: a value that contains "&" and "=" must not pass for other parameters. Unescaped, the first
     * request (a search for the text "product&sort=price", which finds nothing) stores its empty answer under the key
     * of the second (a search for "product", sorted by price): anyone could blank a popular search for its TTL.
     */
    @Test
    default void aValueCannotPassForOtherParameters(Connection store) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        assertThat(CachedSearch.canonical(query("q", "product&sort=price")))
                .as("4.7 must encode names and values in the canonical form (URLEncoder): the canonical form of q=\"product&sort=price\"")
                .isNotEqualTo(CachedSearch.canonical(query("q", "product", "sort", "price")));
        CachedSearch search = new CachedSearch(store.cache(), store.keys(), origin, Duration.ofSeconds(10));
        CatalogApi.Collaborators collaborators = CatalogApi.Collaborators.of(new CachedProducts(store.cache(), store.keys(), Store.database(), Duration.ofSeconds(60)))
                .withSearch(search);
        JavalinTest.test(CatalogApi.create(collaborators), (server, http) -> {
            var poison = http.get("/search?q=product%26sort%3Dprice");
            assertThat(poison.body().string()).as("the search for the text \"product&sort=price\"").isEqualTo("[]");

            var victim = http.get("/search?q=product&sort=price");

            assertThat(victim.headers().get("X-Cache")).as("4.7 must not let one search's answer pass for another's (cache-key"
                    + " poisoning): X-Cache of ?q=product&sort=price after ?q=product%26sort%3Dprice").containsExactly("MISS");
            assertThat(Json.read(victim.body().string(), Product[].class)).as("the products of ?q=product&sort=price").hasSize(20);
        });
    }

    /** An old format, a bug elsewhere: what the cache holds for a search is not a list of products. Never a 500. */
    @Test
    default void anUnreadableCachedValueIsAMissAndIsReplaced(Connection store) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        CachedSearch search = new CachedSearch(store.cache(), store.keys(), origin, Duration.ofSeconds(10));
        Map<String, String> cups = query("q", "product 1");
        search.search(cups);
        store.cache().put(store.keys().search(sha256(CachedSearch.canonical(cups))), "[{\"id\":", Duration.ofSeconds(10));

        var lookup = Store.noException(() -> search.search(cups),
                "4.7 must treat a cached value that does not parse as a miss, never an error (a 500)");

        assertThat(lookup.outcome()).as("4.7: a search over an unreadable cached value").isEqualTo(CacheOutcome.MISS);
        assertThat(lookup.value().orElseThrow()).as("4.7: the results, from the search engine").isNotEmpty();
        assertThat(search.search(cups).outcome()).as("4.7 must replace the unreadable value: the next search").isEqualTo(CacheOutcome.HIT);
    }

    /** Parameters in the order given (a Map.of has none), as a query string has. */
    private static Map<String, String> query(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The store answered the read, then failed the fill: the reader still gets the results. */
    @Test
    default void aFillThatFailsStillAnswersFromTheOrigin(Connection store) throws Exception {
        ProductSearch origin = new ProductSearch(Duration.ZERO);
        CachedSearch search = new CachedSearch(new ReadOnlyCache(store.cache()), store.keys(), origin, Duration.ofSeconds(10));

        Lookup<List<Product>> lookup = Store.noException(() -> search.search(query("q", "Product 1")), "4.7 must answer"
                + " from the origin when filling the cache fails (catch CacheUnavailableException around the fill too)");

        assertThat(lookup.value()).as("4.7 must answer from the origin when filling the cache fails: the results for q=Product 1")
                .contains(origin.search(query("q", "Product 1")));
    }
}
