package org.ejournal.gradebook.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ejournal.api.journal.FivePointScale;
import org.ejournal.api.journal.GradingScale;
import org.ejournal.api.journal.JournalRule;
import org.osgi.framework.Constants;

/**
 * The journal rules and grading scales registered right now (whiteboard services tracked dynamically by the
 * service's DS references, or added by hand in tests). Rules in {@code service.ranking} order (highest first,
 * then registration order); the scale with the highest ranking wins, {@link FivePointScale} when none.
 * Thread-safe: services come and go while users write.
 */
final class JournalExtensions {

    private record Ranked<T>(T service, int ranking, long order) {
    }

    private static final GradingScale DEFAULT_SCALE = new FivePointScale();

    private final List<Ranked<JournalRule>> rules = new CopyOnWriteArrayList<>();
    private final List<Ranked<GradingScale>> scales = new CopyOnWriteArrayList<>();
    private long counter;

    synchronized void addRule(JournalRule rule, Map<String, ?> properties) {
        rules.add(new Ranked<>(rule, ranking(properties), counter++));
    }

    void removeRule(JournalRule rule) {
        rules.removeIf(r -> r.service() == rule);
    }

    synchronized void addScale(GradingScale scale, Map<String, ?> properties) {
        scales.add(new Ranked<>(scale, ranking(properties), counter++));
    }

    void removeScale(GradingScale scale) {
        scales.removeIf(r -> r.service() == scale);
    }

    List<JournalRule> rules() {
        List<Ranked<JournalRule>> copy = new ArrayList<>(rules);
        copy.sort(Comparator.comparingInt((Ranked<JournalRule> r) -> -r.ranking()).thenComparingLong(Ranked::order));
        return copy.stream().map(Ranked::service).toList();
    }

    GradingScale scale() {
        return scales.stream()
                .max(Comparator.comparingInt((Ranked<GradingScale> r) -> r.ranking())
                        .thenComparingLong(r -> -r.order()))
                .map(Ranked::service).orElse(DEFAULT_SCALE);
    }

    private static int ranking(Map<String, ?> properties) {
        Object r = properties == null ? null : properties.get(Constants.SERVICE_RANKING);
        return r instanceof Integer i ? i : 0;
    }
}
