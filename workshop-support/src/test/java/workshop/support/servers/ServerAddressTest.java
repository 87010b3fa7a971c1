package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void parsesHostColonPort() {
        assertThat(ServerAddress.parse(" 127.0.0.1:21211 ")).isEqualTo(new ServerAddress("127.0.0.1", 21_211));
    }

    @Test
    void rejectsAnAddressWithoutAPort() {
        assertThatThrownBy(() -> ServerAddress.parse("localhost")).hasMessageContaining("host:port");
        assertThatThrownBy(() -> ServerAddress.parse("localhost:abc")).hasMessageContaining("numeric port");
        assertThatThrownBy(() -> ServerAddress.parse("localhost:0")).hasMessageContaining("1..65535");
    }
}
