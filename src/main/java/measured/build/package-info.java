/**
 * One bake of the site, read top to bottom in {@link measured.build.Bake}: plan the pages, run what the cache
 * lacks, verify every outcome against its page's claims, render with JBake, publish only when nothing went
 * wrong. {@link measured.build.SiteBuilder} keeps what is slow to start between bakes.
 */
package measured.build;
