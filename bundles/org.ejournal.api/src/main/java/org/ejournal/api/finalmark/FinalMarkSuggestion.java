package org.ejournal.api.finalmark;

/**
 * A suggested final mark and why.
 *
 * @param value the suggested value («5», «н/а»...), {@code null} when nothing can be suggested
 * @param basis what the suggestion rests on (the UI explains it in words)
 */
public record FinalMarkSuggestion(String value, Basis basis) {

    /** Why a value is suggested. */
    public enum Basis {
        /** From the weighted average and the thresholds. */
        AVERAGE,
        /** «н/а»: fewer marks than the minimum. */
        TOO_FEW_MARKS,
        /** «н/а»: more lessons missed than allowed. */
        TOO_MANY_MISSED,
        /** Year mark from the periods' final marks. */
        PERIOD_MARKS,
        /** Nothing to go on. */
        NONE
    }
}
