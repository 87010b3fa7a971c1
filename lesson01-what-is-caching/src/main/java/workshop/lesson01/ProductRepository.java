package workshop.lesson01;

import java.util.Optional;

/** Where products come from: the origin that a cache sits in front of. */
public interface ProductRepository {

    Optional<Product> findById(long id);
}
