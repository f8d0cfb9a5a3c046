package io.redress.ui.complaint;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteConfiguration;
import io.redress.core.complaint.CaseDesk.CaseDetail;
import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.document.DocumentDesk.DocumentSummary;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.ui.i18n.RedressI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documents section of the case view (Karibu), over an in-memory document desk with the platform's own access
 * rules: who sees the section, the list, the upload and removal, and the restricted items.
 */
class CaseDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String NUMBER = "C-20261119-0001";
    private static final byte[] PDF = "%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private InMemoryDocumentDesk documents;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(InboxView.class);
        documents = new InMemoryDocumentDesk(clock, NUMBER, Map.of("omar", InMemoryDocumentDesk.OWNER_UNIT, "lena", "EUROPE_CENTRE"));
        documents.add("invoice", false, "sara");
        documents.add("legal opinion", true, "dina");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static CaseDetail refund() {
        return new CaseDetail(NUMBER, "Refund", null, "Fatima", null, null, ComplaintStatus.INVESTIGATING,
                Instant.parse("2026-11-19T07:30:00Z"), "MIDDLE_EAST", ZoneId.of("Asia/Dubai"), null, List.of(), List.of(), List.of(), "acme.doc-token");
    }

    private CaseView open(Locale locale, String username, Role role) {
        UI.getCurrent().setLocale(locale);
        CaseView view = new CaseView(new InMemoryCaseDesk(clock, refund()), documents, clock);
        UI.getCurrent().add(view);
        view.show(new Caller(username, InMemoryCaseDesk.TENANT, Set.of(role)), NUMBER);
        return view;
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return LocatorJ._get(type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentSummary> grid() {
        return (Grid<DocumentSummary>) byId(Grid.class, "case-documents");
    }

    private static List<String> descriptions() {
        Grid<DocumentSummary> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).description()).toList();
    }

    @Test
    void aSupervisorSeesTheUnrestrictedDocumentsAndFilesOne() {
        open(Locale.ENGLISH, "sara", Role.SUPERVISOR);
        assertEquals(List.of("invoice"), descriptions());
        Anchor link = (Anchor) GridKt._getCellComponent(grid(), 0, "name");
        assertEquals("20261123-C-20261119-0001-invoice.pdf", link.getText());
        LocatorJ._assertNone(Checkbox.class, spec -> spec.withId("document-restricted"));

        byId(TextField.class, "document-description").setValue("发票 refund");
        UploadKt._upload(byId(Upload.class, "document-upload"), "scan.pdf", "application/pdf", PDF);
        NotificationsKt.expectNotifications("Filed as 20261123-C-20261119-0001-发票-refund.pdf");
        assertEquals(List.of("invoice", "发票 refund"), descriptions());
        assertEquals(PDF.length, documents.all().get(2).size());
        assertEquals("", byId(TextField.class, "document-description").getValue(), "ready for the next file");
    }

    @Test
    void withoutADescriptionTheFileNameIsUsedAndABadTypeIsRefusedNamingTheField() {
        open(Locale.ENGLISH, "sara", Role.SUPERVISOR);
        UploadKt._upload(byId(Upload.class, "document-upload"), "delivery note.pdf", "application/pdf", PDF);
        NotificationsKt.expectNotifications("Filed as 20261123-C-20261119-0001-delivery-note.pdf");
        UploadKt._upload(byId(Upload.class, "document-upload"), "tool.exe", "application/x-msdownload", PDF);
        NotificationsKt.expectNotifications("Not filed: File type: must be one of application/pdf, image/png, image/jpeg, "
                + "text/plain, application/vnd.openxmlformats-officedocument.wordprocessingml.document, "
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(3, documents.all().size());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWhileItIsRead() {
        open(Locale.ENGLISH, "sara", Role.SUPERVISOR);
        byte[] tooLarge = new byte[(int) documents.maxBytes() + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        UploadKt._upload(byId(Upload.class, "document-upload"), "scan.pdf", "application/pdf", tooLarge);
        NotificationsKt.expectNotifications("Not filed: the file is larger than 10.0 MB");
        assertEquals(2, documents.all().size(), "nothing filed");
    }

    @Test
    void theDepartmentReadsButDoesNotFile() {
        open(Locale.ENGLISH, "omar", Role.SPECIALIST);
        assertEquals(List.of("invoice"), descriptions());
        LocatorJ._assertNone(Upload.class, spec -> spec.withId("document-upload"));
        assertTrue(GridKt._getCellComponent(grid(), 0, "action").getElement().getText().isEmpty(), "no removal");
    }

    @Test
    void aSpecialistOfAnotherUnitDoesNotSeeTheSection() {
        open(Locale.ENGLISH, "lena", Role.SPECIALIST);
        LocatorJ._assertNone(VerticalLayout.class, spec -> spec.withId("case-documents-section"));
    }

    @Test
    void theDirectorSeesRestrictedItemsFilesThemAndRemoves() {
        open(Locale.ENGLISH, "dina", Role.DIRECTOR);
        assertEquals(List.of("invoice", "legal opinion"), descriptions());
        assertEquals("Restricted", GridKt._getFormatted(grid(), 1, "restricted"));
        byId(Checkbox.class, "document-restricted").setValue(true);
        byId(TextField.class, "document-description").setValue("board minutes");
        UploadKt._upload(byId(Upload.class, "document-upload"), "m.pdf", "application/pdf", PDF);
        assertTrue(documents.all().get(2).restricted());
        LocatorJ._click((Button) GridKt._getCellComponent(grid(), 0, "action"));
        assertEquals(List.of("legal opinion", "board minutes"), descriptions());
    }

    @Test
    void speaksChinese() {
        open(Locale.SIMPLIFIED_CHINESE, "sara", Role.SUPERVISOR);
        assertEquals("文件", grid().getColumnByKey("name").getHeaderText());
        assertEquals("说明", byId(TextField.class, "document-description").getLabel());
    }
}
