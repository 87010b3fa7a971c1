package workshop.support.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceDisplayNamesTest {

    @Test
    void turnsCamelCaseIntoASentence() {
        assertThat(SentenceDisplayNames.sentence("evictsTheLeastRecentlyUsedEntry")).isEqualTo("evicts the least recently used entry");
    }

    @Test
    void keepsAcronymsAndNumbers() {
        assertThat(SentenceDisplayNames.sentence("expiresExactlyAtItsTTL")).isEqualTo("expires exactly at its TTL");
        assertThat(SentenceDisplayNames.sentence("anLRUCacheOf3Entries")).isEqualTo("an LRU cache of 3 entries");
    }
}
