package org.ejournal.ui.diary.internal;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.diary.DiaryService;

/** Lets the bench build the diary view with explicit sources, as the view tests do (same package). */
public final class DiaryViewProbe {

    private DiaryViewProbe() {
    }

    /** A diary view showing the week of {@code studentId} that contains {@code today}. */
    public static DiaryView open(Supplier<Actor> actor, Supplier<DiaryService> diary, LocalDate today, long studentId) {
        DiaryView view = new DiaryView(actor, diary, () -> today);
        view.show(studentId);
        return view;
    }
}
