/* yp-clean: strings held once each, named by small numbers. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"
#include "msg.h"
#include "pool.h"
#include "xalloc.h"

void
pool_init(struct pool *p)
{
	memset(p, 0, sizeof *p);
	p->ids = yp_map_new();
}

void
pool_free(struct pool *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->str[i]);
	free(p->str);
	free(p->rank);
	yp_map_free(p->ids, NULL);
	memset(p, 0, sizeof *p);
}

uint32_t
pool_id(struct pool *p, const char *s)
{
	uintptr_t v = (uintptr_t)yp_map_get(p->ids, s);

	if (v)
		return (uint32_t)(v - 1);
	if (p->n >= UINT32_MAX - 1)
		yp_die(YP_EXIT_DATA, "more than 4 billion distinct strings");
	p->str = xgrow(p->str, &p->cap, p->n, sizeof *p->str);
	p->str[p->n] = xstrdup(s);
	yp_map_put(p->ids, s, (void *)(uintptr_t)(p->n + 1));
	return (uint32_t)p->n++;
}

int
pool_find(const struct pool *p, const char *s, uint32_t *id)
{
	uintptr_t v = (uintptr_t)yp_map_get(p->ids, s);

	if (!v)
		return 0;
	*id = (uint32_t)(v - 1);
	return 1;
}

const char *
pool_str(const struct pool *p, uint32_t id)
{
	return p->str[id];
}

static int
by_string(const void *a, const void *b)
{
	return strcmp(**(char *const *const *)a, **(char *const *const *)b);
}

void
pool_rank(struct pool *p)
{
	char ***order = xmalloc((p->n ? p->n : 1) * sizeof *order);
	size_t i;

	for (i = 0; i < p->n; i++)
		order[i] = &p->str[i];
	qsort(order, p->n, sizeof *order, by_string);
	free(p->rank);
	p->rank = xmalloc((p->n ? p->n : 1) * sizeof *p->rank);
	for (i = 0; i < p->n; i++)
		p->rank[order[i] - p->str] = (uint32_t)i;
	free(order);
}
