package dev.strides.book;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the question catalogue, a tab-separated file with a header line naming the columns
 * {@code id, title, difficulty, topics, companies, chapter, status, exercise, hints, anchor}.
 * Columns are found by their header name, so their order may change; a missing column, a short
 * row, a duplicate id or anchor, or an unknown status fails with the line number.
 */
public final class Catalogue {

    /** The columns the book needs, as named in the header. */
    static final List<String> COLUMNS = List.of("id", "title", "difficulty", "topics",
            "companies", "chapter", "status", "exercise", "hints", "anchor");

    private Catalogue() {
    }

    /** Reads every question of the catalogue at {@code file}, in file order. */
    public static List<Question> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses catalogue {@code lines}; {@code source} names the file in error messages. */
    static List<Question> parse(List<String> lines, String source) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + ": the catalogue is empty, expected a"
                    + " header line naming the columns " + COLUMNS);
        }
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines.getFirst().split("\t", -1);
        for (int i = 0; i < header.length; i++) {
            column.put(header[i].strip(), i);
        }
        for (String name : COLUMNS) {
            if (!column.containsKey(name)) {
                throw new IllegalArgumentException(source + ":1: the header has no column '"
                        + name + "'; it must name " + COLUMNS);
            }
        }
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> anchors = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < header.length) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": the row has "
                        + cells.length + " columns, the header " + header.length);
            }
            Question question;
            try {
                question = new Question(cell(cells, column, "id"), cell(cells, column, "title"),
                        cell(cells, column, "difficulty"), cell(cells, column, "topics"),
                        cell(cells, column, "companies"), cell(cells, column, "chapter"),
                        Question.Status.parse(cell(cells, column, "status")),
                        cell(cells, column, "exercise"), cell(cells, column, "hints"),
                        cell(cells, column, "anchor"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": " + e.getMessage(), e);
            }
            if (!ids.add(question.id())) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": id "
                        + question.id() + " appears twice");
            }
            if (!question.anchor().isEmpty() && !anchors.add(question.anchor())) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": anchor "
                        + question.anchor() + " appears twice");
            }
            if (question.status() == Question.Status.READY
                    && (question.anchor().isEmpty() || question.exercisePath().isEmpty())) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": question "
                        + question.id() + " is ready but names no anchor or no exercise");
            }
            questions.add(question);
        }
        return questions;
    }

    private static String cell(String[] cells, Map<String, Integer> column, String name) {
        return cells[column.get(name)].strip();
    }
}
