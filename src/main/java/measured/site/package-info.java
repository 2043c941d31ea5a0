/**
 * The site as a whole: its layout on disk (the one owner of content/, samples/, templates/, assets/) and its
 * navigation (chapters, pages, previous and next) for the templates.
 */
package measured.site;
