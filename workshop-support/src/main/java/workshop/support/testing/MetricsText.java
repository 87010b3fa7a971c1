package workshop.support.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample out of a Prometheus text scrape, failing the test with the whole text when it is not there. */
public final class MetricsText {

    private MetricsText() {
    }

    /** The value of a sample named in full, labels included, e.g. {@code api_cache_hit_ratio{cache="products"}}. */
    public static double sample(String metrics, String name) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(name) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        if (!matcher.find()) {
            throw new AssertionError("GET /metrics has no sample " + name + "; it has:\n" + metrics);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
