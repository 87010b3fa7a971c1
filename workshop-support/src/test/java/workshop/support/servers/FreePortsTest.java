package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.RepeatedTest;

/** A Redis Cluster node refuses a port above 55,535: its bus listens on port + 10,000. */
class FreePortsTest {

    @RepeatedTest(20)
    void aClusterNodesPortLeavesRoomForItsBusPortAndBothAreFree() throws IOException {
        int port = FreePorts.nextForClusterNode();

        assertThat(port).isBetween(1_024, FreePorts.HIGHEST_CLUSTER_PORT);
        for (int bound : new int[] {port, port + 10_000}) {
            try (ServerSocket socket = new ServerSocket(bound, 1, InetAddress.getLoopbackAddress())) {
                assertThat(socket.getLocalPort()).isEqualTo(bound);
            }
        }
    }
}
