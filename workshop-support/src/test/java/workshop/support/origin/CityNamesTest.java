package workshop.support.origin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CityNamesTest {

    @Test
    void everySpellingOfACityGivesTheServicesOwn() {
        assertThat(CityNames.spelling("pARIS")).isEqualTo("Paris");
        assertThat(CityNames.spelling("paris")).isEqualTo("Paris");
        assertThat(CityNames.spelling(" sÃO pAULO ")).isEqualTo("São Paulo");
        assertThat(CityNames.spelling("STRATFORD-UPON-AVON")).isEqualTo("Stratford-Upon-Avon");
    }
}
