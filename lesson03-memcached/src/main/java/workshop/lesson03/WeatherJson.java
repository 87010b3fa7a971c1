package workshop.lesson03;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Weather as the JSON strings stored in Memcached. Memcached stores bytes; JSON (not Java serialization) keeps the
 * cache readable by any client, in any language, and by you with {@code telnet}.
 */
public final class WeatherJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WeatherJson() {
    }

    public static String write(Weather weather) {
        try {
            return MAPPER.writeValueAsString(weather);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + weather + " as JSON", e);
        }
    }

    public static Weather read(String json) {
        try {
            return MAPPER.readValue(json, Weather.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not weather JSON: " + json, e);
        }
    }
}
