/**
 * The numbers a sample reports (reported numbers, result tables), their statistics over the runs of a
 * measurement, the numeric claims a page makes on them ({@code require=}), and the charts it asks for.
 */
package measured.measure;
