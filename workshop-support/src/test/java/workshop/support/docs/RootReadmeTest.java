package workshop.support.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import workshop.support.exercises.ProgressSample;

/** The main README quotes the lessons: its samples of -Pprogress are what lessons 01 and 02 have. */
class RootReadmeTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void itsProgressSamplesAreTheLessonsOwn() {
        assertThat(ProgressSample.mismatches(README, Path.of("..", "lesson01-what-is-caching"))).as("lesson 01's sample").isEmpty();
        assertThat(ProgressSample.mismatches(README, Path.of("..", "lesson02-redis"))).as("lesson 02's sample").isEmpty();
    }
}
