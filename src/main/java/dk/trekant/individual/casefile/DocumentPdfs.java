package dk.trekant.individual.casefile;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.platform.documents.PdfDocuments;

/**
 * A document as it went out: the approved underretning and the parents' letter are rendered to
 * PDF/A once, when they are final, and that file is what "Hent PDF" serves from then on.
 */
@Component
public class DocumentPdfs {

    private final CaseFileReader reader;
    private final PdfDocuments pdfs;
    private final JdbcTemplate jdbc;

    DocumentPdfs(CaseFileReader reader, PdfDocuments pdfs, JdbcTemplate jdbc) {
        this.reader = reader;
        this.pdfs = pdfs;
        this.jdbc = jdbc;
    }

    /** Renders the document (which must be shown in the case file: final or approved) to PDF/A and keeps the file. */
    @Transactional
    public void store(UUID documentId) {
        CaseFileReader.Document document = reader.shownDocument(documentId)
                .orElseThrow(() -> new IllegalStateException("document " + documentId + " is no final document"));
        byte[] pdf = pdfs.pdf(document.template(), reader.documentModel(document));
        jdbc.update("update trekant_case_document set pdf = ? where id = ?", pdf, documentId);
    }

    /** The file kept by {@link #store}, if any. */
    Optional<byte[]> stored(UUID documentId) {
        return jdbc.query("select pdf from trekant_case_document where id = ? and pdf is not null",
                (rs, row) -> rs.getBytes(1), documentId).stream().findFirst();
    }
}
