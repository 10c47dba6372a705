package dk.trekant.platform.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;

/**
 * Trekant's documents (the underretning, the letter to parents, the reports) as PDF/A-2b: a
 * Thymeleaf template ({@code classpath:documents/templates/}, values escaped by {@code th:text})
 * rendered to XHTML, then by openhtmltopdf on PDFBox to PDF/A with the fonts embedded (DejaVu
 * Sans, shipped in {@code documents/fonts}: æ, ø, å and é render) and an sRGB output intent.
 */
@Component
public class PdfDocuments {

    private static final String FONT = "DejaVu Sans";
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final TemplateEngine templates;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public PdfDocuments() {
        // openhtmltopdf logs every rendering step through java.util.logging; the application logs its own way
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.templates = new TemplateEngine();
        this.templates.setTemplateResolver(resolver);
    }

    /** The template filled in, as (X)HTML: what "Åbn" shows and what the PDF is made from. */
    public String html(String template, Map<String, Object> model) {
        return templates.process(template, new Context(DANISH, model));
    }

    /** The template filled in, as PDF/A-2b. */
    public byte[] pdf(String template, Map<String, Object> model) {
        return pdfOf(html(template, model));
    }

    byte[] pdfOf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(srgb);
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/documents/fonts/DejaVuSans.ttf"), FONT, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/documents/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
