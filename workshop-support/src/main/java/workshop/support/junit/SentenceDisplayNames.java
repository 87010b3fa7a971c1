package workshop.support.junit;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGenerator;

/**
 * Shows test names as the sentences they are: {@code evictsTheLeastRecentlyUsedEntry} reads
 * "evicts the least recently used entry" in the test report. Acronyms stay as written ({@code TTL}, {@code LRU}).
 * Every lesson uses it, through workshop-support's {@code junit-platform.properties}.
 */
public final class SentenceDisplayNames extends DisplayNameGenerator.Standard {

    @Override
    public String generateDisplayNameForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> nestedClass) {
        return sentence(nestedClass.getSimpleName());
    }

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method testMethod) {
        String sentence = sentence(testMethod.getName());
        return testMethod.getParameterCount() == 0 ? sentence
                : sentence + Arrays.stream(testMethod.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", " (", ")"));
    }

    static String sentence(String camelCase) {
        String[] words = camelCase.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-zA-Z])(?=[0-9])|_");
        return Arrays.stream(words)
                .filter(word -> !word.isEmpty())
                .map(word -> word.chars().allMatch(Character::isUpperCase) && word.length() > 1 ? word : word.toLowerCase())
                .collect(Collectors.joining(" "));
    }
}
