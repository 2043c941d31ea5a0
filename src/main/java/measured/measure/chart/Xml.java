package measured.measure.chart;

/** Escaping for text and attribute values inside the SVG. */
final class Xml {

    private Xml() {
    }

    static String text(String raw) {
        return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String attribute(String raw) {
        return text(raw).replace("\"", "&quot;");
    }
}
