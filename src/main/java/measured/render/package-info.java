/**
 * All the HTML and files a bake writes for results: outputs, stamps, statistics, tables, sample blocks, JShell
 * blocks, the catalog, samples-report.json and each page's .jsh session.
 */
package measured.render;
