/**
 * The prose lint: a page's sentences may not type by hand what the build measures or checks — no
 * "(checked)", no measured-looking number beside a sample unless it is one of the sample's inputs.
 */
package measured.prose;
