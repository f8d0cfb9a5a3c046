package io.redress.ui.complaint;

import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.document.DocumentDesk;
import io.redress.core.document.DocumentName;
import io.redress.core.document.DocumentRules;
import io.redress.core.document.DocumentType;
import io.redress.core.identity.Caller;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The documents of one case in memory, with the platform's own access rules and naming, for the UI tests. */
final class InMemoryDocumentDesk implements DocumentDesk {

    static final String OWNER_UNIT = "MIDDLE_EAST_CENTRE";

    private final Clock clock;
    private final String caseNumber;
    private final Map<String, String> units;
    private final List<DocumentSummary> documents = new ArrayList<>();
    private final Map<String, byte[]> contents = new java.util.HashMap<>();

    /** @param units the staff members' units by user name */
    InMemoryDocumentDesk(Clock clock, String caseNumber, Map<String, String> units) {
        this.clock = clock;
        this.caseNumber = caseNumber;
        this.units = units;
    }

    List<DocumentSummary> all() {
        return documents;
    }

    void add(String description, boolean restricted, String by) {
        documents.add(new DocumentSummary(UUID.randomUUID().toString(), name(description, DocumentType.PDF), description,
                DocumentType.PDF.mediaType(), 1234, restricted, clock.instant(), by, "0".repeat(64)));
    }

    private String name(String description, DocumentType type) {
        return DocumentName.of(clock.instant().atZone(ZoneId.of("Asia/Dubai")).toLocalDate(), caseNumber, description, type).value();
    }

    @Override
    public CaseDocumentAccess access(String tenant, String number, Caller caller) {
        if (!InMemoryCaseDesk.TENANT.equals(tenant) || !caseNumber.equals(number)) {
            throw new NotFoundException("no complaint " + number);
        }
        return DocumentRules.access(caller, units.get(caller.username()), OWNER_UNIT, null);
    }

    @Override
    public List<DocumentSummary> list(String tenant, String number, Caller caller) {
        CaseDocumentAccess access = access(tenant, number, caller);
        if (!access.read()) {
            throw new NotAllowedException("not of the department");
        }
        return documents.stream().filter(d -> DocumentRules.mayRead(access, d.restricted())).toList();
    }

    @Override
    public DocumentSummary upload(String tenant, String number, NewDocument document, Caller caller) {
        if (!DocumentRules.mayEdit(access(tenant, number, caller), document.restricted())) {
            throw new NotAllowedException("supervisors and above only");
        }
        DocumentType type = DocumentType.ofMediaType(document.contentType())
                .orElseThrow(() -> new InvalidInputException("contentType", "must be one of " + DocumentType.allowedMediaTypes()));
        DocumentSummary saved = new DocumentSummary(UUID.randomUUID().toString(), name(document.description(), type),
                document.description(), type.mediaType(), document.content().length, document.restricted(), clock.instant(),
                caller.username(), "0".repeat(64));
        documents.add(saved);
        contents.put(saved.id(), document.content());
        return saved;
    }

    @Override
    public DocumentFile download(String tenant, String number, String documentId, Caller caller) {
        DocumentSummary d = documents.stream().filter(x -> x.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no document"));
        if (!DocumentRules.mayRead(access(tenant, number, caller), d.restricted())) {
            throw new NotAllowedException("restricted");
        }
        return new DocumentFile(d.name(), d.contentType(), contents.getOrDefault(documentId, new byte[0]));
    }

    @Override
    public void delete(String tenant, String number, String documentId, Caller caller) {
        DocumentSummary d = documents.stream().filter(x -> x.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no document"));
        if (!DocumentRules.mayEdit(access(tenant, number, caller), d.restricted())) {
            throw new NotAllowedException("supervisors and above only");
        }
        documents.remove(d);
    }

    @Override
    public long maxBytes() {
        return 10L * 1024 * 1024;
    }
}
