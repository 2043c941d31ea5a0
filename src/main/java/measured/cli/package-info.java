/**
 * The command line: {@code bake} builds the site once, {@code serve} builds, serves and re-bakes on change.
 */
package measured.cli;
