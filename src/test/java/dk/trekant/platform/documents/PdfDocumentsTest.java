package dk.trekant.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The documents as PDF/A-2b from their templates, read back with PDFBox. */
public class PdfDocumentsTest {

    final PdfDocuments documents = new PdfDocuments();

    static Map<String, Object> handover(String description) {
        return Map.of("title", "Underretning KPT-2026-00042", "caseNumber", "KPT-2026-00042", "date", "6. december 2026 kl. 09:15",
                "name", "Søren Æbelø-Åsé", "dateOfBirth", "14. marts 2012", "school", "Gadehaveskolen",
                "level", "Individuel", "decision", "Underretning til socialforvaltningen",
                "incidents", List.of("5. december 2026 kl. 21:10, Høje Taastrup Station — §115-underretning fra politiet: "
                        + description));
    }

    @Test
    void theUnderretningIsPdfA2WithEmbeddedFontsAndDanishLettersReadBack() throws IOException {
        byte[] pdf = documents.pdf("handover", handover("Café-rude knust <b>ikke fed</b> & flugt."));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("KPT-2026-00042", "Søren Æbelø-Åsé", "Café-rude knust <b>ikke fed</b> & flugt.",
                    "Underretning til socialforvaltningen", "Barnets lov § 133", "Kriminalpræventivt Team");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid").containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")B");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Underretning KPT-2026-00042");
        }
    }

    @Test
    void theParentLetterNamesTheChildAndTheCaseAndNoCpr() throws IOException {
        byte[] pdf = documents.pdf("parent-letter", Map.of("title", "Informationsbrev KPT-2026-00043", "caseNumber",
                "KPT-2026-00043", "date", "6. december 2026 kl. 09:15", "name", "Åse Øhlenschläger"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Kære forældre til Åse Øhlenschläger", "KPT-2026-00043", "Information til forældre");
            assertThat(text).doesNotContainPattern("\\d{6}-?\\d{4}");
        }
    }

    @Test
    void aReportIsPdfAWithItsSectionsAndTheLeadersCommentary() throws IOException {
        byte[] pdf = documents.pdf("report", Map.of("title", "Temadrøftelse 2026", "addressedTo", "Socialudvalget",
                "period", "2026-01-01 – 2026-12-31", "computed", "6. december 2026 kl. 09:15",
                "approval", "Godkendt 6. december 2026 kl. 10:00 af leder", "commentary", List.of("Færre hændelser på stationen."),
                "sections", List.of(Map.of("title", "Hændelser efter kilde", "note", "", "columns", List.of("Antal"),
                        "rows", List.of(Map.of("label", "§115-underretninger", "cells", List.of("<5")))))));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Temadrøftelse 2026", "Socialudvalget", "Færre hændelser på stationen.",
                    "Hændelser efter kilde", "§115-underretninger", "<5");
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("pdfaid");
            assertThat(fonts(document)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void hostileTextStaysTextInTheHtmlToo() {
        String html = documents.html("handover", handover("<script>alert(1)</script>"));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    public static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
