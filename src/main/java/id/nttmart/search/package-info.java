/** Product search on Elasticsearch: index definitions, the outbox relay, queries and the search API. */
@NullMarked
package id.nttmart.search;

import org.jspecify.annotations.NullMarked;
