package org.ejournal.api.imports;

/**
 * What an import does (dry run) or did (apply) with one kind of rows.
 *
 * @param kind      staff, classes, students (parents are counted in {@link ImportReport#parentsCreated()}) or assignments
 * @param rows      data rows read
 * @param created   new records
 * @param updated   existing records whose fields changed
 * @param unchanged existing records already as in the file
 */
public record ImportCount(ImportKind kind, int rows, int created, int updated, int unchanged) {
}
