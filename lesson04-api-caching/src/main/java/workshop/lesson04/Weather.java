package workshop.lesson04;

/** The weather in a city, as the upstream service reports it. */
public record Weather(String city, int temperatureCelsius, String conditions) {
}
