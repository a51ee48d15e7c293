/** The staff console's Vaadin views: the shipment queue ({@code /staf}), packing slips and the stock desk. */
@NullMarked
package id.nttmart.staff.ui;

import org.jspecify.annotations.NullMarked;
