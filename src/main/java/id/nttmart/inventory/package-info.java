/** Stock per outlet and product: on hand, reserved, available. */
@NullMarked
package id.nttmart.inventory;

import org.jspecify.annotations.NullMarked;
