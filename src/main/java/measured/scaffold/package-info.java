/**
 * Starting a new page and its sample from templates ({@code exec:java@new-page}).
 */
package measured.scaffold;
