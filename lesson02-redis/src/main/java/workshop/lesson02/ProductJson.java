package workshop.lesson02;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Products as the JSON strings stored in Redis (Redis stores bytes: the format is ours to choose). */
public final class ProductJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProductJson() {
    }

    public static String write(Product product) {
        try {
            return MAPPER.writeValueAsString(product);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + product + " as JSON", e);
        }
    }

    public static Product read(String json) {
        try {
            return MAPPER.readValue(json, Product.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not a product's JSON: " + json, e);
        }
    }
}
