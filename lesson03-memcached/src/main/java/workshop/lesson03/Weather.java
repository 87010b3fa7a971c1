package workshop.lesson03;

/** The weather in a city, as the upstream service reports it. */
public record Weather(String city, int temperatureCelsius, String conditions) {

    public Weather {
        if (city == null || city.isBlank()) {
            throw new IllegalArgumentException("city must not be blank");
        }
        if (conditions == null || conditions.isBlank()) {
            throw new IllegalArgumentException("conditions must not be blank");
        }
    }
}
