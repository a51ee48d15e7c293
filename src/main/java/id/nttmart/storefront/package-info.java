/** The public storefront's Vaadin views: home, search results, product pages. */
@NullMarked
package id.nttmart.storefront;

import org.jspecify.annotations.NullMarked;
