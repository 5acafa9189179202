package org.ejournal.api.diary;

import java.util.List;

/**
 * The marks of one subject in a study period.
 *
 * @param subjectId       subject id
 * @param subject         subject name
 * @param marks           the marks by date
 * @param weightedAverage Σ(mᵢ·wᵢ) / Σwᵢ over the numeric marks ("зач", "незач", "осв" not counted), or
 *                        {@code null} when there is no numeric mark
 * @param finalMark       the final mark for the period ("5".."2", "н/а", "зач", "осв"), or empty when
 *                        not set yet
 */
public record SubjectMarks(long subjectId, String subject, List<DiaryMark> marks, Double weightedAverage,
                           String finalMark) {
    public SubjectMarks {
        marks = List.copyOf(marks);
        finalMark = finalMark == null ? "" : finalMark;
    }
}
