package workshop.lesson03;

import java.time.Duration;

/** What the tests share: an instant upstream. */
final class Fixtures {

    private Fixtures() {
    }

    static WeatherService service() {
        return new WeatherService(Duration.ZERO);
    }
}
