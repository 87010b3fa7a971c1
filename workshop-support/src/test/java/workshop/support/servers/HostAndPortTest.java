package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostAndPortTest {

    @Test
    void parsesHostColonPort() {
        assertThat(HostAndPort.parse(" 127.0.0.1:21211 ")).isEqualTo(new HostAndPort("127.0.0.1", 21_211));
    }

    @Test
    void rejectsAnAddressWithoutAPort() {
        assertThatThrownBy(() -> HostAndPort.parse("localhost")).hasMessageContaining("host:port");
        assertThatThrownBy(() -> HostAndPort.parse("localhost:abc")).hasMessageContaining("numeric port");
        assertThatThrownBy(() -> HostAndPort.parse("localhost:0")).hasMessageContaining("1..65535");
    }
}
