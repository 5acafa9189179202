package org.ejournal.api.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;
import org.junit.jupiter.api.Test;

class FivePointScaleTest {

    static final FivePointScale SCALE = new FivePointScale();

    @Test
    void normalizesWhatTeachersType() {
        assertEquals(Optional.of("5"), SCALE.normalize(" 5 "));
        assertEquals(Optional.of("4/5"), SCALE.normalize("4 / 5"));
        assertEquals(Optional.of("4/5"), SCALE.normalize("4,5"));
        assertEquals(Optional.of("зач"), SCALE.normalize("ЗАЧ"));
        assertEquals(Optional.of("зач"), SCALE.normalize("зачёт"));
        assertEquals(Optional.of("незач"), SCALE.normalize("незачет"));
        assertEquals(Optional.of("осв"), SCALE.normalize("осв."));
        for (String bad : List.of("", "0", "6", "55", "5/4/3", "зач/5", "н", "н/а", "a")) {
            assertTrue(SCALE.normalize(bad).isEmpty(), bad);
        }
    }

    @Test
    void numericValuesCountADoubleMarkTwiceAndWordsNotAtAll() {
        assertEquals(List.of(4, 5), SCALE.numericValues("4/5"));
        assertEquals(List.of(3), SCALE.numericValues("3"));
        assertEquals(List.of(), SCALE.numericValues("зач"));
        assertEquals(List.of(), SCALE.numericValues("осв"));
    }

    @Test
    void weightedAverageOfDomainMd() {
        // 5 (weight 1), 4/5 (weight 3), "зач" (weight 2, not counted): (5 + 12 + 15) / 7.
        assertEquals(32.0 / 7, WeightedAverage.of(SCALE, List.of(new WeightedAverage.Entry("5", 1),
                new WeightedAverage.Entry("4/5", 3), new WeightedAverage.Entry("зач", 2))).getAsDouble(), 1e-9);
        assertTrue(WeightedAverage.of(SCALE, List.of(new WeightedAverage.Entry("осв", 1))).isEmpty());
        assertEquals(4.57, WeightedAverage.round2(32.0 / 7), 1e-9);
    }

    @Test
    void weightedAverageOfAJournalRowReadsBothStorageStyles() {
        List<JournalColumn> columns = List.of(
                new JournalColumn(1, java.time.LocalDate.of(2026, 9, 2), 1, "", "", 11L, "ANSWER", 1),
                new JournalColumn(2, java.time.LocalDate.of(2026, 9, 3), 1, "", "", 12L, "TEST", 3));
        // "4/5" as one stored value, or as two entries of the cell: the same average.
        assertEquals(32.0 / 7, WeightedAverage.of(SCALE, columns, List.of(new JournalCell(List.of("5"), "", true),
                new JournalCell(List.of("4/5"), "", true))).getAsDouble(), 1e-9);
        assertEquals(32.0 / 7, WeightedAverage.of(SCALE, columns, List.of(new JournalCell(List.of("5"), "", true),
                new JournalCell(List.of("4", "5"), "", true))).getAsDouble(), 1e-9);
    }
}
