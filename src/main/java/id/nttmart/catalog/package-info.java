/** Catalogue: products, producers, licences, categories and images; the catalogue import. */
@NullMarked
package id.nttmart.catalog;

import org.jspecify.annotations.NullMarked;
