package workshop.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** An app listens on loopback, on a port the learner can change, and says at once when that port is taken. */
class AppAddressTest {

    private static final String[] NO_ARGUMENTS = {};

    @Test
    void byDefaultTheAppListensOnLoopbackOnItsLessonsPort() {
        AppAddress address = AppAddress.of(NO_ARGUMENTS, Map.<String, String>of()::get, 7072, 1);

        assertThat(address.host()).isEqualTo("127.0.0.1");
        assertThat(address.port()).isEqualTo(7072);
        assertThat(address.url(0)).isEqualTo("http://127.0.0.1:7072");
    }

    @Test
    void theArgumentWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> environment = Map.of("WORKSHOP_PORT", "8000", "WORKSHOP_HOST", "0.0.0.0");

        assertThat(AppAddress.of(NO_ARGUMENTS, environment::get, 7075, 2)).isEqualTo(new AppAddress("0.0.0.0", 8000, 2));
        assertThat(AppAddress.of(new String[] {"caffeine", "--port=9000"}, environment::get, 7075, 2).port()).isEqualTo(9000);
        assertThat(AppAddress.choices(new String[] {"caffeine", "--port=9000"})).containsExactly("caffeine");
    }

    @Test
    void aPortThatIsNotANumberIsRefusedPlainly() {
        assertThatThrownBy(() -> AppAddress.of(new String[] {"--port=seventy"}, Map.<String, String>of()::get, 7070, 1))
                .hasMessageContaining("must be a whole number, was \"seventy\"");
        assertThatThrownBy(() -> AppAddress.of(new String[] {"--port=70000"}, Map.<String, String>of()::get, 7070, 1))
                .hasMessageContaining("must be from 1 to 65535");
    }

    @Test
    void aTakenPortFailsAtOnceNamingThePortAndHowToChooseAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            AppAddress address = new AppAddress("127.0.0.1", taken.getLocalPort(), 1);

            assertThatThrownBy(address::requireFree)
                    .isInstanceOf(AppAddress.PortInUseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " on 127.0.0.1 is taken")
                    .hasMessageContaining("WORKSHOP_PORT=")
                    .hasMessageContaining("--port=");
        }
    }

    @Test
    void aFreePortPasses() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            free = probe.getLocalPort();
        }
        assertThat(new AppAddress("127.0.0.1", free, 1).requireFree().port()).isEqualTo(free);
    }
}
