package io.frontline.render.output;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import io.frontline.render.text.TextPainter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders a drawing to a one-page vector PDF through pdfbox-graphics2d (a Graphics2D on a PDFBox form): shapes as
 * PDF paths, text as glyph outlines (so Arabic stays shaped), the page sized from the pixels and dpi. The provenance
 * goes into the document information dictionary (title, creator, and one custom property per entry).
 */
public final class PdfOutput {
  private PdfOutput() {}

  public static void write(
      PageSize page, Drawing drawing, String title, Map<String, String> metadata, OutputStream out)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      float w = (float) page.widthPt();
      float h = (float) page.heightPt();
      PDPage pdfPage = new PDPage(new PDRectangle(w, h));
      doc.addPage(pdfPage);
      PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
      g.scale(72.0 / page.dpi(), 72.0 / page.dpi());
      drawing.paint(g, TextPainter.shared(TextPainter.Mode.OUTLINES));
      g.dispose();
      try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
        content.drawForm(g.getXFormObject());
      }
      info(doc.getDocumentInformation(), title, metadata);
      doc.save(out);
    }
  }

  private static void info(PDDocumentInformation info, String title, Map<String, String> metadata) {
    info.setTitle(title);
    info.setCreator(metadata.getOrDefault("Software", "Frontline"));
    info.setProducer("Frontline (Apache PDFBox)");
    info.setSubject(metadata.getOrDefault("frontline:command", ""));
    info.setCreationDate(Calendar.getInstance());
    metadata.forEach(info::setCustomMetadataValue);
  }
}
