/**
 * The province's dashboards for administrators: sales per month (WITA) by outlet, regency, island, program and
 * category against the governor's target, producers and products per regency, top products, a map of the outlets,
 * CSV of every figure and a JSON API. The figures read monthly aggregates kept in step with the orders
 * ({@link id.nttmart.dashboard.SalesLedger}), never the orders themselves.
 */
@NullMarked
package id.nttmart.dashboard;

import org.jspecify.annotations.NullMarked;
