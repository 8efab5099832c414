package com.mitpo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The design system holds in the markup: no page or tag file styles itself inline (a layout
 * need is a class in mitpo.css), every MITPO tag a page uses is registered with the attributes
 * it is given, and every app page opens with the one page header.
 */
class PageMarkupTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String TAGS = "http://mitpo.com/tags";
    private static final String TAGLIB = "https://jakarta.ee/xml/ns/jakartaee";

    @Test
    void noMarkupStylesItselfInline() throws Exception {
        var inline = new TreeSet<String>();
        for (Path file : xhtml()) {
            visit(parse(file).getDocumentElement(), element -> {
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    if (attributes.item(i).getLocalName() != null && attributes.item(i).getLocalName().equals("style")) {
                        inline.add(WEBAPP.relativize(file) + ": <" + element.getTagName() + " style=\""
                                + attributes.item(i).getNodeValue() + "\">");
                    }
                }
            });
        }
        assertTrue(inline.isEmpty(), "inline style (give it a class in mitpo.css): " + inline);
    }

    @Test
    void everyTagUsedIsRegisteredWithTheAttributesItIsGiven() throws Exception {
        Map<String, Set<String>> registered = registeredTags();
        var problems = new TreeSet<String>();
        for (Path file : xhtml()) {
            visit(parse(file).getDocumentElement(), element -> {
                if (!TAGS.equals(element.getNamespaceURI())) {
                    return;
                }
                String tag = element.getLocalName();
                Set<String> declared = registered.get(tag);
                if (declared == null) {
                    problems.add(WEBAPP.relativize(file) + ": m:" + tag + " is not in mitpo.taglib.xml");
                    return;
                }
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.item(i).getNodeName();
                    if (!name.startsWith("xmlns") && !declared.contains(name)) {
                        problems.add(WEBAPP.relativize(file) + ": m:" + tag + " has no attribute " + name);
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void everyRegisteredTagHasItsFileAndEveryTagFileIsRegistered() throws Exception {
        Document taglib = parse(WEBAPP.resolve("WEB-INF/mitpo.taglib.xml"));
        var sources = new TreeSet<String>();
        NodeList tags = taglib.getElementsByTagNameNS(TAGLIB, "source");
        for (int i = 0; i < tags.getLength(); i++) {
            String source = tags.item(i).getTextContent().trim();
            assertTrue(Files.exists(WEBAPP.resolve("WEB-INF").resolve(source)), "no file for " + source);
            sources.add(source);
        }
        try (Stream<Path> files = Files.list(WEBAPP.resolve("WEB-INF/tags"))) {
            var unregistered = files.map(f -> "tags/" + f.getFileName()).filter(f -> !sources.contains(f)).toList();
            assertTrue(unregistered.isEmpty(), "tag files missing from mitpo.taglib.xml: " + unregistered);
        }
    }

    @Test
    void everyAppPageOpensWithThePageHeaderAndWritesNoHeadingOfItsOwn() throws Exception {
        var problems = new TreeSet<String>();
        int appPages = 0;
        for (Path file : xhtml()) {
            Element root = parse(file).getDocumentElement();
            if (!"/WEB-INF/templates/app.xhtml".equals(root.getAttribute("template"))) {
                continue;
            }
            appPages++;
            List<Element> headers = new ArrayList<>();
            List<Element> headings = new ArrayList<>();
            visit(root, element -> {
                if (TAGS.equals(element.getNamespaceURI()) && "pageHeader".equals(element.getLocalName())) {
                    headers.add(element);
                }
                if ("h1".equals(element.getLocalName())) {
                    headings.add(element);
                }
            });
            if (headers.size() != 1 || !headings.isEmpty()) {
                problems.add(WEBAPP.relativize(file) + ": " + headers.size() + " m:pageHeader, " + headings.size() + " h1");
            }
        }
        assertTrue(appPages >= 10, "the scan no longer finds the app pages: " + appPages);
        assertTrue(problems.isEmpty(), "an app page's title is its one m:pageHeader: " + problems);
    }

    @Test
    void theAppTemplatePlacesTheToastOnce() throws Exception {
        var toasts = new ArrayList<Element>();
        visit(parse(WEBAPP.resolve("WEB-INF/templates/app.xhtml")).getDocumentElement(), element -> {
            if (TAGS.equals(element.getNamespaceURI()) && "toast".equals(element.getLocalName())) {
                toasts.add(element);
            }
        });
        assertEquals(1, toasts.size());
        for (Path file : xhtml()) {
            if (!file.endsWith(Path.of("WEB-INF/tags/toast.xhtml"))) {
                assertFalse(Files.readString(file).contains("<p:growl"), WEBAPP.relativize(file) + " has a growl of its own: use the toast");
            }
        }
    }

    private static Map<String, Set<String>> registeredTags() throws Exception {
        Document taglib = parse(WEBAPP.resolve("WEB-INF/mitpo.taglib.xml"));
        Map<String, Set<String>> tags = new HashMap<>();
        NodeList list = taglib.getElementsByTagNameNS(TAGLIB, "tag");
        for (int i = 0; i < list.getLength(); i++) {
            Element tag = (Element) list.item(i);
            String name = tag.getElementsByTagNameNS(TAGLIB, "tag-name").item(0).getTextContent().trim();
            var attributes = new TreeSet<String>();
            NodeList declared = tag.getElementsByTagNameNS(TAGLIB, "attribute");
            for (int j = 0; j < declared.getLength(); j++) {
                attributes.add(((Element) declared.item(j)).getElementsByTagNameNS(TAGLIB, "name").item(0)
                        .getTextContent().trim());
            }
            tags.put(name, attributes);
        }
        return tags;
    }

    private interface Visitor {
        void visit(Element element);
    }

    private static void visit(Element element, Visitor visitor) {
        visitor.visit(element);
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                visit(child, visitor);
            }
        }
    }

    private static Document parse(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try {
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (org.xml.sax.SAXException notXml) {
            throw new AssertionError(file + " is not well-formed XML: " + notXml.getMessage(), notXml);
        }
    }

    private static List<Path> xhtml() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
