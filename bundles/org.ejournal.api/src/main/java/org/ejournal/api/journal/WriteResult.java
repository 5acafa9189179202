package org.ejournal.api.journal;

import java.util.List;

/**
 * What a successful write returns: the state as stored now (with its new version) and the warnings of the
 * journal rules (e.g. "the topic has no Cyrillic text") to show next to the saved value.
 *
 * @param state    the new state ({@link MarkCell}, {@link AttendanceCell}, {@link LessonState}, {@link WorkInfo},
 *                 {@link AttachmentInfo})
 * @param warnings rule warnings, empty when none
 * @param <T>      the kind of state
 */
public record WriteResult<T>(T state, List<RuleVerdict> warnings) {
    public WriteResult {
        warnings = List.copyOf(warnings);
    }
}
