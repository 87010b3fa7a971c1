package workshop.support.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RedisConfigTest {

    @Test
    void rendersEachDirectiveAsAQuotedConfigLine() {
        RedisConfig config = RedisConfig.defaults().maxmemory("2mb", "allkeys-lru").with("save", "");

        assertThat(config.directives()).extracting(RedisConfig.Directive::asConfigLine)
                .containsExactly("maxmemory \"2mb\"", "maxmemory-policy \"allkeys-lru\"", "save \"\"");
    }

    @Test
    void theLastPasswordWins() {
        assertThat(RedisConfig.defaults().password()).isEmpty();
        assertThat(RedisConfig.defaults().requirePass("one").requirePass("two").password()).contains("two");
    }

    @Test
    void isImmutable() {
        RedisConfig defaults = RedisConfig.defaults();
        RedisConfig appendOnly = defaults.appendOnly();

        assertThat(defaults.isDefault()).isTrue();
        assertThat(appendOnly.isDefault()).isFalse();
        assertThat(appendOnly.directives()).extracting(RedisConfig.Directive::name).containsExactly("appendonly", "appendfsync");
    }

    @Test
    void rejectsWhatIsNotADirectiveName() {
        assertThatThrownBy(() -> new RedisConfig.Directive("maxmemory\nflushall", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
