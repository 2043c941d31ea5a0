package measured.measure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import measured.measure.ChartData;
import measured.measure.ChartKind;
import measured.measure.ChartSeries;
import measured.measure.ChartSpec;
import measured.measure.NumberStyle;
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
        for (Element text : elements(svg, "text")) {
            assertTrue(text.getAttribute("class").startsWith("chart-"), "a class to style it by: " + text.getTextContent());
        }
        assertTrue(svg.getElementsByTagName("path").getLength() <= 2, "no text drawn as outlines: only the grid and axes");
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

    @Test
    void aLineChartOverFewXValuesTicksAtThoseValues() throws Exception {
        Document svg = parse(ChartSvg.render(data("line", Map.of()), "c"));
        assertEquals(List.of("1", "2", "4", "8"), textsOf(svg, "chart-tick-x"));
    }

    @Test
    void aLineChartOverManyWholeXValuesHasRoundWholeTicksOnly() throws Exception {
        List<Double> xs = IntStream.rangeClosed(1, 30).mapToObj(i -> (double) i).toList();
        ChartData data = line(xs, series("time (ms)", xs.stream().map(x -> 1000 / x).toList(), 1));
        List<String> ticks = textsOf(parse(ChartSvg.render(data, "c")), "chart-tick-x");
        assertEquals(List.of("5", "10", "15", "20", "25", "30"), ticks);
    }

    @Test
    void aLineChartOverThreadCountsNeverHasAFractionalThreadCount() throws Exception {
        for (int last = 2; last <= 64; last++) {
            List<Double> xs = IntStream.rangeClosed(1, last).mapToObj(i -> (double) i).toList();
            List<String> ticks = textsOf(parse(ChartSvg.render(line(xs, series("ms", xs, 0)), "c")), "chart-tick-x");
            ticks.forEach(tick -> assertTrue(tick.matches("\\d+"), tick));
        }
    }

    @Test
    void aLineChartOverFractionalXValuesHasRoundTicks() throws Exception {
        List<Double> xs = IntStream.range(0, 15).mapToObj(i -> 0.05 + i * 0.0625).toList();
        ChartData data = line(xs, series("latency (ms)", xs, 2));
        assertEquals(List.of("0.2", "0.4", "0.6", "0.8"), textsOf(parse(ChartSvg.render(data, "c")), "chart-tick-x"));
    }

    @Test
    void theValueAxisStartsAtZeroWhereTheBarsStandAndEndsOnARoundTickAboveThem() throws Exception {
        Document svg = parse(ChartSvg.render(data("bar", Map.of("chart-columns", "time (ms)")), "c"));
        assertEquals(List.of("0", "100", "200", "300", "400", "500", "600", "700", "800", "900"), textsOf(svg, "chart-tick-y"));
        double[] axes = numbers(withClass(svg, "path", "chart-axes").getFirst().getAttribute("d"));
        double bottom = axes[2];
        for (Element bar : elements(svg, "rect")) {
            assertEquals(bottom, number(bar, "y") + number(bar, "height"), 0.11);
        }
    }

    @Test
    void yTicksTakeThePrecisionTheSeriesIsPrintedWith() throws Exception {
        ChartData twoDecimals = line(List.of(1.0, 2.0, 4.0), series("speed-up (x)", List.of(1.0, 1.93, 1.96), 2));
        assertEquals(List.of("0.00", "0.25", "0.50", "0.75", "1.00", "1.25", "1.50", "1.75", "2.00"),
                textsOf(parse(ChartSvg.render(twoDecimals, "c")), "chart-tick-y"));
        ChartData oneDecimal = line(List.of(1.0, 2.0, 4.0), series("speed-up (x)", List.of(1.0, 1.9, 2.0), 1));
        assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0"), textsOf(parse(ChartSvg.render(oneDecimal, "c")), "chart-tick-y"));
        ChartData counts = line(List.of(1.0, 2.0, 4.0), series("retries", List.of(1.0, 3.0, 2.0), 0));
        assertEquals(List.of("0", "1", "2", "3"), textsOf(parse(ChartSvg.render(counts, "c")), "chart-tick-y"));
    }

    @Test
    void gridlinesRunAlongEveryValueTickAndInALineChartEveryXTick() throws Exception {
        Document bar = parse(ChartSvg.render(data("bar", Map.of()), "c"));
        String grid = withClass(bar, "path", "chart-grid").getFirst().getAttribute("d");
        assertEquals(textsOf(bar, "chart-tick-y").size(), grid.split("H").length - 1);
        assertFalse(grid.contains("V"), "no vertical lines through bars");
        Document line = parse(ChartSvg.render(data("line", Map.of()), "c"));
        String lineGrid = withClass(line, "path", "chart-grid").getFirst().getAttribute("d");
        assertEquals(textsOf(line, "chart-tick-x").size(), lineGrid.split("V").length - 1);
    }

    @Test
    void barsOfSeveralSeriesStandSideBySideInTheirCategory() throws Exception {
        Document svg = parse(ChartSvg.render(data("bar", Map.of()), "c"));
        List<Element> groups = withClass(svg, "g", "chart-series");
        List<Element> first = elements(groups.get(0), "rect");
        List<Element> second = elements(groups.get(1), "rect");
        List<Element> labels = withClass(svg, "text", "chart-tick-x");
        for (int i = 0; i < 4; i++) {
            double end = number(first.get(i), "x") + number(first.get(i), "width");
            assertTrue(end <= number(second.get(i), "x"), "category " + i);
            double middle = number(labels.get(i), "x");
            assertTrue(number(first.get(i), "x") < middle && middle <= number(second.get(i), "x") + 0.5, "centred on its label");
            if (i > 0) {
                assertTrue(number(second.get(i - 1), "x") + number(second.get(i - 1), "width") < number(first.get(i), "x"));
            }
        }
    }

    @Test
    void everyPointOfALineHasAMarkerShapedBySeries() throws Exception {
        Document svg = parse(ChartSvg.render(data("line", Map.of()), "c"));
        List<String> shapes = new ArrayList<>();
        for (Element group : withClass(svg, "g", "chart-series")) {
            String markers = withClass(group, "path", "chart-marker").getFirst().getAttribute("d");
            assertEquals(4, markers.split("M").length - 1, "a marker per point");
            shapes.add(markers.replaceAll("M[-\\d.]+ [-\\d.]+", "M"));
        }
        assertFalse(shapes.get(0).equals(shapes.get(1)), "series differ in more than colour");
    }

    @Test
    void longCategoryLabelsWrapOrShortenWithoutOverlappingAndTheDescriptionHasThemInFull() throws Exception {
        List<String> labels = List.of("ConcurrentHashMap with computeIfAbsent", "Collections.synchronizedMap(new HashMap<>())",
                "ReentrantReadWriteLock guarding a HashMap", "StampedLock optimistic reads", "a plain HashMap, unsafe",
                "synchronizedMap(HashMap)");
        ChartData data = bars(labels, series("ns per operation", List.of(12.3, 40.1, 25.5, 9.8, 3.1, 30.0), 1));
        Document svg = parse(ChartSvg.render(data, "c"));
        assertNoTextOverlaps(svg);
        List<String> ticks = textsOf(svg, "chart-tick-x");
        assertTrue(ticks.size() > labels.size() && ticks.size() <= 2 * labels.size(), "up to two lines each: " + ticks);
        assertTrue(ticks.stream().anyMatch(tick -> tick.endsWith("…")), "what two lines cannot hold is shortened");
        String desc = only(svg, "desc").getTextContent();
        labels.forEach(label -> assertTrue(desc.contains(label), label));
    }

    @Test
    void aLongTitleIsShortenedOnTheChartAndWholeInItsTitleElement() throws Exception {
        String long_ = "A very long chart title that goes on and on about what it measures in great detail, far too long to fit";
        ChartData data = new ChartData(ChartKind.BAR, long_, "x", List.of("a", "b"), List.of(), "y",
                List.of(series("y", List.of(1.0, 2.0), 0)));
        Document svg = parse(ChartSvg.render(data, "c"));
        assertEquals(long_, only(svg, "title").getTextContent());
        String shown = textsOf(svg, "chart-title").getFirst();
        assertTrue(shown.endsWith("…") && long_.startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertNoTextOverlaps(svg);
    }

    @Test
    void manySeriesGetALegendInRowsAndNoTextOverlapsAnother() throws Exception {
        List<Double> xs = List.of(1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0);
        List<ChartSeries> eight = IntStream.range(0, 8).mapToObj(s -> series("variant number " + (s + 1) + " (ops/s)",
                xs.stream().map(x -> (s + 1) * 1000 * Math.log(1 + x)).toList(), 0)).toList();
        Document svg = parse(ChartSvg.render(new ChartData(ChartKind.LINE, "Eight", "cores",
                List.of("1", "2", "4", "8", "16", "32", "64"), xs, "throughput (ops/s)", eight), "c"));
        Element legend = withClass(svg, "g", "chart-legend").getFirst();
        assertEquals(8, withClass(legend, "g", "chart-key").size());
        Set<String> rows = new HashSet<>();
        withClass(legend, "text", "chart-legend-text").forEach(text -> rows.add(text.getAttribute("y")));
        assertTrue(rows.size() > 1, "more than one row");
        assertNoTextOverlaps(svg);
    }

    @Test
    void theSiteLikeChartsHaveNoOverlappingTextAndStayInTheViewBox() throws Exception {
        for (String kind : List.of("bar", "line")) {
            for (Map<String, String> more : List.of(Map.<String, String>of(), Map.of("chart-columns", "speed-up (x)"))) {
                assertNoTextOverlaps(parse(ChartSvg.render(data(kind, more), "c")));
            }
        }
        List<String> servers = List.of("thread pool (5 threads)", "virtual threads", "NIO event loop (1 thread)");
        assertNoTextOverlaps(parse(ChartSvg.render(bars(servers, series("throughput (req/s)", List.of(236.0, 1790.0, 1767.0), 0)), "c")));
        List<String> many = IntStream.range(0, 16).mapToObj(i -> "size " + (1 << i)).toList();
        assertNoTextOverlaps(parse(ChartSvg.render(bars(many, series("ms", many.stream().map(m -> (double) m.length()).toList(), 0),
                series("other (ms)", many.stream().map(m -> 2.0 * m.length()).toList(), 0)), "c")));
    }

    @Test
    void numbersAreWrittenToATenthWithoutTrailingZerosOrNegativeZero() {
        assertEquals("1.5", ChartSvg.number(1.5));
        assertEquals("2", ChartSvg.number(1.99));
        assertEquals("0", ChartSvg.number(-0.04));
        assertEquals("-3.2", ChartSvg.number(-3.2));
        assertEquals("-0.5", ChartSvg.number(-0.5));
        assertEquals("12345.7", ChartSvg.number(12345.67));
    }

    /**
     * Every text's box, from its anchor and estimated width, lies inside the viewBox and apart from every other:
     * the estimate errs wide, so the page's font leaves them at least as far apart.
     */
    private static void assertNoTextOverlaps(Document svg) {
        List<double[]> boxes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Element text : elements(svg, "text")) {
            double size = text.hasAttribute("font-size") ? Double.parseDouble(text.getAttribute("font-size")) : 12;
            Font font = size == 16 ? Font.TITLE : size == 13 ? Font.AXIS_TITLE : Font.TICK;
            double width = font.width(text.getTextContent());
            double x = number(text, "x");
            double start = switch (text.getAttribute("text-anchor")) {
                case "middle" -> x - width / 2;
                case "end" -> x - width;
                default -> x;
            };
            double y = number(text, "y");
            double[] box = {start, y - size * 0.8, start + width, y + size * 0.2};
            assertTrue(box[0] >= 0 && box[2] <= 600 && box[1] >= 0 && box[3] <= 360,
                    "inside the chart: " + text.getTextContent() + " " + Arrays.toString(box));
            for (int i = 0; i < boxes.size(); i++) {
                double[] other = boxes.get(i);
                boolean apart = box[2] <= other[0] || other[2] <= box[0] || box[3] <= other[1] || other[3] <= box[1];
                assertTrue(apart, "'" + text.getTextContent() + "' overlaps '" + names.get(i) + "'");
            }
            boxes.add(box);
            names.add(text.getTextContent());
        }
    }

    private static ChartSeries series(String name, List<Double> values, int decimals) {
        return new ChartSeries(name, values, new NumberStyle(decimals, false));
    }

    private static ChartData line(List<Double> xs, ChartSeries... series) {
        List<String> labels = xs.stream().map(x -> x == Math.rint(x) ? String.valueOf(x.longValue()) : String.valueOf(x)).toList();
        return new ChartData(ChartKind.LINE, "t", "x", labels, xs, series[0].name(), List.of(series));
    }

    private static ChartData bars(List<String> labels, ChartSeries... series) {
        return new ChartData(ChartKind.BAR, "t", "x", labels, List.of(), series[0].name(), List.of(series));
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static double[] numbers(String pathData) {
        return Arrays.stream(pathData.split("[A-Za-z ]+")).filter(part -> !part.isEmpty()).mapToDouble(Double::parseDouble).toArray();
    }

    private static List<String> textsOf(Document svg, String cssClass) {
        return withClass(svg, "text", cssClass).stream().map(Element::getTextContent).toList();
    }

    private static List<Element> elements(Document svg, String tag) {
        return elements(svg.getDocumentElement(), tag);
    }

    private static List<Element> elements(Element parent, String tag) {
        return withClass(parent, tag, null);
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
            if (cssClass == null || Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass)) {
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
