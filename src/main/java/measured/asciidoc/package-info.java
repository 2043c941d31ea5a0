/**
 * The AsciiDoc side of a bake: the planning step that parses each page and reads its {@code sample::} and
 * {@code [source,jshell]} blocks with their attributes (the closed set CONTRIBUTING.md documents), and the
 * rendering step — JBake's engine and the Asciidoctor extensions that put each verified result into its page.
 */
package measured.asciidoc;
