package dev.strides.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The question catalogue, {@code exercises/catalogue.tsv}: the single source of truth for the
 * workbook runner, the integrity gates and the book's question index.
 *
 * <p>Format: UTF-8, tab-separated, one header line naming the {@link #COLUMNS} in this order,
 * then one row per question. Hints are separated by {@value #HINT_SEPARATOR}; an empty hints
 * cell means no hints. Lines that are blank are ignored. Reading checks only the layout (column
 * count, header); the content rules are checked by the catalogue gate.
 */
public final class Catalogue {

    /** Column names, in file order. */
    public static final List<String> COLUMNS = List.of("id", "title", "difficulty", "topics",
            "companies", "chapter", "status", "exercise", "hints", "anchor");

    /** Separates hints inside the hints cell. */
    public static final String HINT_SEPARATOR = " | ";

    private final List<Question> questions;
    private final Map<String, Question> byId;

    private Catalogue(List<Question> questions) {
        this.questions = List.copyOf(questions);
        Map<String, Question> index = new LinkedHashMap<>();
        for (Question q : questions) {
            index.putIfAbsent(q.id(), q); // duplicates are reported by the gate, first one wins
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** Reads a catalogue file; a malformed line fails with its line number. */
    public static Catalogue read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue " + file, e);
        }
    }

    /** Parses catalogue lines; {@code origin} names the source in error messages. */
    public static Catalogue parse(List<String> lines, String origin) {
        if (lines.isEmpty() || !Arrays.asList(lines.getFirst().split("\t", -1)).equals(COLUMNS)) {
            throw new IllegalArgumentException(origin + ":1: the header must be the columns "
                    + String.join(", ", COLUMNS) + " separated by tabs");
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS.size()) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": expected "
                        + COLUMNS.size() + " tab-separated columns but found " + cells.length);
            }
            questions.add(new Question(cells[0].strip(), cells[1].strip(), cells[2].strip(),
                    cells[3].strip(), cells[4].strip(), cells[5].strip(), cells[6].strip(),
                    cells[7].strip(), splitHints(cells[8]), cells[9].strip()));
        }
        return new Catalogue(questions);
    }

    private static List<String> splitHints(String cell) {
        List<String> hints = new ArrayList<>();
        for (String hint : cell.split(Pattern.quote(HINT_SEPARATOR))) {
            if (!hint.isBlank()) {
                hints.add(hint.strip());
            }
        }
        return hints;
    }

    /** All questions in file order. */
    public List<Question> questions() {
        return questions;
    }

    /** The question with this id, ignoring case ({@code q003} finds {@code Q003}). */
    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id.toUpperCase(Locale.ROOT)));
    }

    /** Questions grouped by chapter, chapters in ascending order, questions in file order. */
    public Map<String, List<Question>> byChapter() {
        Map<String, List<Question>> chapters = new TreeMap<>();
        for (Question q : questions) {
            chapters.computeIfAbsent(q.chapter(), c -> new ArrayList<>()).add(q);
        }
        return chapters;
    }

    /** Ready questions in study order: by chapter, then in file order. */
    public List<Question> readyInStudyOrder() {
        List<Question> ready = new ArrayList<>();
        byChapter().values().forEach(qs -> qs.stream().filter(Question::isReady)
                .forEach(ready::add));
        return ready;
    }
}
