package measured.run.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlockSplitterTest {

    private static JShell shell;

    @BeforeAll
    static void analysisOnly() {
        // Splitting needs JShell's parser only; nothing is executed.
        shell = JShell.builder().executionEngine("local").build();
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    private static List<BlockSplitter.Piece> split(String block) {
        return BlockSplitter.split(block, shell.sourceCodeAnalysis());
    }

    @Test
    void snippetsEndWhereTheLinesSoFarAreCompleteLikeInTheJshellTool() {
        assertEquals(List.of(
                        new BlockSplitter.Piece("int y =\n  2;", 2),
                        new BlockSplitter.Piece("System.out.println(y)", 4),
                        new BlockSplitter.Piece("void m() {\n}", 6)),
                split("""
                        // leading comment
                        int y =
                          2
                        System.out.println(y)

                        void m() {
                        }
                        """));
    }

    @Test
    void severalSnippetsOnOneLineKeepThatLine() {
        assertEquals(List.of(
                        new BlockSplitter.Piece("int a = 1;", 1),
                        new BlockSplitter.Piece("int b = 2;", 1),
                        new BlockSplitter.Piece("a + b", 2)),
                split("int a = 1; int b = 2;\na + b"));
    }

    @Test
    void anUnfinishedSnippetIsKeptForJShellToReport() {
        assertEquals(List.of(new BlockSplitter.Piece("void broken() {\n  int x = 1;", 1)),
                split("void broken() {\n  int x = 1;\n"));
    }
}
