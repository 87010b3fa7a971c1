package workshop.lesson04;

import java.util.Optional;

/** What a cached read found (empty: not found anywhere), and what the cache did to find it. */
public record Lookup<T>(Optional<T> value, CacheOutcome outcome) {
}
