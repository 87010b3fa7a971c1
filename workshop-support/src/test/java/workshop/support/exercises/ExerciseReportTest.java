package workshop.support.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import workshop.support.exercises.TestResult.Status;

class ExerciseReportTest {

    private static final String TODO = "Exercise 1.1 is not done yet: load it. See \"Exercise 1.1\".";

    private static TestResult exercise(String id, String test, Status status, String message) {
        return new TestResult("lesson01-what-is-caching", "stubs", id, "Title " + id, "[test:" + id + "/" + test + "]",
                "CacheTest › Exercise " + id + ": Title " + id + " › " + test, status, message);
    }

    private static TestResult given(String test, Status status) {
        return new TestResult("lesson01-what-is-caching", "stubs", "", "", "[given:" + test + "]", "AppTest › " + test, status, "");
    }

    @Test
    void aResultSurvivesTheTripThroughItsFileLine() {
        TestResult result = exercise("1.2", "tab\there", Status.FAILED, "line one\nline\\two");

        assertThat(TestResult.fromLine(result.toLine())).isEqualTo(result);
    }

    @Test
    void progressCountsExercisesWhoseTestsAllPassAndPointsAtTheNextOne() {
        String progress = ExerciseReport.progress("lesson01-what-is-caching", List.of(
                exercise("1.10", "a", Status.FAILED, TODO),
                exercise("1.1", "a", Status.SUCCESSFUL, ""),
                exercise("1.2", "a", Status.SUCCESSFUL, ""),
                exercise("1.2", "b", Status.FAILED, "expected 1"),
                given("app answers", Status.SUCCESSFUL)));

        assertThat(progress).isEqualTo("""
                Lesson 01 · what is caching: 1/3 exercises done
                  [x] Exercise 1.1: Title 1.1
                  [ ] Exercise 1.2: Title 1.2   <- next: 1 of 2 tests still fail
                        expected 1
                  [ ] Exercise 1.10: Title 1.10
                """);
    }

    @Test
    void progressPointsAtTheHintCommandWhenTheNextExerciseHasHints() {
        String progress = ExerciseReport.progress("lesson01-what-is-caching",
                List.of(exercise("1.1", "a", Status.SUCCESSFUL, ""), exercise("1.2", "a", Status.FAILED, TODO)),
                exercise -> exercise.equals("1.2"));

        assertThat(progress).contains("stuck? a hint at a time: ./mvnw -q validate -Phint -Dexercise=1.2");
    }

    @Test
    void progressWarnsWhenTheGivenCodeIsBroken() {
        String progress = ExerciseReport.progress("lesson02-redis", List.of(given("app answers", Status.FAILED)));

        assertThat(progress).contains("Lesson 02 · redis: no exercises yet").contains("1 test(s) of the given code do not pass");
    }

    @Test
    void anHonestLessonHasNoProblems() {
        List<TestResult> stubs = List.of(exercise("1.1", "a", Status.FAILED, TODO), given("app answers", Status.SUCCESSFUL));
        List<TestResult> solutions = List.of(exercise("1.1", "a", Status.SUCCESSFUL, ""), given("app answers", Status.SUCCESSFUL));

        assertThat(ExerciseReport.honestyProblems(stubs, solutions, "## Exercise 1.1: Title")).isEmpty();
    }

    @Test
    void namesEveryWayALessonCanBeDishonest() {
        List<TestResult> stubs = List.of(
                exercise("1.1", "passes unsolved", Status.SUCCESSFUL, ""),
                exercise("1.1", "skipped", Status.SKIPPED, "skipped on purpose"),
                exercise("1.1", "vague failure", Status.FAILED, "expected: 1 but was: 0"),
                exercise("1.1", "missing in solutions", Status.FAILED, TODO),
                exercise("1.1", "unsolved solution", Status.FAILED, TODO),
                given("broken given code", Status.FAILED));
        List<TestResult> solutions = List.of(
                exercise("1.1", "passes unsolved", Status.SUCCESSFUL, ""),
                exercise("1.1", "skipped", Status.SUCCESSFUL, ""),
                exercise("1.1", "vague failure", Status.SUCCESSFUL, ""),
                exercise("1.1", "unsolved solution", Status.FAILED, "expected 2"),
                given("broken given code", Status.SUCCESSFUL),
                given("only with solutions", Status.SUCCESSFUL));

        assertThat(ExerciseReport.honestyProblems(stubs, solutions, "no sections"))
                .anySatisfy(problem -> assertThat(problem).contains("passes unsolved").contains("passes on the stub"))
                .anySatisfy(problem -> assertThat(problem).contains("skipped on the stub"))
                .anySatisfy(problem -> assertThat(problem).contains("vague failure").contains("does not say \"Exercise 1.1\""))
                .anySatisfy(problem -> assertThat(problem).contains("missing in solutions").contains("did not run on the solutions"))
                .anySatisfy(problem -> assertThat(problem).contains("unsolved solution").contains("does not pass on the solution"))
                .anySatisfy(problem -> assertThat(problem).contains("broken given code").contains("does not pass on the stubs"))
                .anySatisfy(problem -> assertThat(problem).contains("only with solutions").contains("not on the stubs"))
                .anySatisfy(problem -> assertThat(problem).contains("README.md has no section \"Exercise 1.1\""))
                .hasSize(8);
    }
}
