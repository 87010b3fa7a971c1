package workshop.lesson04;

/** What the cache did for a request, as the {@code X-Cache} response header says it. */
public enum CacheOutcome {

    /** Answered from the cache. */
    HIT,
    /** Not in the cache: the origin answered, and the answer was stored. */
    MISS,
    /** The cache could not be asked (down, too slow): the origin answered, and nothing was stored. */
    BYPASS;

    public String header() {
        return name();
    }
}
