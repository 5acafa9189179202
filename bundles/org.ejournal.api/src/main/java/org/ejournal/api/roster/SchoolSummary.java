package org.ejournal.api.roster;

/**
 * A school (tenant).
 *
 * @param id        school id
 * @param name      full name, e.g. "МБОУ «Средняя общеобразовательная школа № 7»"
 * @param shortName short name for headers, e.g. "СОШ № 7"
 * @param city      city or settlement
 */
public record SchoolSummary(long id, String name, String shortName, String city) {
}
