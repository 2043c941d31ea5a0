/**
 * What a bake will run and what each page claims about it, found before anything runs: the plan of every page
 * and the problems found while reading it.
 */
package measured.plan;
