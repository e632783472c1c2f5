package org.scrutineer.report;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * The PDF's structure tree (headings, paragraphs, lists, tables with header cells, the chart as a figure), for screen
 * readers and PDF/UA. OpenPDF lays text out in tables but tags nothing itself, so every piece of content goes through
 * a table (see {@link ReportFlow}) whose cells each carry a {@link Tag}: as a cell is drawn, where its text starts and
 * ends in the table's text layer is recorded, and once the table's rows for the page are drawn, each cell's text is
 * wrapped in a marked-content sequence of its structure element, in drawing order, which is reading order. Cell
 * backgrounds and rules, and the page's header, footer and watermark, are marked as artifacts.
 * <p>
 * A structure element is made when its first content is drawn, so the tree's order is the page's order however the
 * sections build their tables ahead of placing them.
 */
final class Tagging implements PdfPTableEvent {

    static final PdfName DOCUMENT = new PdfName("Document");
    static final PdfName H1 = new PdfName("H1");
    static final PdfName H2 = new PdfName("H2");
    static final PdfName H3 = new PdfName("H3");
    static final PdfName H4 = new PdfName("H4");
    static final PdfName P = new PdfName("P");
    static final PdfName TABLE = new PdfName("Table");
    static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    static final PdfName L = new PdfName("L");
    static final PdfName LI = new PdfName("LI");
    static final PdfName LBL = new PdfName("Lbl");
    static final PdfName LBODY = new PdfName("LBody");
    static final PdfName FIGURE = new PdfName("Figure");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COL_SPAN = new PdfName("ColSpan");
    private static final byte[] ARTIFACT_START = "/Artifact BMC\n".getBytes();
    private static final byte[] END = "EMC\n".getBytes();

    /**
     * A node of the structure tree.
     *
     * @see Tagging#tag
     */
    final class Tag {
        private final PdfName type;
        private final Tag parent;
        private final PdfDictionary attributes;
        private final String alt;
        private PdfStructureElement element;
        private boolean artifact;
        private boolean repeatsAsArtifact;
        private int firstPage;

        private Tag(PdfName type, Tag parent, PdfDictionary attributes, String alt) {
            this.type = type;
            this.parent = parent;
            this.attributes = attributes;
            this.alt = alt;
        }

        /** Drawn again on a later page (a table's repeated header row), it is marked as an artifact. */
        Tag repeatedAsArtifact() {
            repeatsAsArtifact = true;
            return this;
        }

        private PdfStructureElement element() {
            if (element == null) {
                element = parent == null ? new PdfStructureElement(document(), type)
                        : new PdfStructureElement(parent.element(), type);
                if (attributes != null) {
                    element.put(PdfName.A, attributes);
                }
                if (alt != null) {
                    element.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
                }
                firstPage = writer.getPageNumber();
            }
            return element;
        }

        private boolean drawnAsArtifact() {
            return artifact || (repeatsAsArtifact && element != null && writer.getPageNumber() != firstPage);
        }
    }

    private record Segment(Tag tag, int start, int end) {
    }

    private final PdfWriter writer;
    private final Tag artifact = new Tag(null, null, null, null);
    private PdfStructureElement document;
    private PdfContentByte textLayer;
    private final List<Segment> segments = new ArrayList<>();

    /** Must be made before the document opens. */
    Tagging(PdfWriter writer) {
        this.writer = writer;
        writer.setTagged();
        artifact.artifact = true;
    }

    private PdfStructureElement document() {
        if (document == null) {
            document = new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT);
        }
        return document;
    }

    /** @param parent {@literal null} for a child of the document */
    Tag tag(PdfName type, Tag parent) {
        return new Tag(type, parent, null, null);
    }

    /** A header cell, for the rest of its row ({@code row}) or its column. */
    Tag header(Tag row, boolean forRow, int colspan) {
        PdfDictionary table = tableAttributes(colspan);
        table.put(SCOPE, forRow ? new PdfName("Row") : new PdfName("Column"));
        return new Tag(TH, row, table, null);
    }

    Tag data(Tag row, int colspan) {
        return new Tag(TD, row, colspan > 1 ? tableAttributes(colspan) : null, null);
    }

    /** @param alt what the figure shows, for those who cannot see it */
    Tag figure(String alt) {
        return new Tag(FIGURE, null, null, alt);
    }

    /** Content that is decoration or repetition: not read out. */
    Tag artifact() {
        return artifact;
    }

    private static PdfDictionary tableAttributes(int colspan) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE);
        if (colspan > 1) {
            attributes.put(COL_SPAN, new PdfNumber(colspan));
        }
        return attributes;
    }

    /** Gives the cell its place in the tree; its table must be {@link #watch watched}. */
    PdfPCell tagged(PdfPCell cell, Tag tag) {
        cell.setCellEvent(new Recorder(tag));
        return cell;
    }

    /** The table's drawing is tagged as its cells say; call it on every table the report adds. */
    <T extends PdfPTable> T watch(T table) {
        if (table.getTableEvent() == null) {
            table.setTableEvent(this); // once: a second would wrap the drawn table as an artifact
        }
        return table;
    }

    /** Records where a cell's text lies in its table's text layer; it is drawn after the cell's content. */
    private final class Recorder implements PdfPCellEvent {
        private final Tag tag;

        Recorder(Tag tag) {
            this.tag = tag;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
            if (text != textLayer) {
                textLayer = text;
                segments.clear();
            }
            int start = segments.isEmpty() ? 0 : segments.get(segments.size() - 1).end();
            segments.add(new Segment(tag, start, text.getInternalBuffer().size()));
        }
    }

    @Override
    public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
                            PdfContentByte[] canvases) {
        asArtifact(canvases[PdfPTable.BACKGROUNDCANVAS].getInternalBuffer());
        asArtifact(canvases[PdfPTable.LINECANVAS].getInternalBuffer());
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        if (text != textLayer) {
            asArtifact(text.getInternalBuffer());
            return;
        }
        ByteBuffer buffer = text.getInternalBuffer();
        byte[] drawn = buffer.toByteArray();
        buffer.reset();
        int end = 0;
        for (Segment segment : segments) {
            boolean empty = segment.end() == segment.start();
            if (segment.tag().drawnAsArtifact()) {
                if (!empty) {
                    buffer.append(ARTIFACT_START).append(drawn, segment.start(), segment.end() - segment.start()).append(END);
                }
            } else if (empty) {
                if (segment.tag().type == TH || segment.tag().type == TD) {
                    segment.tag().element(); // an empty cell still has its place in its row
                }
            } else {
                text.beginMarkedContentSequence(segment.tag().element());
                buffer.append(drawn, segment.start(), segment.end() - segment.start());
                text.endMarkedContentSequence();
            }
            end = segment.end();
        }
        if (end < drawn.length) {
            buffer.append(ARTIFACT_START).append(drawn, end, drawn.length - end).append(END);
        }
        segments.clear();
        textLayer = null;
    }

    private static void asArtifact(ByteBuffer layer) {
        if (layer.size() == 0) {
            return;
        }
        byte[] drawn = layer.toByteArray();
        layer.reset();
        layer.append(ARTIFACT_START).append(drawn).append(END);
    }
}
