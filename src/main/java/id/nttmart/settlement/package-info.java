/**
 * Producer settlement (consignment): per outlet, producer and month (WITA), what was sold, the outlet's 10 % and the
 * producer's 90 %, exportable as CSV and reconcilable line by line with the orders.
 */
@NullMarked
package id.nttmart.settlement;

import org.jspecify.annotations.NullMarked;
