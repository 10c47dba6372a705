package dk.trekant.individual.casefile;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.documents.PdfDocuments;
import dk.trekant.platform.security.StaffPrincipal;

/**
 * The case file for staff (Tasklist's "Sag" tab): a group reads a case while it has or had a task
 * in it, leaders read every case; anyone else gets 403. Every read is in the audit trail with who,
 * when, the case and the task it was read from.
 */
@RestController
@RequestMapping("/api/staff")
@Tag(name = "Staff")
@SecurityRequirement(name = "staffBasic")
class StaffCaseController {

    private final CaseFileReader reader;
    private final CaseAccess access;
    private final AuditLog auditLog;
    private final PdfDocuments pdfs;
    private final DocumentPdfs storedPdfs;

    StaffCaseController(CaseFileReader reader, CaseAccess access, AuditLog auditLog, PdfDocuments pdfs,
            DocumentPdfs storedPdfs) {
        this.storedPdfs = storedPdfs;
        this.reader = reader;
        this.access = access;
        this.auditLog = auditLog;
        this.pdfs = pdfs;
    }

    @GetMapping("/cases/{caseNumber}")
    @Operation(summary = "A case file: the person, every incident, the cases with decisions and deadlines, dialogues, documents")
    CaseView caseFile(@PathVariable String caseNumber, @RequestParam(required = false) String taskId,
            @AuthenticationPrincipal StaffPrincipal staff) {
        CaseFileReader.CaseRef ref = readable(caseNumber, taskId, staff);
        CaseView view = reader.read(ref);
        audit(staff, ref.id().toString(), ref.caseNumber(), taskId, "Sagen læst");
        return view;
    }

    @GetMapping("/tasks/{taskId}/case")
    @Operation(summary = "The case file of the case a task belongs to (the Sag tab)")
    CaseView caseOfTask(@PathVariable String taskId, @AuthenticationPrincipal StaffPrincipal staff) {
        String caseNumber = access.caseNumberOfTask(taskId);
        if (caseNumber == null || reader.find(caseNumber).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The task belongs to no case.");
        }
        return caseFile(caseNumber, taskId, staff);
    }

    @GetMapping(value = "/cases/{caseNumber}/documents/{documentId}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "A document of the case file, as HTML (Åbn)")
    ResponseEntity<String> document(@PathVariable String caseNumber, @PathVariable UUID documentId,
            @RequestParam(required = false) String taskId, @AuthenticationPrincipal StaffPrincipal staff) {
        CaseFileReader.Document document = readableDocument(caseNumber, documentId, taskId, staff);
        String html = pdfs.html(document.template(), reader.documentModel(document));
        audit(staff, document.id().toString(), document.caseNumber(), taskId, "Dokument åbnet: " + document.title());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
                .body(html);
    }

    @GetMapping(value = "/cases/{caseNumber}/documents/{documentId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A document of the case file as PDF/A-2 (Hent PDF)")
    ResponseEntity<byte[]> documentPdf(@PathVariable String caseNumber, @PathVariable UUID documentId,
            @RequestParam(required = false) String taskId, @AuthenticationPrincipal StaffPrincipal staff) {
        CaseFileReader.Document document = readableDocument(caseNumber, documentId, taskId, staff);
        // as it went out, when it was kept; otherwise (older documents) rendered now
        byte[] pdf = storedPdfs.stored(document.id()).orElseGet(() -> pdfs.pdf(document.template(), reader.documentModel(document)));
        audit(staff, document.id().toString(), document.caseNumber(), taskId, "Dokument hentet som PDF: " + document.title());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.caseNumber() + "-" + document.kind().toLowerCase(java.util.Locale.ROOT) + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    private CaseFileReader.Document readableDocument(String caseNumber, UUID documentId, String taskId, StaffPrincipal staff) {
        CaseFileReader.CaseRef ref = readable(caseNumber, taskId, staff);
        return reader.document(ref, documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such document in the case file."));
    }

    /** The case, if the caller may read it; the task named must belong to it. */
    CaseFileReader.CaseRef readable(String caseNumber, String taskId, StaffPrincipal staff) {
        if (!access.mayRead(staff.userId(), staff.groupIds(), caseNumber)) {
            throw new AccessDeniedException("not a case of the caller's groups");
        }
        CaseFileReader.CaseRef ref = reader.find(caseNumber)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such case."));
        if (taskId != null && !caseNumber.equals(access.caseNumberOfTask(taskId))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "taskId: no such task in the case.");
        }
        return ref;
    }

    private void audit(StaffPrincipal staff, String subjectId, String caseNumber, String taskId, String what) {
        auditLog.read(staff.userId(), AuditEvent.ActorKind.STAFF, AuditEvent.Action.READ, AuditEvent.Subject.CASE, subjectId,
                caseNumber, what + (taskId == null ? " (sagsopslag)" : " fra opgave " + taskId));
    }
}
