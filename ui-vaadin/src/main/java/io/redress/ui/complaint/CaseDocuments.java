package io.redress.ui.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import io.redress.core.ContentTooLargeException;
import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.document.DocumentDesk;
import io.redress.core.document.DocumentDesk.CaseDocumentAccess;
import io.redress.core.document.DocumentDesk.DocumentSummary;
import io.redress.core.document.DocumentType;
import io.redress.core.identity.Caller;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The documents section of the case view: the case's documents the signed-in member may read, each to download,
 * and for supervisors and above an upload (with "restricted" for the director and management) and removal. Hidden
 * from those who may not read the case's documents. Talks to the platform only through {@link DocumentDesk}.
 */
public class CaseDocuments extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentDesk desk;
    private final Grid<DocumentSummary> grid = new Grid<>();
    private final TextField description = new TextField();
    private final Checkbox restricted = new Checkbox();
    private final Upload upload;
    private final HorizontalLayout uploadRow;
    private Caller caller;
    private String caseNumber;
    private ZoneId zone = ZoneId.of("UTC");
    private CaseDocumentAccess access = new CaseDocumentAccess(false, false, false);

    public CaseDocuments(DocumentDesk desk) {
        this.desk = desk;
        setId("case-documents-section");
        setPadding(false);
        grid.setId("case-documents");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("case.documents.name")).setKey("name")
                .setFlexGrow(1);
        grid.addColumn(d -> size(d.size())).setHeader(getTranslation("case.documents.size")).setKey("size").setAutoWidth(true);
        grid.addColumn(d -> d.restricted() ? getTranslation("case.documents.restricted") : "")
                .setHeader(getTranslation("case.documents.access")).setKey("restricted").setAutoWidth(true);
        grid.addColumn(d -> at(d.uploadedAt()) + " · " + d.uploadedBy()).setHeader(getTranslation("case.documents.uploaded"))
                .setKey("uploaded").setAutoWidth(true);
        grid.addComponentColumn(this::deleteButton).setKey("action").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("case.documents.none"));

        description.setId("document-description");
        description.setLabel(getTranslation("case.documents.description"));
        description.setHelperText(getTranslation("case.documents.descriptionHelp"));
        description.setMaxLength(500);
        description.setWidth("20em");
        restricted.setId("document-restricted");
        restricted.setLabel(getTranslation("case.documents.restrictedLabel"));
        upload = new Upload(this::receive);
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, desk.maxBytes()));
        upload.setAcceptedFileTypes(Arrays.stream(DocumentType.values()).map(DocumentType::mediaType).toArray(String[]::new));
        upload.setUploadButton(new Button(getTranslation("case.documents.upload")));
        upload.setDropLabel(new Span(getTranslation("case.documents.drop", size(desk.maxBytes()))));
        uploadRow = new HorizontalLayout(description, restricted, upload);
        uploadRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("case.documents")), grid, uploadRow);
    }

    /** Shows the case's documents as the caller may see them; hides the section from those who may not. */
    public void show(Caller signedIn, String number, ZoneId tenantZone) {
        caller = signedIn;
        caseNumber = number;
        zone = tenantZone;
        try {
            access = desk.access(caller.tenant(), caseNumber, caller);
        } catch (NotFoundException e) {
            access = new CaseDocumentAccess(false, false, false);
        }
        setVisible(access.read());
        uploadRow.setVisible(access.edit());
        restricted.setVisible(access.restricted());
        restricted.setValue(false);
        refresh();
    }

    private void refresh() {
        grid.setItems(access.read() ? desk.list(caller.tenant(), caseNumber, caller) : java.util.List.of());
    }

    /**
     * Reads the browser's upload as it arrives, through the same bounded read as the API's multipart upload: the
     * first byte past the limit ends it (the browser's own check of the size can be bypassed).
     */
    private void receive(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        String contentType = event.getContentType();
        try (InputStream in = event.getInputStream()) {
            byte[] content = desk.read(in, "content");
            event.getUI().access(() -> file(fileName, contentType, content));
        } catch (ContentTooLargeException e) {
            event.getUI().access(() -> refused(getTranslation("case.documents.tooLarge", size(desk.maxBytes()))));
        }
    }

    /** A file the upload received: filed under the description given, else the file's own name. */
    void file(String fileName, String contentType, byte[] content) {
        String text = description.getValue().isBlank() ? baseName(fileName) : description.getValue().strip();
        try {
            DocumentSummary saved = desk.upload(caller.tenant(), caseNumber,
                    new DocumentDesk.NewDocument(text, contentType, content, restricted.getValue()), caller);
            description.clear();
            restricted.setValue(false);
            refresh();
            Notification.show(getTranslation("case.documents.filed", saved.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            refused(e.errors().stream().map(f -> getTranslation("case.documents.field." + f.field()) + ": " + f.message())
                    .collect(Collectors.joining("; ")));
        } catch (NotAllowedException | NotFoundException e) {
            refused(e.getMessage());
        }
    }

    private void refused(String why) {
        Notification.show(getTranslation("case.documents.refused", why)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Component downloadLink(DocumentSummary d) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentDesk.DocumentFile file = desk.download(caller.tenant(), caseNumber, d.id(), caller);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), file.contentType(), file.content().length);
        }), d.name());
        link.setId("document-download-" + d.id());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", d.description());
        return link;
    }

    private Component deleteButton(DocumentSummary d) {
        if (!access.edit() || (d.restricted() && !access.restricted())) {
            return new Span();
        }
        Button delete = new Button(getTranslation("case.documents.delete"), e -> {
            try {
                desk.delete(caller.tenant(), caseNumber, d.id(), caller);
                Notification.show(getTranslation("case.documents.deleted", d.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (NotAllowedException | NotFoundException refused) {
                refused(refused.getMessage());
            }
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setId("document-delete-" + d.id());
        return delete;
    }

    private static String baseName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return fileName == null ? "" : dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private String at(Instant instant) {
        return AT.format(instant.atZone(zone));
    }

    Grid<DocumentSummary> grid() {
        return grid;
    }

    Upload upload() {
        return upload;
    }
}
