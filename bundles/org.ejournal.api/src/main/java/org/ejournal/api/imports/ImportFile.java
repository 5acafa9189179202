package org.ejournal.api.imports;

import java.util.Objects;

/**
 * One uploaded file: an XLSX workbook (sheets «Сотрудники», «Классы», «Ученики», «Нагрузка») or a CSV
 * file of one kind (recognised from its header row; UTF-8 or Windows-1251, «;» or «,»).
 *
 * @param name    the file name as uploaded (its extension tells XLSX from CSV)
 * @param content the bytes
 */
public record ImportFile(String name, byte[] content) {
    public ImportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
