package workshop.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The upstream answers in its own spelling: a cache keyed on the city in any letter case then shows nobody's typing. */
class WeatherServiceTest {

    @Test
    void namesTheCityItsOwnWayWhateverTheCallerTyped() {
        WeatherService upstream = new WeatherService(Duration.ZERO);

        assertThat(upstream.current("oSLO")).as("the weather for oSLO").isEqualTo(upstream.current("Oslo"));
        assertThat(upstream.current("oSLO").city()).as("the city named in the weather for oSLO").isEqualTo("Oslo");
        assertThat(upstream.calls("OSLO")).as("calls for Oslo, in any letter case").isEqualTo(3);
    }
}
