/** Stemming, synonyms and highlighting done in the application with Lucene's analyzers. */
@NullMarked
package id.nttmart.search.analysis;

import org.jspecify.annotations.NullMarked;
