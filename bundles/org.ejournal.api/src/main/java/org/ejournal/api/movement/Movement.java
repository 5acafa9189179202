package org.ejournal.api.movement;

import java.time.LocalDate;

import org.ejournal.api.roster.PersonName;

/**
 * One movement of a period (for the «Движение учащихся» report).
 *
 * @param date      the day it took effect: arrival and transfer — the first day in the new class;
 *                  departure — the last day in the class
 * @param kind      what happened
 * @param studentId the student
 * @param name      the student's name
 * @param fromClass the class left ("5А"), {@code null} for an arrival
 * @param toClass   the class entered, {@code null} for a departure
 * @param cause     for a departure: the {@link DepartureCause} name
 * @param note      arrival: where from; departure: destination
 */
public record Movement(LocalDate date, Kind kind, long studentId, PersonName name, String fromClass, String toClass,
                      String cause, String note) {

    /** Kinds of movement. */
    public enum Kind {
        /** прибыл */
        ARRIVAL,
        /** выбыл */
        DEPARTURE,
        /** переведён в другой класс */
        TRANSFER
    }
}
