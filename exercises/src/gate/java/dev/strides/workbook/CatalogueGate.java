package dev.strides.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Gate 4: the catalogue is well-formed. Exactly the 170 questions of the interview list, each
 * once; known chapters; statuses {@code ready} or {@code planned}, a whole chapter at a time;
 * exercise names, anchors and hints that follow the conventions.
 */
class CatalogueGate {

    /** The chapters of the blueprint; a new chapter is added here and in the parent pom. */
    static final List<String> CHAPTERS = List.of("01-ndarray", "02-broadcasting", "03-views",
            "04-ufuncs", "05-stride-tricks", "06-statistics", "07-sorting", "08-manipulation",
            "09-linalg", "10-random", "11-structured", "12-io", "13-numerics", "14-signal",
            "15-performance");

    static final Set<String> DIFFICULTIES = Set.of("Easy", "Medium", "Hard", "-");

    /** Q001-Q120, then ten questions of each company round, as in the interview list. */
    static List<String> expectedIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            ids.add(String.format(Locale.ROOT, "Q%03d", i));
        }
        for (String round : List.of("G", "A", "M", "MS", "H")) {
            for (int i = 1; i <= 10; i++) {
                ids.add(String.format(Locale.ROOT, "%s%02d", round, i));
            }
        }
        return ids;
    }

    private final Catalogue catalogue = Gates.catalogue();

    @Test
    void holdsEveryQuestionOfTheListExactlyOnce() {
        List<String> ids = catalogue.questions().stream().map(Question::id).toList();
        Map<String, Integer> seen = new HashMap<>();
        ids.forEach(id -> seen.merge(id, 1, Integer::sum));
        List<String> duplicates = seen.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey).sorted().toList();
        Set<String> missing = new HashSet<>(expectedIds());
        ids.forEach(missing::remove);
        List<String> unknown = ids.stream().filter(id -> !expectedIds().contains(id)).toList();

        assertThat(duplicates).as("ids listed more than once in %s",
                Gates.PROJECT.show(Gates.PROJECT.catalogueFile())).isEmpty();
        assertThat(missing.stream().sorted().toList()).as("ids missing from the catalogue")
                .isEmpty();
        assertThat(unknown).as("ids that are not in the interview list").isEmpty();
        assertThat(ids).as("catalogue rows").hasSize(170);
    }

    @TestFactory
    Stream<DynamicTest> everyRowFollowsTheConventions() {
        return Gates.perQuestion(catalogue.questions(), CatalogueGate::rowProblems);
    }

    static List<String> rowProblems(Question q) {
        List<String> problems = new ArrayList<>();
        if (q.title().isEmpty()) {
            problems.add("the title is empty");
        }
        if (!DIFFICULTIES.contains(q.difficulty())) {
            problems.add("difficulty '" + q.difficulty() + "' is not one of " + DIFFICULTIES);
        }
        if (!CHAPTERS.contains(q.chapter())) {
            problems.add("chapter '" + q.chapter() + "' is not one of " + CHAPTERS);
        }
        if (!q.status().equals(Question.READY) && !q.status().equals(Question.PLANNED)) {
            problems.add("status '" + q.status() + "' must be ready or planned");
        }
        String expectedPrefix = "ch" + q.chapterNumber() + "." + q.id();
        if (!q.exercise().matches("ch\\d\\d\\.[A-Z]+\\d+[A-Z][A-Za-z0-9]*")
                || !q.exercise().startsWith(expectedPrefix)) {
            problems.add("exercise '" + q.exercise() + "' must be " + expectedPrefix
                    + " followed by a CamelCase topic, e.g. " + expectedPrefix + "Topic");
        }
        if (!q.anchor().equals(q.id().toLowerCase(Locale.ROOT))) {
            problems.add("anchor '" + q.anchor() + "' must be the lowercase id '"
                    + q.id().toLowerCase(Locale.ROOT) + "'");
        }
        if (q.isReady() && q.hints().isEmpty()) {
            problems.add("a ready question needs at least one hint (hints column, separated "
                    + "by ' | ')");
        }
        return problems;
    }

    @Test
    void everyChapterIsAllReadyOrAllPlanned() {
        Map<String, Set<String>> statuses = new TreeMap<>();
        catalogue.questions().forEach(q -> statuses
                .computeIfAbsent(q.chapter(), c -> new HashSet<>()).add(q.status()));
        List<String> mixed = statuses.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " has both ready and planned questions").toList();
        assertThat(mixed).as("a chapter becomes ready as a whole").isEmpty();
    }

    @Test
    void everyReadyChapterHasItsModule() {
        List<String> missing = catalogue.questions().stream().filter(Question::isReady)
                .map(Question::chapter).distinct()
                .filter(c -> !Files.isRegularFile(Gates.PROJECT.root()
                        .resolve("chapters").resolve(c).resolve("pom.xml")))
                .map(c -> "chapter " + c + " is ready but chapters/" + c + "/pom.xml is missing")
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void exerciseClassNamesAreUnique() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Question q : catalogue.questions()) {
            String previous = owner.putIfAbsent(q.exercise(), q.id());
            if (previous != null) {
                clashes.add(q.id() + " and " + previous + " both name " + q.exercise());
            }
        }
        assertThat(clashes).isEmpty();
    }
}
