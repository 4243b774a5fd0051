package com.crampcoach.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small XML tree with line numbers, read with the JDK's SAX parser and written back as SSML.
 * Content files and rendered speech both go through it, so problems can name a file and line.
 */
public final class Xml {

    private Xml() {
    }

    /** An element: its tag (with any prefix, such as {@code amazon:effect}), attributes, children and line. */
    public record Element(String name, Map<String, String> attributes, List<Object> children, int line) {

        public String attribute(String attributeName) {
            return attributes.get(attributeName);
        }

        public List<Element> elements() {
            return children.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
        }

        /** The children written back as XML, with runs of whitespace collapsed: the inner SSML. */
        public String innerXml() {
            StringBuilder out = new StringBuilder();
            for (Object child : children) {
                write(child, out);
            }
            return collapse(out.toString());
        }

        /** The text of this element and its descendants, as written, without tags. */
        public String text() {
            StringBuilder out = new StringBuilder();
            for (Object child : children) {
                if (child instanceof Element e) {
                    out.append(e.text());
                } else {
                    out.append(child);
                }
            }
            return out.toString();
        }
    }

    /** Thrown for XML that does not parse; carries the line. */
    public static final class XmlException extends Exception {
        private final int line;

        XmlException(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static Element parse(InputStream in) throws XmlException, IOException {
        return parse(new InputSource(in));
    }

    public static Element parse(String xml) throws XmlException {
        try {
            return parse(new InputSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new XmlException(e.getMessage(), 0);
        }
    }

    private static Element parse(InputSource source) throws XmlException, IOException {
        TreeBuilder builder = new TreeBuilder();
        try {
            newParser().parse(source, builder);
        } catch (SAXParseException e) {
            throw new XmlException(e.getMessage(), e.getLineNumber());
        } catch (SAXException | ParserConfigurationException e) {
            throw new XmlException(e.getMessage(), 0);
        }
        return builder.root;
    }

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        // Content is ours, but a parser that fetches external entities is never needed here.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newSAXParser();
    }

    /** Escapes text for use inside SSML or XML: {@code &}, {@code <} and {@code >}. */
    public static String escape(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static void write(Object node, StringBuilder out) {
        if (node instanceof Element e) {
            out.append('<').append(e.name());
            e.attributes().forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v, true)).append('"'));
            if (e.children().isEmpty()) {
                out.append("/>");
                return;
            }
            out.append('>');
            for (Object child : e.children()) {
                write(child, out);
            }
            out.append("</").append(e.name()).append('>');
        } else {
            out.append(escape(node.toString()));
        }
    }

    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        private Element root;

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) {
            flushText();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                attributes.put(attrs.getQName(i), attrs.getValue(i));
            }
            Element element = new Element(qName, attributes, new ArrayList<>(),
                    locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (!text.isEmpty() && !open.isEmpty()) {
                open.peek().children().add(text.toString());
            }
            text.setLength(0);
        }
    }
}
