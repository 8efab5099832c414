package com.mitpo.brand.control;

import com.mitpo.brand.boundary.DocumentProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mitpo.brand.control.DocumentFiles.Detected;
import com.mitpo.brand.control.DocumentFiles.Extracted;
import com.mitpo.brand.control.DocumentFiles.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentFilesTest {

    private static final String SENTENCE = "Our brand speaks plainly and kindly.";
    private static final long MAX = 1_000_000;

    // --- detect ---

    @Test
    void aPdfIsAPdfWhateverItsName() throws Exception {
        assertEquals(new Detected(Kind.PDF, null), DocumentFiles.detect(pdf(SENTENCE), "guide.pdf", MAX));
        assertEquals(new Detected(Kind.PDF, null), DocumentFiles.detect(pdf(SENTENCE), "notes.txt", MAX));
    }

    @Test
    void aWordDocumentIsDocxNotAZip() throws Exception {
        assertEquals(new Detected(Kind.DOCX, null), DocumentFiles.detect(docx(SENTENCE), "guide.docx", MAX));
    }

    @Test
    void htmlIsRecognisedFromItsMarkup() {
        assertEquals(new Detected(Kind.HTML, null),
                DocumentFiles.detect(utf8("<!DOCTYPE html><html><body><p>" + SENTENCE + "</p></body></html>"), "page.txt", MAX));
        assertEquals(new Detected(Kind.HTML, null),
                DocumentFiles.detect(utf8("<html><body><p>" + SENTENCE + "</p></body></html>"), "page", MAX));
        // Tika names this application/xhtml+xml.
        assertEquals(new Detected(Kind.HTML, null), DocumentFiles.detect(utf8(xhtml()), "page.xhtml", MAX));
    }

    @Test
    void plainTextIsTextAndOnlyAMarkdownNameMakesItMarkdown() {
        String markdown = "# Voice\n\n- " + SENTENCE + "\n- *Short* sentences.\n";
        assertEquals(new Detected(Kind.TEXT, null), DocumentFiles.detect(utf8(SENTENCE), "notes.txt", MAX));
        assertEquals(new Detected(Kind.MARKDOWN, null), DocumentFiles.detect(utf8(markdown), "voice.md", MAX));
        assertEquals(new Detected(Kind.MARKDOWN, null), DocumentFiles.detect(utf8(markdown), "Voice.MARKDOWN", MAX));
        assertEquals(new Detected(Kind.TEXT, null), DocumentFiles.detect(utf8(markdown), "voice.txt", MAX));
        assertEquals(new Detected(Kind.TEXT, null), DocumentFiles.detect(utf8(markdown), null, MAX));
    }

    @Test
    void aNameNeverMakesOtherBytesAcceptable() throws Exception {
        byte[] exe = new byte[512];
        for (int i = 0; i < exe.length; i++) {
            exe[i] = (byte) (i * 31 + 7);
        }
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] unknown = Arrays.copyOfRange(exe, 2, exe.length);

        assertEquals(new Detected(null, DocumentProblem.UNSUPPORTED_TYPE), DocumentFiles.detect(exe, "report.pdf", MAX));
        assertEquals(new Detected(null, DocumentProblem.UNSUPPORTED_TYPE), DocumentFiles.detect(png, "report.pdf", MAX));
        // Given the name, Tika would call these bytes a PDF: the name must not be shown to it.
        assertEquals(new Detected(null, DocumentProblem.UNSUPPORTED_TYPE), DocumentFiles.detect(unknown, "report.pdf", MAX));
        assertEquals(new Detected(null, DocumentProblem.UNSUPPORTED_TYPE), DocumentFiles.detect(plainZip(), "report.docx", MAX));
        assertEquals(new Detected(null, DocumentProblem.UNSUPPORTED_TYPE),
                DocumentFiles.detect(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "logo.md", MAX));
        // XML is a "kind of text" to Tika, but its markup is not prose.
        assertEquals(new Detected(null, DocumentProblem.UNSUPPORTED_TYPE),
                DocumentFiles.detect(utf8("<?xml version=\"1.0\"?><voice>" + SENTENCE + "</voice>"), "voice.txt", MAX));
    }

    @Test
    void emptyAndOversizedUploadsAreRefusedBeforeLooking() {
        assertEquals(new Detected(null, DocumentProblem.EMPTY), DocumentFiles.detect(new byte[0], "a.txt", MAX));
        assertEquals(new Detected(null, DocumentProblem.EMPTY), DocumentFiles.detect(null, "a.txt", MAX));
        assertEquals(new Detected(Kind.TEXT, null), DocumentFiles.detect(utf8("x".repeat(10)), "a.txt", 10));
        assertEquals(new Detected(null, DocumentProblem.TOO_LARGE), DocumentFiles.detect(utf8("x".repeat(11)), "a.txt", 10));
    }

    @Test
    void aResultHasExactlyOneSide() {
        assertThrows(IllegalArgumentException.class, () -> new Detected(null, null));
        assertThrows(IllegalArgumentException.class, () -> new Detected(Kind.PDF, DocumentProblem.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new Extracted(null, null));
        assertThrows(IllegalArgumentException.class, () -> new Extracted("text", DocumentProblem.NO_TEXT));
    }

    // --- extract ---

    @Test
    void eachKindGivesItsText() throws Exception {
        // A PDF also says where its one page starts.
        assertEquals(new Extracted(SENTENCE, List.of(0), null), DocumentFiles.extract(pdf(SENTENCE), Kind.PDF, 10_000));
        assertEquals(new Extracted(SENTENCE, null), DocumentFiles.extract(docx(SENTENCE), Kind.DOCX, 10_000));
        assertEquals(new Extracted(SENTENCE, null), DocumentFiles.extract(utf8(SENTENCE + "\n"), Kind.TEXT, 10_000));
        assertEquals(new Extracted("# Voice\n\n" + SENTENCE, null),
                DocumentFiles.extract(utf8("# Voice\n\n" + SENTENCE + "\n"), Kind.MARKDOWN, 10_000));
        assertEquals(new Extracted(SENTENCE, null), DocumentFiles.extract(utf8(xhtml()), Kind.HTML, 10_000));
    }

    @Test
    void htmlGivesItsProseWithoutScriptsOrStyles() {
        String html = "<!DOCTYPE html><html><head><title>Page title</title><style>p { color: red; }</style>"
                + "<script>alert('hidden');</script></head><body><h1>Voice</h1><p>" + SENTENCE + "</p>"
                + "<script>var tracking = 1;</script></body></html>";

        assertEquals(new Extracted("Voice\n" + SENTENCE, null), DocumentFiles.extract(utf8(html), Kind.HTML, 10_000));
    }

    @Test
    void paragraphsKeepOneBlankLineAndNoTrailingSpaces() throws Exception {
        String text = "  First line.   \r\nSecond line.\t\n\n\n\n   \n\nThird\u0000 paragraph.  \n\n";

        // Tika stands U+FFFD in for characters XML cannot carry, such as NUL.
        assertEquals(new Extracted("First line.\nSecond line.\n\nThird\uFFFD paragraph.", null),
                DocumentFiles.extract(utf8(text), Kind.TEXT, 10_000));
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("One.");
            doc.createParagraph();
            doc.createParagraph();
            doc.createParagraph().createRun().setText("Two.   ");
            doc.write(out);
            assertEquals(new Extracted("One.\n\nTwo.", null), DocumentFiles.extract(out.toByteArray(), Kind.DOCX, 10_000));
        }
    }

    @Test
    void theWriteLimitKeepsTheFirstCharacters() throws Exception {
        String text = "abcdefghij".repeat(50);

        assertEquals(new Extracted(text.substring(0, 123), null), DocumentFiles.extract(utf8(text), Kind.TEXT, 123));
        assertEquals(new Extracted(text.substring(0, 77), null), DocumentFiles.extract(docx(text), Kind.DOCX, 77));
        // A cut between the halves of a surrogate pair drops the lone half.
        assertEquals(new Extracted("ab", null), DocumentFiles.extract(utf8("ab\uD83D\uDE00cd"), Kind.TEXT, 3));
    }

    @Test
    void aBrokenPdfIsUnreadable() {
        assertEquals(new Extracted(null, DocumentProblem.UNREADABLE),
                DocumentFiles.extract(utf8("%PDF-1.4\n%garbage that is not a document\n"), Kind.PDF, 10_000));
        assertEquals(new Extracted(null, DocumentProblem.UNREADABLE),
                DocumentFiles.extract(utf8("not a zip at all"), Kind.DOCX, 10_000));
    }

    @Test
    void aDocumentWithoutTextHasNoText() throws Exception {
        assertEquals(new Extracted(null, DocumentProblem.NO_TEXT), DocumentFiles.extract(pdf(null), Kind.PDF, 10_000));
        assertEquals(new Extracted(null, DocumentProblem.NO_TEXT), DocumentFiles.extract(utf8(" \n\t\n "), Kind.TEXT, 10_000));
    }

    // --- pages ---

    private static final String PAGE_ONE = "p1w1 p1w2 p1w3 p1w4 p1w5.\np1w6 p1w7 p1w8 p1w9 p1w10 p1w11.";
    private static final String PAGE_TWO = "p2w1 p2w2 p2w3.\np2w4 p2w5 p2w6 p2w7 p2w8.\np2w9 p2w10.";
    private static final String PAGE_THREE = "p3w1 p3w2 p3w3 p3w4.\np3w5 p3w6 p3w7 p3w8 p3w9 p3w10.";

    @Test
    void aPdfSaysWhereEachOfItsPagesStarts() throws Exception {
        Extracted extracted = DocumentFiles.extract(pdfPages(PAGE_ONE, PAGE_TWO, PAGE_THREE), Kind.PDF, 10_000);

        String text = extracted.text();
        List<Integer> starts = extracted.pageStarts();
        assertEquals(3, starts.size(), text);
        assertEquals(0, starts.get(0));
        assertTrue(text.startsWith("p1w1 ", starts.get(0)), text);
        assertTrue(text.startsWith("p2w1 ", starts.get(1)), text);
        assertTrue(text.startsWith("p3w1 ", starts.get(2)), text);
        // Page two is all that lies between the starts of pages two and three.
        assertEquals(words(PAGE_TWO), words(text.substring(starts.get(1), starts.get(2))));
    }

    @Test
    void pagesLeaveNoMarkInTheText() throws Exception {
        String text = DocumentFiles.extract(pdfPages(PAGE_ONE, null, PAGE_TWO, PAGE_THREE), Kind.PDF, 10_000).text();

        assertEquals(-1, text.indexOf('\f'), text);
        for (char c : text.toCharArray()) {
            assertTrue(c == '\n' || !Character.isISOControl(c), "control character U+" + Integer.toHexString(c) + " in " + text);
        }
        assertEquals(words(PAGE_ONE + " " + PAGE_TWO + " " + PAGE_THREE), words(text));
    }

    @Test
    void eachChunkFallsOnThePageItStartsOn() throws Exception {
        Extracted extracted = DocumentFiles.extract(pdfPages(PAGE_ONE, PAGE_TWO, PAGE_THREE), Kind.PDF, 10_000);

        for (int overlap : new int[] {0, 12}) {
            List<Chunker.Chunk> chunks = Chunker.split(extracted.text(), 30, overlap);

            assertTrue(chunks.size() >= 6, "small chunks, several to a page");
            var pagesSeen = new TreeSet<Integer>();
            for (Chunker.Chunk chunk : chunks) {
                // Every word says its page: "p2w7" is on page 2.
                int page = chunk.text().charAt(1) - '0';
                assertEquals(page, extracted.pageAt(chunk.start()), chunk.toString());
                pagesSeen.add(page);
            }
            assertEquals(Set.of(1, 2, 3), pagesSeen);
        }
    }

    @Test
    void aBlankPageIsCountedButHoldsNoPassage() throws Exception {
        Extracted extracted = DocumentFiles.extract(pdfPages(PAGE_ONE, null, PAGE_THREE), Kind.PDF, 10_000);

        List<Integer> starts = extracted.pageStarts();
        assertEquals(3, starts.size());
        assertEquals(starts.get(1), starts.get(2), "the blank page 2 starts where page 3's text does");
        assertTrue(extracted.text().startsWith("p3w1 ", starts.get(2)));
        assertEquals(3, extracted.pageAt(starts.get(2)));
        assertEquals(1, extracted.pageAt(starts.get(2) - 1));
    }

    @Test
    void theWriteLimitCutsPagesOffToo() throws Exception {
        byte[] pdf = pdfPages(PAGE_ONE, PAGE_TWO, PAGE_THREE);
        int intoPageTwo = DocumentFiles.extract(pdf, Kind.PDF, 10_000).pageStarts().get(1) + 10;

        Extracted extracted = DocumentFiles.extract(pdf, Kind.PDF, intoPageTwo);

        // The limit counts the raw text, whose whitespace normalising then trims: the cut lands
        // somewhat later in page 2, but well before page 3.
        String text = extracted.text();
        assertTrue(text.length() <= intoPageTwo);
        assertTrue(text.contains("p2w1") && !text.contains("p2w10") && !text.contains("p3"), text);
        assertEquals(2, extracted.pageStarts().size(), "page 3 was never reached");
        assertTrue(text.startsWith("p2w1", extracted.pageStarts().get(1)), text);
    }

    @Test
    void otherKindsHaveNoPages() throws Exception {
        byte[] docxWithPageBreak;
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("One.");
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            doc.createParagraph().createRun().setText("Two.");
            doc.write(out);
            docxWithPageBreak = out.toByteArray();
        }
        String html = "<html><body><div class=\"page\">" + SENTENCE + "</div><div class=\"page\">Two.</div></body></html>";

        for (Extracted extracted : List.of(DocumentFiles.extract(docxWithPageBreak, Kind.DOCX, 10_000),
                DocumentFiles.extract(utf8(html), Kind.HTML, 10_000),
                DocumentFiles.extract(utf8("One.\fTwo."), Kind.TEXT, 10_000),
                DocumentFiles.extract(utf8("# One\n\nTwo."), Kind.MARKDOWN, 10_000))) {
            assertEquals(List.of(), extracted.pageStarts(), extracted.text());
            assertNull(extracted.pageAt(0));
            assertEquals(-1, extracted.text().indexOf('\f'), extracted.text());
        }
    }

    @Test
    void aPageIsTheLastOneStartingAtOrBeforeTheOffset() {
        var extracted = new Extracted("x".repeat(30), List.of(0, 10, 10, 20), null);

        assertEquals(1, extracted.pageAt(0));
        assertEquals(1, extracted.pageAt(9));
        assertEquals(3, extracted.pageAt(10), "page 2 is blank: its text is page 3's");
        assertEquals(3, extracted.pageAt(19));
        assertEquals(4, extracted.pageAt(20));
        assertEquals(4, extracted.pageAt(29));
    }

    @Test
    void pageStartsMustRiseWithinTheText() {
        assertThrows(IllegalArgumentException.class, () -> new Extracted("abc", List.of(0, 4), null));
        assertThrows(IllegalArgumentException.class, () -> new Extracted("abcdef", List.of(0, 3, 2), null));
        assertThrows(IllegalArgumentException.class, () -> new Extracted(null, List.of(0), DocumentProblem.NO_TEXT));
        assertEquals(List.of(0, 3, 3), new Extracted("abc", List.of(0, 3, 3), null).pageStarts());
    }

    @Test
    void aWordZipBombIsRefused() throws Exception {
        // 200 MB of one letter deflates about 1000:1: the upload is some 200 KB.
        byte[] bomb = docxWithBody(200L * 1024 * 1024, () -> SAME_LETTER);
        assertEquals(new Detected(Kind.DOCX, null), DocumentFiles.detect(bomb, "bomb.docx", MAX));

        Extracted extracted = DocumentFiles.extract(bomb, Kind.DOCX, 100_000);

        assertEquals(new Extracted(null, DocumentProblem.EXPANDS_TOO_MUCH), extracted);
    }

    @Test
    void aBombSmallerThanTheEntryLimitIsStillRefusedForItsRatio() throws Exception {
        // The 200 MB bomb also trips the entry limit; this one only the inflation ratio catches.
        byte[] bomb = docxWithBody(DocumentFiles.MAX_ZIP_ENTRY_BYTES / 2, () -> SAME_LETTER);

        Extracted extracted = DocumentFiles.extract(bomb, Kind.DOCX, 100_000);

        assertEquals(new Extracted(null, DocumentProblem.EXPANDS_TOO_MUCH), extracted);
    }

    @Test
    void aWordPartLargerThanTheEntryLimitIsRefusedEvenAtAnInnocentRatio() throws Exception {
        // Ordinary paragraphs (about 8:1) adding up past the entry limit. Each block differs from
        // the one before, and deflate only looks 32 KB back, so cycling a few keeps the ratio.
        var random = new Random(7);
        List<byte[]> paragraphs = new ArrayList<>();
        for (int b = 0; b < 8; b++) {
            var block = new StringBuilder();
            while (block.length() < 60_000) {
                block.append("</w:t></w:r></w:p><w:p><w:r><w:t>");
                for (int w = 0; w < 12; w++) {
                    block.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(' ');
                }
            }
            paragraphs.add(utf8(block.toString()));
        }
        var next = new AtomicInteger();
        byte[] huge = docxWithBody(DocumentFiles.MAX_ZIP_ENTRY_BYTES + 4 * 1024 * 1024,
                () -> paragraphs.get(next.getAndIncrement() % paragraphs.size()));

        Extracted extracted = DocumentFiles.extract(huge, Kind.DOCX, 100_000);

        assertEquals(new Extracted(null, DocumentProblem.EXPANDS_TOO_MUCH), extracted);
    }

    // --- fixtures ---

    private static final byte[] SAME_LETTER = new byte[64 * 1024];

    static {
        Arrays.fill(SAME_LETTER, (byte) 'a');
    }

    private static final String[] VOCABULARY = {"brand", "voice", "plain", "kind", "customer", "promise", "colour",
        "logo", "story", "trust", "clear", "warm", "honest", "product", "team", "value"};

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String xhtml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>t</title></head><body><p>" + SENTENCE + "</p></body></html>";
    }

    /** A one-page PDF with one line of text, or a blank page when the line is null. */
    private static byte[] pdf(String line) throws IOException {
        return pdfPages(new String[] {line});
    }

    /** A PDF with one page per text, its lines split at newlines; a null text makes a blank page. */
    private static byte[] pdfPages(String... pages) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                var page = new PDPage();
                doc.addPage(page);
                if (text != null) {
                    try (var content = new PDPageContentStream(doc, page)) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        content.setLeading(16);
                        content.newLineAtOffset(72, 720);
                        for (String line : text.split("\n")) {
                            content.showText(line);
                            content.newLine();
                        }
                        content.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static byte[] docx(String paragraph) throws IOException {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] plainZip() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write(utf8(SENTENCE));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /**
     * A real .docx whose word/document.xml is replaced by a valid document holding at least
     * {@code bodyBytes} of body text, written block by block so the test never holds it whole.
     */
    private static byte[] docxWithBody(long bodyBytes, Supplier<byte[]> blocks) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(docx(SENTENCE)));
                var zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.DEFLATED);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:body><w:p><w:r><w:t>"));
                    for (long written = 0; written < bodyBytes;) {
                        byte[] block = blocks.get();
                        zip.write(block);
                        written += block.length;
                    }
                    zip.write(utf8("</w:t></w:r></w:p></w:body></w:document>"));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
