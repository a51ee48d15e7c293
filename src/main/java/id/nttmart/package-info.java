/** NTT Mart online: the application and its feature modules, one package each. */
@NullMarked
package id.nttmart;

import org.jspecify.annotations.NullMarked;
