/** The CSV catalogue import: parsing, checks and writing, and its HTTP endpoint. */
@NullMarked
package id.nttmart.catalog.importing;

import org.jspecify.annotations.NullMarked;
