/** SVG bar and line charts drawn at build time, directly from the data of a result table. */
package measured.measure.chart;
