package measured.measure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import measured.measure.ChartData;
import measured.measure.ChartSpec;
import measured.measure.Report;

class ChartSvgTest {

    private static final String OUTPUT = """
            | threads | time (ms) | speed-up (x) |
            |---|---|---|
            | 1 | 812 | 1.00 |
            | 2 | 415 | 1.96 |
            | 4 | 230 | 3.53 |
            | 8 | 101 | 8.04 |
            """;

    @Test
    void isValidXmlWithATitleAndADescriptionItIsLabelledBy() throws Exception {
        Document svg = parse(ChartSvg.render(data("bar", Map.of()), "chart-1"));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("chart-1-title chart-1-desc", root.getAttribute("aria-labelledby"));
        Element title = only(svg, "title");
        Element desc = only(svg, "desc");
        assertEquals("chart-1-title", title.getAttribute("id"));
        assertEquals("chart-1-desc", desc.getAttribute("id"));
        assertEquals("Threads & <speed>", title.getTextContent());
        assertTrue(desc.getTextContent().contains("time (ms): 812 at 1, 415 at 2, 230 at 4, 101 at 8."),
                desc.getTextContent());
        assertTrue(desc.getTextContent().contains("speed-up (x): 1.00 at 1"), desc.getTextContent());
    }

    @Test
    void isResponsive() throws Exception {
        Element root = parse(ChartSvg.render(data("line", Map.of()), "c")).getDocumentElement();
        assertEquals("0 0 600 360", root.getAttribute("viewBox"));
        assertFalse(root.hasAttribute("width"));
        assertFalse(root.hasAttribute("height"));
    }

    @Test
    void aBarChartHasOneSeriesGroupPerColumnWithABarPerRow() throws Exception {
        Document svg = parse(ChartSvg.render(data("bar", Map.of()), "c"));
        List<Element> groups = withClass(svg, "g", "chart-series");
        assertEquals(List.of("time (ms)", "speed-up (x)"), groups.stream().map(g -> g.getAttribute("data-series")).toList());
        for (Element group : groups) {
            assertEquals(4, group.getElementsByTagName("rect").getLength());
            assertTrue(group.getAttribute("color").matches("#[0-9a-f]{6}"));
            assertEquals("currentColor", group.getAttribute("fill"));
        }
        assertFalse(groups.get(0).getAttribute("color").equals(groups.get(1).getAttribute("color")));
    }

    @Test
    void aLineChartHasOneLinePathPerSeries() throws Exception {
        Document svg = parse(ChartSvg.render(data("line", Map.of()), "c"));
        List<Element> groups = withClass(svg, "g", "chart-series");
        assertEquals(2, groups.size());
        for (Element group : groups) {
            List<Element> lines = withClass(group, "path", "chart-line");
            assertEquals(1, lines.size());
            assertEquals(4, lines.getFirst().getAttribute("d").split("[ML]").length - 1, "one point per row");
        }
    }

    @Test
    void axisTitlesTicksAndTheTitleAreRealText() throws Exception {
        Document svg = parse(ChartSvg.render(data("bar", Map.of("chart-columns", "time (ms)")), "c"));
        List<String> texts = texts(svg);
        assertTrue(texts.contains("threads"), texts.toString());
        assertTrue(texts.contains("time (ms)"), texts.toString());
        assertTrue(texts.contains("Threads & <speed>"), texts.toString());
        assertTrue(texts.containsAll(List.of("1", "2", "4", "8", "0", "800")), texts.toString());
        assertTrue(withClass(svg, "g", "chart-other").isEmpty(), "every painted text was recognised");
    }

    @Test
    void aLegendOnlyForSeveralSeries() throws Exception {
        assertTrue(withClass(parse(ChartSvg.render(data("bar", Map.of("chart-columns", "time (ms)")), "c")), "g", "chart-legend").isEmpty());
        Document two = parse(ChartSvg.render(data("bar", Map.of()), "c"));
        Element legend = withClass(two, "g", "chart-legend").getFirst();
        assertEquals(2, withClass(legend, "g", "chart-key").size());
        assertEquals(List.of("time (ms)", "speed-up (x)"), textsIn(legend));
    }

    @Test
    void drawsNothingInAFixedBlackOrWhiteAndNoBackground() throws Exception {
        String markup = ChartSvg.render(data("line", Map.of()), "c");
        Document svg = parse(markup);
        assertEquals("currentColor", svg.getDocumentElement().getAttribute("fill"));
        for (Element element : all(svg)) {
            for (String attribute : List.of("fill", "stroke", "color")) {
                String value = element.getAttribute(attribute).toLowerCase();
                assertFalse(value.matches("black|white|#0{3}|#0{6}|#f{3}|#f{6}|rgb\\(0, ?0, ?0\\)|rgb\\(255, ?255, ?255\\)"),
                        element.getTagName() + " " + attribute + "=" + value);
            }
            if (element.getTagName().equals("text")) {
                assertFalse(element.hasAttribute("fill"), "text inherits currentColor");
            }
            if (element.getTagName().equals("rect")) {
                assertFalse(element.getParentNode() == svg.getDocumentElement(), "no background rectangle");
            }
        }
    }

    @Test
    void hasNoScriptsNoStylesAndNoEventHandlers() throws Exception {
        Document svg = parse(ChartSvg.render(data("bar", Map.of()), "c"));
        assertEquals(0, svg.getElementsByTagName("script").getLength());
        assertEquals(0, svg.getElementsByTagName("style").getLength());
        for (Element element : all(svg)) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.item(i).getNodeName();
                assertFalse(name.equals("style") || name.startsWith("on") || name.contains("href"), name);
            }
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertEquals(ChartSvg.render(data("line", Map.of()), "c"), ChartSvg.render(data("line", Map.of()), "c"));
    }

    @Test
    void staysSmall() {
        String bar = ChartSvg.render(data("bar", Map.of()), "c");
        String line = ChartSvg.render(data("line", Map.of()), "c");
        assertTrue(bar.getBytes(StandardCharsets.UTF_8).length < 6_000, bar.length() + " bytes");
        assertTrue(line.getBytes(StandardCharsets.UTF_8).length < 6_000, line.length() + " bytes");
    }

    @Test
    void theIdPrefixMustBeAnId() {
        assertThrows(IllegalArgumentException.class, () -> ChartSvg.render(data("bar", Map.of()), "1 bad\""));
    }

    private static ChartData data(String kind, Map<String, String> more) {
        Map<String, String> attributes = new java.util.HashMap<>(more);
        attributes.put("chart", kind);
        return ChartSpec.parse(attributes, "Threads & <speed>").orElseThrow().select(Report.parse(OUTPUT).tables());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element only(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        assertEquals(1, nodes.getLength(), tag);
        return (Element) nodes.item(0);
    }

    private static List<Element> all(Document svg) {
        NodeList nodes = svg.getElementsByTagName("*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<Element> withClass(Document svg, String tag, String cssClass) {
        return withClass(svg.getDocumentElement(), tag, cssClass);
    }

    private static List<Element> withClass(Element parent, String tag, String cssClass) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> texts(Document svg) {
        return textsIn(svg.getDocumentElement());
    }

    private static List<String> textsIn(Element parent) {
        NodeList nodes = parent.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
