package com.mitpo.brand.control;

import com.mitpo.brand.boundary.DocumentProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Checks an uploaded document and pulls its text out. The type is decided from the bytes (the
 * file name can only tell Markdown from plain text), each type is read by its own Tika parser
 * (never AutoDetectParser, so a file can't pick a parser we did not choose), the text is capped,
 * and every failure becomes a {@link DocumentProblem}: no exception or stack trace reaches the caller.
 */
public final class DocumentFiles {

    /** What we accept, with the content type we store. */
    public enum Kind {
        PDF("application/pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        TEXT("text/plain"),
        MARKDOWN("text/markdown"),
        HTML("text/html");

        public final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }

        /** The kind a stored document was accepted as. */
        public static Kind ofContentType(String contentType) {
            for (Kind kind : values()) {
                if (kind.contentType.equals(contentType)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not an accepted document type: " + contentType);
        }
    }

    /** Why a document was refused. */
    /** Either the kind of an acceptable document or the reason it is not. */
    public record Detected(Kind kind, DocumentProblem problem) {
        public Detected {
            if ((kind == null) == (problem == null)) {
                throw new IllegalArgumentException("exactly one of kind and problem");
            }
        }
    }

    /**
     * Either the document's text or the reason there is none. For a PDF, {@code pageStarts} holds
     * where each page starts in the text (index 0 is page 1), so a passage can be cited with its
     * page; a page without text starts where the next text does. Other kinds have no pages: the
     * list is empty.
     */
    public record Extracted(String text, List<Integer> pageStarts, DocumentProblem problem) {
        public Extracted {
            if ((text == null) == (problem == null)) {
                throw new IllegalArgumentException("exactly one of text and problem");
            }
            pageStarts = List.copyOf(pageStarts);
            int previous = 0;
            for (int start : pageStarts) {
                if (text == null || start < previous || start > text.length()) {
                    throw new IllegalArgumentException("page starts must rise within the text");
                }
                previous = start;
            }
        }

        /** Text without pages, or a problem. */
        public Extracted(String text, DocumentProblem problem) {
            this(text, List.of(), problem);
        }

        /**
         * The 1-based page that the text at {@code offset} is on: the last page starting at or
         * before it. Null when the document has no pages.
         */
        public Integer pageAt(int offset) {
            if (pageStarts.isEmpty()) {
                return null;
            }
            // Upper bound: the first page starting after the offset. Several pages may start at the
            // same place (blank ones); the text there belongs to the last of them.
            int low = 0;
            int high = pageStarts.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (pageStarts.get(middle) <= offset) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return Math.max(1, low); // text before page 1 (there is none in a PDF) counts as page 1
        }
    }

    /**
     * Inflation ratio below which POI calls a zip entry a bomb (compressed / inflated; 0.01 is
     * 100:1, POI's own default). Word XML compresses nearer 10:1, so real documents stay clear.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /**
     * Largest inflated zip entry POI may read (POI's default is 4 GB). A bomb kept just under the
     * ratio can still inflate a lot, and POI loads all of word/document.xml into XMLBeans before
     * any text comes out, so the write limit does not help there: one 40 MB text run needed more
     * than 256 MB of heap. A long report's document.xml is a few megabytes, so 32 MB leaves room.
     */
    static final long MAX_ZIP_ENTRY_BYTES = 32L * 1024 * 1024;

    private static final MediaType DOCX_TYPE = MediaType.parse(Kind.DOCX.contentType);
    private static final MediaType XHTML_TYPE = MediaType.parse("application/xhtml+xml");

    // With the parser modules on the class path this also looks inside zips (so a .docx is the
    // Word type, not application/zip) and inside OLE2 files.
    private static final Detector DETECTOR = new DefaultDetector();

    // Tika parsers keep no state between calls, so one of each serves every thread.
    private static final Parser PDF_PARSER = new PDFParser();
    private static final Parser TEXT_PARSER = new TXTParser();
    private static final Parser HTML_PARSER = new JSoupParser();
    private static final Parser DOCX_PARSER = new OOXMLParser();

    static {
        // Must run after OOXMLParser is loaded (the field above): its static initialiser turns
        // POI's zip-bomb ratio check off (setMinInflateRatio(-1)); Tika's own guard is the
        // SecureContentHandler of AutoDetectParser, which we do not use. POI keeps these settings
        // in statics, shared by all of the application; nothing else here reads zips through POI.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    }

    // Images, attachments and OLE objects inside a document are neither read nor parsed: they
    // add no text we want and would each be one more thing to inflate.
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        }
    };

    private DocumentFiles() {
    }

    /**
     * Decides what an upload is from its bytes. The name is never shown to Tika: for bytes it does
     * not recognise Tika falls back to the name, so junk called "report.pdf" would pass as a PDF.
     * The name only tells Markdown from plain text, which bytes cannot.
     */
    public static Detected detect(byte[] content, String fileName, long maxBytes) {
        if (content == null || content.length == 0) {
            return new Detected(null, DocumentProblem.EMPTY);
        }
        if (content.length > maxBytes) {
            return new Detected(null, DocumentProblem.TOO_LARGE);
        }
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            type = DETECTOR.detect(in, new Metadata()).getBaseType();
        } catch (IOException | RuntimeException unreadable) {
            return new Detected(null, DocumentProblem.UNREADABLE);
        }
        Kind kind = kindOf(type, fileName);
        return kind == null ? new Detected(null, DocumentProblem.UNSUPPORTED_TYPE) : new Detected(kind, null);
    }

    private static Kind kindOf(MediaType type, String fileName) {
        if (type.equals(MediaType.application("pdf"))) {
            return Kind.PDF;
        }
        if (type.equals(DOCX_TYPE)) {
            return Kind.DOCX;
        }
        // XHTML is the same markup served as XML; JSoup reads both.
        if (type.equals(MediaType.TEXT_HTML) || type.equals(XHTML_TYPE)) {
            return Kind.HTML;
        }
        // Exactly text/plain: Tika calls XML, RTF, shell scripts and mail "specialisations" of
        // text, and reading those as text would store their markup.
        if (type.equals(MediaType.TEXT_PLAIN)) {
            return isMarkdownName(fileName) ? Kind.MARKDOWN : Kind.TEXT;
        }
        return null;
    }

    private static boolean isMarkdownName(String fileName) {
        if (fileName == null) {
            return false;
        }
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * The document's text, at most {@code maxChars} characters of it (a longer document is cut,
     * which is not a problem), with blank-line runs collapsed and trailing spaces removed; for a
     * PDF also where each of its pages starts. A page cut off by the limit is not listed.
     */
    public static Extracted extract(byte[] content, Kind kind, int maxChars) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        // The write limit makes the handler throw once maxChars are out, which also stops the
        // parser: the output of a huge document never grows past maxChars.
        StringWriter out = new StringWriter();
        ContentHandler body = new BodyContentHandler(new WriteOutContentHandler(out, maxChars));
        StringBuffer written = out.getBuffer();
        PageStarts pages = new PageStarts(body, written::length);
        // Only a PDF has pages: another parser might pass on a <div class="page"> of the document's own.
        ContentHandler handler = kind == Kind.PDF ? pages : body;
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        context.set(PDFParserConfig.class, pdfConfig());
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parserFor(kind).parse(in, handler, new Metadata(), context);
        } catch (TikaException | SAXException | IOException | RuntimeException failure) {
            if (isZipBomb(failure)) {
                return new Extracted(null, DocumentProblem.EXPANDS_TOO_MUCH);
            }
            if (!WriteLimitReachedException.isWriteLimitReached(failure)) {
                return new Extracted(null, DocumentProblem.UNREADABLE);
            }
            // The limit was reached: the handler holds the first maxChars characters.
        }
        String raw = out.toString();
        String text = normalise(withoutBrokenPair(raw));
        return text.isEmpty() ? new Extracted(null, DocumentProblem.NO_TEXT) : new Extracted(text, pages.in(raw, text), null);
    }

    private static PDFParserConfig pdfConfig() {
        var config = new PDFParserConfig();
        // There is no OCR engine here. Left on "auto", Tika tries OCR on every page with little
        // text and, without the embedded-document parser it looks the OCR parser up through,
        // fails on a blank page instead of reporting no text.
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        return config;
    }

    private static Parser parserFor(Kind kind) {
        return switch (kind) {
            case PDF -> PDF_PARSER;
            case DOCX -> DOCX_PARSER;
            case HTML -> HTML_PARSER;
            case TEXT, MARKDOWN -> TEXT_PARSER;
        };
    }

    /** POI says "Zip bomb detected!" for both the ratio and the entry size; Tika may wrap it. */
    private static boolean isZipBomb(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The write limit can cut between the two halves of a surrogate pair; drop the lone half. */
    private static String withoutBrokenPair(String text) {
        return !text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))
                ? text.substring(0, text.length() - 1) : text;
    }

    private static String normalise(String raw) {
        // No control characters to remove: Tika's SafeContentHandler has already replaced those
        // XML cannot hold (NUL included, which PostgreSQL refuses in text) with U+FFFD.
        return raw.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[ \\t\\u00A0]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
