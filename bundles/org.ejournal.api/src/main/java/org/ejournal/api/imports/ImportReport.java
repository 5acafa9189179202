package org.ejournal.api.imports;

import java.util.List;

/**
 * The result of a dry run or an apply.
 *
 * @param counts          per kind found in the files, in {@link ImportKind} order
 * @param parentsCreated  new parents (legal representatives)
 * @param subjectsCreated new subjects
 * @param problems        every bad row and bad file; empty when the import may be applied
 * @param applied         {@code true} when the data was written (apply), {@code false} for a dry run
 */
public record ImportReport(List<ImportCount> counts, int parentsCreated, int subjectsCreated,
                           List<ImportProblem> problems, boolean applied) {
    public ImportReport {
        counts = List.copyOf(counts);
        problems = List.copyOf(problems);
    }

    /** Whether nothing is wrong (the import may be applied). */
    public boolean clean() {
        return problems.isEmpty();
    }

    /** Data rows in all files. */
    public int rows() {
        return counts.stream().mapToInt(ImportCount::rows).sum();
    }
}
