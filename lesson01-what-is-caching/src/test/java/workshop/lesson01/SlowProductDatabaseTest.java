package workshop.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlowProductDatabaseTest {

    @Test
    void findsASampleProductById() {
        assertThat(Catalog.database().findById(42)).hasValueSatisfying(product -> {
            assertThat(product.id()).isEqualTo(42);
            assertThat(product.name()).isEqualTo("Product 42");
        });
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(Catalog.database().findById(Catalog.UNKNOWN_ID)).isEmpty();
    }

    @Test
    void countsEveryCallFoundOrNot() {
        SlowProductDatabase database = Catalog.database();

        database.findById(1);
        database.findById(1);
        database.findById(Catalog.UNKNOWN_ID);

        assertThat(database.calls()).isEqualTo(3);
    }
}
