package measured.verify;

/**
 * What a verdict speaks of, for its messages: "sample threads/X.java" or "[source,jshell] block"; for a JShell
 * block also its page and the page line of its first code line, so a failing statement is named by its line.
 */
public record Subject(String what, String page, int firstCodeLine) {

    public static Subject sample(String samplePath) {
        return new Subject("sample " + samplePath, "", 0);
    }

    public static Subject jshellBlock(String page, int firstCodeLine) {
        return new Subject("[source,jshell] block", page, firstCodeLine);
    }

    /** " at content/x.adoc:12" for a block's failing line; empty when unknown. */
    String at(int lineInBlock) {
        return firstCodeLine > 0 && lineInBlock > 0 ? " at " + page + ":" + (firstCodeLine + lineInBlock - 1) : "";
    }
}
