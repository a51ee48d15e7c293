/** The demo catalogue of the embedded default and the generator of large synthetic catalogues. */
@NullMarked
package id.nttmart.catalog.demo;

import org.jspecify.annotations.NullMarked;
