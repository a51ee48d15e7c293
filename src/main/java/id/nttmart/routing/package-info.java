/** Routing: which outlet fulfils which lines of an order, by rules in a fixed order. */
@NullMarked
package id.nttmart.routing;

import org.jspecify.annotations.NullMarked;
