package org.ejournal.ui.reports.internal;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import org.ejournal.api.EJournalException;
import org.ejournal.api.report.RenderedReport;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** Download links for report files. */
final class Downloads {

    private Downloads() {
    }

    /** A link serving a file already rendered. */
    static Anchor link(RenderedReport report, String text) {
        return link(() -> report, text);
    }

    /**
     * A link that fetches the file when clicked (e.g. from the archive). A refused or vanished file
     * answers 404 rather than a system error page: the list may be older than the archive.
     */
    static Anchor link(Supplier<RenderedReport> file, String text) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                RenderedReport report = file.get();
                return new DownloadResponse(new ByteArrayInputStream(report.content()), report.fileName(),
                        report.format().mimeType(), report.content().length);
            } catch (EJournalException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
        return new Anchor(handler, AttachmentType.DOWNLOAD, text);
    }
}
