package io.redress.core.document;

import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.audit.AuditTrail;
import io.redress.core.complaint.Complaint;
import io.redress.core.identity.Caller;
import io.redress.core.persistence.Tenancy;
import io.redress.core.staff.StaffDirectory;
import io.redress.core.staff.StaffProfile;
import io.redress.core.tenant.Tenant;
import io.redress.plugin.api.FieldError;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The case documents service behind {@link DocumentDesk}: checks access, names, limits and types, encrypts on the
 * way in and decrypts on the way out, and appends uploads and deletions to the audit trail.
 */
@ApplicationScoped
public class DocumentArchive implements DocumentDesk {

    /** Default limit: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "redress.documents.max-bytes", defaultValue = "" + DEFAULT_MAX_BYTES)
    long maxBytes;

    @Inject
    @ConfigProperty(name = "redress.keys.dir")
    Optional<String> keysDir;

    @Inject
    @ConfigProperty(name = "redress.data.dir")
    Optional<String> dataDir;

    private TenantKeys keys;

    @PostConstruct
    void init() {
        keys = new TenantKeys(keyDirectory(keysDir, dataDir));
    }

    /**
     * {@code redress.keys.dir} (REDRESS_KEYS_DIR), else {@code keys} in {@code redress.data.dir} (REDRESS_DATA_DIR),
     * else {@code data/keys} in the server's working directory, beside the embedded database's default place.
     */
    static Path keyDirectory(Optional<String> keysDir, Optional<String> dataDir) {
        Optional<String> keys = keysDir.filter(DocumentArchive::resolved);
        if (keys.isPresent()) {
            return Path.of(keys.get());
        }
        return dataDir.filter(DocumentArchive::resolved).map(d -> Path.of(d, "keys")).orElse(Path.of("data", "keys"));
    }

    private static boolean resolved(String value) {
        return !value.isBlank() && !value.contains("${");
    }

