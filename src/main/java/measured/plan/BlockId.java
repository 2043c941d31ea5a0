package measured.plan;

/** Where a block stands: its page ({@code content/<chapter>/<page>.adoc}) and its line there (1-based). */
public record BlockId(String page, int line) {

    /** {@code content/<page>.adoc:<line>}, the start of every problem reported at the block. */
    public String where() {
        return page + ":" + line;
    }
}
