package org.ejournal.api.report;

/**
 * A rendered report file.
 *
 * @param fileName suggested file name with extension
 * @param format   its format
 * @param content  the bytes
 */
public record RenderedReport(String fileName, ReportFormat format, byte[] content) {
}