    /** The tenants' keys, for the checks of the system tests and for operators' tools. */
    public TenantKeys keys() {
        return keys;
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    @Transactional
    public CaseDocumentAccess access(String tenant, String caseNumber, Caller caller) {
        Tenancy.bind(em, tenant);
        return access(complaint(caseNumber), caller);
    }

    @Override
    @Transactional
    public List<DocumentSummary> list(String tenant, String caseNumber, Caller caller) {
        Tenancy.bind(em, tenant);
        Complaint complaint = complaint(caseNumber);
        CaseDocumentAccess access = readable(complaint, caller);
        return em.createQuery("SELECT d FROM Document d WHERE d.complaintId = :c AND d.deletedAt IS NULL ORDER BY d.uploadedAt, d.name",
                        Document.class).setParameter("c", complaint.id()).getResultList().stream()
                .filter(d -> DocumentRules.mayRead(access, d.restricted()))
                .map(DocumentArchive::summary).toList();
    }

    @Override
    @Transactional
    public DocumentSummary upload(String tenant, String caseNumber, NewDocument upload, Caller caller) {
        Tenancy.bind(em, tenant);
        Complaint complaint = complaint(caseNumber);
        CaseDocumentAccess access = access(complaint, caller);
        if (!DocumentRules.mayEdit(access, upload.restricted())) {
            throw new NotAllowedException(upload.restricted()
                    ? "only the director and management may file restricted documents"
                    : "only supervisors, directors and management may file documents");
        }
        DocumentType type = check(upload);
        Tenant owner = em.find(Tenant.class, tenant);
        Instant now = clock.instant();
        DocumentName name = DocumentName.of(now.atZone(owner.timeZone()).toLocalDate(), caseNumber, upload.description(), type);
        Document document = new Document(complaint.id(), name, upload.description().strip(), type, upload.content().length,
                sha256(upload.content()), upload.restricted(), now, caller.username());
        em.persist(document);
        em.persist(new DocumentContent(document.id(), DocumentCipher.encrypt(keys.key(tenant), tenant, document.id(), upload.content())));
        audit.append(tenant, "DOCUMENT", document.id(), "CREATED", caller.username(), null, auditJson(document, caseNumber));
        em.flush();
        return summary(document);
    }

    @Override
    @Transactional
    public DocumentFile download(String tenant, String caseNumber, String documentId, Caller caller) {
        Tenancy.bind(em, tenant);
        Complaint complaint = complaint(caseNumber);
        CaseDocumentAccess access = readable(complaint, caller);
        Document document = document(complaint, documentId);
        if (!DocumentRules.mayRead(access, document.restricted())) {
            throw new NotAllowedException("the document is restricted: the director and management only");
        }
        DocumentContent content = em.find(DocumentContent.class, document.id());
        byte[] plain = DocumentCipher.decrypt(keys.key(tenant), tenant, document.id(), content.sealed());
        return new DocumentFile(document.name(), document.contentType(), plain);
    }

    @Override
    @Transactional
    public void delete(String tenant, String caseNumber, String documentId, Caller caller) {
        Tenancy.bind(em, tenant);
        Complaint complaint = complaint(caseNumber);
        CaseDocumentAccess access = readable(complaint, caller);
        Document document = document(complaint, documentId);
        if (!DocumentRules.mayEdit(access, document.restricted())) {
            throw new NotAllowedException(document.restricted()
                    ? "the document is restricted: the director and management only"
                    : "only supervisors, directors and management may remove documents");
        }
        document.delete(clock.instant(), caller.username());
        audit.append(tenant, "DOCUMENT", document.id(), "DELETED", caller.username(), auditJson(document, caseNumber),
                Json.createObjectBuilder().add("deleted", true).build());
        em.flush();
    }

    /** Every problem of an upload at once, by field; the type of the content when there is none. */
    DocumentType check(NewDocument upload) {
        List<FieldError> errors = new ArrayList<>();
        if (upload.description() == null || upload.description().isBlank()) {
            errors.add(new FieldError("description", "is required: it becomes part of the file name"));
        } else if (upload.description().length() > 500) {
            errors.add(new FieldError("description", "must be at most 500 characters"));
        } else {
            try {
                DocumentName.sanitise(upload.description());
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        Optional<DocumentType> type = DocumentType.ofMediaType(upload.contentType());
        if (type.isEmpty()) {
            errors.add(new FieldError("contentType", "must be one of " + DocumentType.allowedMediaTypes()));
        }
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            errors.add(new FieldError("content", "is empty"));
        } else if (content.length > maxBytes) {
            errors.add(new FieldError("content", "is " + content.length + " bytes; at most " + maxBytes + " are accepted"));
        } else if (type.isPresent() && !type.get().matches(content)) {
            errors.add(new FieldError("content", "is not a " + type.get().extension() + " file"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return type.orElseThrow();
    }

    private CaseDocumentAccess readable(Complaint complaint, Caller caller) {
        CaseDocumentAccess access = access(complaint, caller);
        if (!access.read()) {
            throw new NotAllowedException("the documents of a case are for its department, supervisors and above, and auditors");
        }
        return access;
    }

    private CaseDocumentAccess access(Complaint complaint, Caller caller) {
        String unit = staff.profile(caller.username()).map(StaffProfile::unit).orElse(null);
        return DocumentRules.access(caller, unit, complaint.ownerUnit(), complaint.assignee());
    }

    private Complaint complaint(String caseNumber) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.caseNumber = :n", Complaint.class)
                .setParameter("n", caseNumber).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("no complaint " + caseNumber));
    }

    private Document document(Complaint complaint, String documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null || document.deleted() || !document.complaintId().equals(complaint.id())) {
            throw new NotFoundException("no document " + documentId + " on this case");
        }
        return document;
    }

    private static DocumentSummary summary(Document d) {
        return new DocumentSummary(d.id(), d.name(), d.description(), d.contentType(), d.sizeBytes(), d.restricted(),
                d.uploadedAt(), d.uploadedBy(), d.sha256());
    }

    private static JsonObject auditJson(Document d, String caseNumber) {
        return Json.createObjectBuilder().add("caseNumber", caseNumber).add("name", d.name()).add("contentType", d.contentType())
                .add("size", d.sizeBytes()).add("sha256", d.sha256()).add("restricted", d.restricted()).build();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
