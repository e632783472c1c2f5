package org.scrutineer.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The document's XMP metadata packet: its title and author (Dublin Core) and the PDF/UA-1 identifier that says the
 * file claims conformance. Written by hand, from the view only, so the bytes stay a function of the view.
 */
final class Xmp {

    private Xmp() {
    }

    static byte[] packet(String title, String author, Instant created) {
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escaped(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + ReportRenderer.LANGUAGE + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<xmp:CreatorTool>Scrutineer</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + created + "</xmp:CreateDate>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        return xmp.getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
