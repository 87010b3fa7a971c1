package workshop.lesson03;

/** Builds the Memcached key under which a city's weather is cached: the one place where keys are made. */
public interface CityKeys {

    String forCity(String city);

    /**
     * What most people write first: the city's name after a prefix. Fine for "Oslo"; "São Paulo" (a space) or a
     * 300-letter name make keys the client refuses, and "Zürich" and "ZÜRICH" two keys for one city. Exercise 3.2
     * writes the safe version.
     */
    static CityKeys naive(String namespace) {
        return city -> namespace + "lesson03:weather:" + city;
    }
}
