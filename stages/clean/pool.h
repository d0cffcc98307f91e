/* yp-clean: strings held once each, named by small numbers. */
#ifndef YP_CLEAN_POOL_H
#define YP_CLEAN_POOL_H

#include <stddef.h>
#include <stdint.h>

/* yp-clean holds millions of records whose regions, indicators, units,
 * notes and source files repeat: each record keeps 32-bit ids into one
 * pool instead of pointers, and the pool's ranks let records be sorted
 * by integer comparison in the byte order of the strings. */
struct pool {
	struct yp_map *ids;	/* string -> id + 1 */
	char **str;		/* id -> string */
	uint32_t *rank;		/* id -> place in byte order (pool_rank) */
	size_t n, cap;
};

void pool_init(struct pool *p);
void pool_free(struct pool *p);
/* The id of s, added when new.  Ranks must be recomputed after adding. */
uint32_t pool_id(struct pool *p, const char *s);
/* The id of s: 1 when present, else 0. */
int pool_find(const struct pool *p, const char *s, uint32_t *id);
const char *pool_str(const struct pool *p, uint32_t id);
/* Rank every string by strcmp, so that rank[a] < rank[b] exactly when
 * strcmp(str[a], str[b]) < 0. */
void pool_rank(struct pool *p);

#endif
