/* yanpan: a string-keyed hash map (open addressing, FNV-1a). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"
#include "xalloc.h"

struct slot {
	char *key;
	void *value;
};

struct yp_map {
	struct slot *slots;
	size_t cap, n;
};

static uint64_t
hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

struct yp_map *
yp_map_new(void)
{
	struct yp_map *m = xcalloc(1, sizeof *m);

	m->cap = 64;
	m->slots = xcalloc(m->cap, sizeof *m->slots);
	return m;
}

static struct slot *
find(const struct yp_map *m, const char *key)
{
	size_t i = (size_t)hash(key) & (m->cap - 1);

	while (m->slots[i].key && strcmp(m->slots[i].key, key) != 0)
		i = (i + 1) & (m->cap - 1);
	return &m->slots[i];
}

static void
grow(struct yp_map *m)
{
	struct slot *old = m->slots;
	size_t oldcap = m->cap, i;

	m->cap *= 2;
	m->slots = xcalloc(m->cap, sizeof *m->slots);
	for (i = 0; i < oldcap; i++)
		if (old[i].key)
			*find(m, old[i].key) = old[i];
	free(old);
}

void *
yp_map_get(const struct yp_map *m, const char *key)
{
	return find(m, key)->value;
}

void *
yp_map_put(struct yp_map *m, const char *key, void *value)
{
	struct slot *s;
	void *old;

	if (2 * (m->n + 1) > m->cap)
		grow(m);
	s = find(m, key);
	if (!s->key) {
		s->key = xstrdup(key);
		s->value = value;
		m->n++;
		return NULL;
	}
	old = s->value;
	s->value = value;
	return old;
}

size_t
yp_map_size(const struct yp_map *m)
{
	return m->n;
}

void
yp_map_each(const struct yp_map *m,
    void (*fn)(const char *key, void *value, void *ctx), void *ctx)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		if (m->slots[i].key)
			fn(m->slots[i].key, m->slots[i].value, ctx);
}

void
yp_map_free(struct yp_map *m, void (*free_value)(void *))
{
	size_t i;

	if (!m)
		return;
	for (i = 0; i < m->cap; i++) {
		if (!m->slots[i].key)
			continue;
		free(m->slots[i].key);
		if (free_value)
			free_value(m->slots[i].value);
	}
	free(m->slots);
	free(m);
}

const char *
yp_intern(struct yp_map *m, const char *s)
{
	struct slot *slot;

	if (2 * (m->n + 1) > m->cap)
		grow(m);
	slot = find(m, s);
	if (!slot->key) {
		slot->key = xstrdup(s);
		slot->value = slot->key;
		m->n++;
	}
	return slot->key;
}
