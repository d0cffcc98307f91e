/* yanpan: a string-keyed hash map, and string interning on top of it. */
#ifndef YP_MAP_H
#define YP_MAP_H

#include <stddef.h>

struct yp_map;

struct yp_map *yp_map_new(void);
/* The value stored under key, or NULL. */
void *yp_map_get(const struct yp_map *m, const char *key);
/* Store value under a copy of key, replacing what was there; returns the
 * value it replaced (or NULL). */
void *yp_map_put(struct yp_map *m, const char *key, void *value);
size_t yp_map_size(const struct yp_map *m);
/* Visit every entry in an unspecified order. */
void yp_map_each(const struct yp_map *m,
	void (*fn)(const char *key, void *value, void *ctx), void *ctx);
/* Free the map; free_value (may be NULL) is called on every value. */
void yp_map_free(struct yp_map *m, void (*free_value)(void *));

/* The one copy of s kept in m: equal strings get the same pointer, which
 * lives as long as m.  Records that a stage must hold keep their region,
 * indicator and unit this way, once each. */
const char *yp_intern(struct yp_map *m, const char *s);

#endif
