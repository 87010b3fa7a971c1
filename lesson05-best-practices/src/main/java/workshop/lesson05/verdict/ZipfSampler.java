package workshop.lesson05.verdict;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks 0…n−1 drawn with Zipf's law: rank r comes with probability proportional to 1 / (r + 1)^α, so a few keys are
 * hot and most are cold — how real cache traffic looks (α ≈ 0.9 to 1.2 in published traces). Seeded: the same
 * seed gives the same sequence, so every server sees exactly the same requests.
 */
final class ZipfSampler {

    private final double[] cumulative;
    private final SplittableRandom random;

    ZipfSampler(int n, double alpha, long seed) {
        if (n < 1 || alpha <= 0) {
            throw new IllegalArgumentException("n ≥ 1 and α > 0, not n=" + n + ", α=" + alpha);
        }
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1 / Math.pow(rank + 1, alpha);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
        random = new SplittableRandom(seed);
    }

    /** The next rank: the first whose cumulative probability reaches a uniform draw. */
    int next() {
        double u = random.nextDouble();
        int found = Arrays.binarySearch(cumulative, u);
        int rank = found >= 0 ? found : -found - 1;
        return Math.min(rank, cumulative.length - 1);
    }

    /** The share of all requests that go to the {@code top} hottest ranks: the best hit ratio a cache of that many items could have. */
    double shareOfTop(int top) {
        return top <= 0 ? 0 : cumulative[Math.min(top, cumulative.length) - 1];
    }
}
