package dev.strides.workbook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the exercise tests of some questions in this JVM with the JUnit Platform Launcher and
 * collects one {@link TestOutcome} per test.
 *
 * <p>Tests are found by package ({@value Question#EXERCISE_PACKAGE}) and filtered by tag: every
 * exercise test class carries {@code @Tag("<question id>")}, so a question's tests are the ones
 * tagged with its id, wherever they are. One launch serves any number of questions, which keeps
 * the whole progress table to a single discovery of the classpath.
 *
 * <p>A learner's endless loop must not hang the runner. Each test has JUnit's default timeout
 * ({@value #TEST_TIMEOUT}; it interrupts the test, which ends sleeps and waits), and the whole
 * run goes on in a worker thread watched from the calling thread: a test still running after
 * {@link #STUCK_AFTER} (a loop that ignores interrupts) ends the run with {@link StuckTest}.
 * Tests and their lifecycle methods all run in that one worker thread, as under Surefire.
 */
public final class ExerciseTests {

    /** JUnit's default timeout per test; a test may set another with {@code @Timeout}. */
    public static final String TEST_TIMEOUT = "10 s";

    /** How long one test may run before the runner gives up on it. */
    public static final Duration STUCK_AFTER = Duration.ofSeconds(15);

    /** A test ran past {@link #STUCK_AFTER}: most likely an endless loop in the learner's code. */
    public static final class StuckTest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StuckTest(String test) {
            super(test + " has run for more than " + STUCK_AFTER.toSeconds() + " s: is there an "
                    + "endless loop in your code? (edit only src/main)");
        }
    }

    private ExerciseTests() {
    }

    /**
     * Runs the tests of the given ready questions.
     *
     * @return one result per question, in the order given; a question whose tests were not
     *     found has an empty test list
     * @throws StuckTest when a test does not finish in time; the stuck worker thread is a
     *     daemon and dies with the JVM
     */
    public static Map<String, QuestionResult> run(Collection<Question> questions) {
        Map<String, List<TestOutcome>> outcomes = new LinkedHashMap<>();
        questions.forEach(q -> outcomes.put(q.id(), new ArrayList<>()));
        if (!outcomes.isEmpty()) {
            execute(outcomes);
        }
        Map<String, QuestionResult> results = new LinkedHashMap<>();
        for (Question q : questions) {
            results.put(q.id(), new QuestionResult(q, outcomes.get(q.id())));
        }
        return results;
    }

    private static void execute(Map<String, List<TestOutcome>> outcomes) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage(Question.EXERCISE_PACKAGE))
                .filters(TagFilter.includeTags(List.copyOf(outcomes.keySet())))
                .configurationParameter("junit.jupiter.execution.timeout.default",
                        TEST_TIMEOUT)
                .build();
        Collector collector = new Collector(outcomes);
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().daemon().name("exercise-tests").start(() -> {
            try {
                LauncherFactory.create().execute(request, collector);
            } catch (Throwable t) { // reported to the caller below
                crash.set(t);
            }
        });
        try {
            while (!worker.join(Duration.ofMillis(100))) {
                Running running = collector.running;
                if (running != null
                        && System.nanoTime() - running.startNanos() > STUCK_AFTER.toNanos()) {
                    throw new StuckTest(running.name());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the tests ran", e);
        }
        if (crash.get() != null) {
            throw new IllegalStateException("the JUnit launcher failed: " + crash.get(),
                    crash.get());
        }
    }

    /** The test now running and since when. */
    private record Running(String name, long startNanos) {
    }

    /** Files each finished test under every requested question id it is tagged with. */
    private static final class Collector implements TestExecutionListener {

        private final Map<String, List<TestOutcome>> outcomes;
        private volatile Running running; // read by the watching thread

        Collector(Map<String, List<TestOutcome>> outcomes) {
            this.outcomes = outcomes;
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                running = new Running(test.getDisplayName(), System.nanoTime());
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            running = null;
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            // containers are recorded only when they fail as a whole (e.g. in @BeforeAll)
            if (test.isTest() || !passed) {
                record(test, passed, result.getThrowable().orElse(null), null);
            }
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            record(test, false, null, reason == null ? "skipped" : reason);
        }

        private void record(TestIdentifier test, boolean passed, Throwable failure,
                            String skipped) {
            Optional<TestSource> source = test.getSource();
            if (source.isEmpty()) {
                return; // the engine itself, not a test of ours
            }
            String className = switch (source.get()) {
                case MethodSource method -> method.getClassName();
                case ClassSource type -> type.getClassName();
                default -> test.getLegacyReportingName();
            };
            test.getTags().forEach(tag -> {
                List<TestOutcome> list = outcomes.get(tag.getName());
                if (list != null) {
                    list.add(new TestOutcome(tag.getName(), className, test.getDisplayName(),
                            passed, failure, skipped));
                }
            });
        }
    }
}
