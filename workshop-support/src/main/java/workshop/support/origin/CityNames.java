package workshop.support.origin;

import java.util.Locale;

/**
 * How the lessons' made-up weather services spell a city: in their own way, not the caller's. A real weather API
 * answers "Paris" whether it was asked for "paris" or "pARIS"; a service that echoed the caller's spelling would let
 * a cache keyed on the city in any letter case show the first requester's typing to everyone after them.
 */
public final class CityNames {

    private CityNames() {
    }

    /** Each word capitalised, the rest in lower case, surrounding spaces dropped: "sÃO pAULO " is "São Paulo". */
    public static String spelling(String city) {
        StringBuilder name = new StringBuilder();
        boolean wordStart = true;
        for (int codePoint : city.strip().toLowerCase(Locale.ROOT).codePoints().toArray()) {
            name.appendCodePoint(wordStart ? Character.toTitleCase(codePoint) : codePoint);
            wordStart = Character.isWhitespace(codePoint) || codePoint == '-';
        }
        return name.toString();
    }
}
