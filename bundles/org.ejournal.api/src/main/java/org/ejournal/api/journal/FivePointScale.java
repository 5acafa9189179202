package org.ejournal.api.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Russian school scale: marks 1–5, two marks in a cell ("4/5"), and "зач" (passed), "незач" (not passed),
 * "осв" (exempt), which count in no average. The default {@link GradingScale}.
 */
public class FivePointScale implements GradingScale {

    public static final String ID = "five-point";

    private static final List<String> WORDS = List.of("зач", "незач", "осв");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = input.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        switch (s) {
            case "зачет", "зачёт", "зачтено" -> s = "зач";
            case "незачет", "незачёт", "незачтено", "не зач" -> s = "незач";
            case "освобожден", "освобождён", "освоб" -> s = "осв";
            default -> { }
        }
        if (WORDS.contains(s)) {
            return Optional.of(s);
        }
        String[] parts = s.split("[/,\\\\]", -1);
        if (parts.length < 1 || parts.length > 2) {
            return Optional.empty();
        }
        List<String> marks = new ArrayList<>();
        for (String part : parts) {
            if (part.length() != 1 || part.charAt(0) < '1' || part.charAt(0) > '5') {
                return Optional.empty();
            }
            marks.add(part);
        }
        return Optional.of(String.join("/", marks));
    }

    @Override
    public List<Integer> numericValues(String value) {
        if (value == null) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>(2);
        for (String part : value.strip().split("/")) {
            String p = part.strip();
            if (p.length() == 1 && p.charAt(0) >= '1' && p.charAt(0) <= '5') {
                numbers.add(p.charAt(0) - '0');
            }
        }
        return numbers;
    }

    @Override
    public List<String> values() {
        return List.of("5", "4", "3", "2", "1", "зач", "незач", "осв");
    }
}
