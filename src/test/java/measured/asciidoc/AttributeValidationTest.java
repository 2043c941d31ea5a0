package measured.asciidoc;

import measured.build.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attribute set is closed: every mistake is an error at its line that says what to write instead. */
class AttributeValidationTest {

    @TempDir
    static Path folder;
    static List<String> problems;

    @BeforeAll
    static void bake() {
        problems = FixtureSite.create(folder)
                .sample("x/Ok.java", "void main() {\n// tag::one[]\nIO.println(\"fine\");\n// end::one[]\n}")
                .page("attrs.adoc", """
                        = Attributes
                        :description: Mistakes in attributes.

                        sample::x/Ok.java[colour=red]

                        sample::x/Ok.java[loud]

                        sample::x/Ok.java[timeout=soon]

                        sample::x/Ok.java[check="unclosed (group"]

                        sample::x/Ok.java[expect=maybe]

                        sample::x/Missing.java[]

                        sample::x/Ok.java[tag=nothere]
                        """)
                .bake();
    }

    @Test
    void unknownAttributeListsTheKnownOnes() {
        assertProblem("content/attrs.adoc:4: sample::x/Ok.java: unknown attribute 'colour'; the attributes are: args, chart");
    }

    @Test
    void valueWithoutNameIsRejected() {
        assertProblem("content/attrs.adoc:6: sample::x/Ok.java: unexpected value 'loud' without a name");
    }

    @Test
    void timeoutMustBeAWholeNumber() {
        assertProblem("content/attrs.adoc:8: sample::x/Ok.java: timeout=soon must be a whole number above 0");
    }

    @Test
    void checkMustBeAValidRegex() {
        assertProblem("content/attrs.adoc:10: sample::x/Ok.java: check=\"unclosed (group\" is not a valid Java regular expression");
    }

    @Test
    void expectTakesThreeWords() {
        assertProblem("content/attrs.adoc:12: sample::x/Ok.java: expect=maybe is not one of ok, fail, timeout");
    }

    @Test
    void missingSampleNamesThePath() {
        assertProblem("content/attrs.adoc:14: sample::x/Missing.java: no such file under samples/: create samples/x/Missing.java");
    }

    @Test
    void anUnknownTagListsTheTagsThereAre() {
        assertProblem("content/attrs.adoc:16: sample::x/Ok.java: tag=nothere is not a region of Ok.java (mark it with // tag::nothere[] and // end::nothere[]; its tags are one)");
    }

    private static void assertProblem(String start) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), "no problem starting with\n" + start + "\nin\n" + String.join("\n", problems));
    }
}
