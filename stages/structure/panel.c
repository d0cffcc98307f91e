/* yp-structure: the yearly observations a run holds, by region and indicator. */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "num.h"
#include "panel.h"
#include "rec.h"
#include "xalloc.h"

struct panel *
panel_new(const struct yp_config *cfg)
{
	struct panel *p = xcalloc(1, sizeof *p);

	p->cfg = cfg;
	p->names = yp_map_new();
	p->series = yp_map_new();
	p->keep = yp_map_new();
	p->region_index = yp_map_new();
	return p;
}

static void
free_series(void *v)
{
	struct series *s = v;

	free(s->v);
	free(s->st);
	free(s);
}

void
panel_free(struct panel *p)
{
	size_t i;

	if (!p)
		return;
	yp_map_free(p->series, free_series);
	yp_map_free(p->keep, NULL);
	yp_map_free(p->region_index, NULL);
	yp_map_free(p->names, NULL);
	free(p->keep_patterns);
	for (i = 0; i < p->nregions; i++)
		free(p->regions[i].series);
	free(p->regions);
	free(p);
}

const char *
panel_intern(struct panel *p, const char *s)
{
	return yp_intern(p->names, s);
}

void
panel_keep(struct panel *p, const char *code)
{
	yp_map_put(p->keep, code, (void *)1);
}

void
panel_keep_pattern(struct panel *p, const char *pattern)
{
	p->keep_patterns = xrealloc(p->keep_patterns,
	    (p->nkeep_patterns + 1) * sizeof *p->keep_patterns);
	p->keep_patterns[p->nkeep_patterns++] = panel_intern(p, pattern);
}

static int
kept(const struct panel *p, const char *code)
{
	size_t i;

	if (yp_map_get(p->keep, code))
		return 1;
	for (i = 0; i < p->nkeep_patterns; i++)
		if (fnmatch(p->keep_patterns[i], code, 0) == 0)
			return 1;
	return 0;
}

static char *
series_key(const char *region, const char *indicator)
{
	return xasprintf("%s\037%s", region, indicator);
}

/* Make room in s for year y. */
static void
series_cover(struct series *s, int y)
{
	int first, last, n;
	double *v;
	char *st;

	if (s->n && y >= s->first && y < s->first + s->n)
		return;
	first = s->n ? (y < s->first ? y : s->first) : y;
	last = s->n ? (y >= s->first + s->n ? y : s->first + s->n - 1) : y;
	n = last - first + 1;
	v = xcalloc((size_t)n, sizeof *v);
	st = xcalloc((size_t)n, 1);
	if (s->n) {
		memcpy(v + (s->first - first), s->v, (size_t)s->n * sizeof *v);
		memcpy(st + (s->first - first), s->st, (size_t)s->n);
	}
	free(s->v);
	free(s->st);
	s->v = v;
	s->st = st;
	s->first = first;
	s->n = n;
}

static struct region_span *
region_span_for(struct panel *p, const char *name)
{
	size_t i = (size_t)yp_map_get(p->region_index, name);

	if (i)
		return &p->regions[i - 1];
	p->regions = xrealloc(p->regions, (p->nregions + 1) * sizeof *p->regions);
	p->regions[p->nregions].name = name;
	p->regions[p->nregions].parent = NULL;
	p->regions[p->nregions].first = 9999;
	p->regions[p->nregions].last = 0;
	p->regions[p->nregions].series = NULL;
	p->regions[p->nregions].nseries = 0;
	yp_map_put(p->region_index, name, (void *)(p->nregions + 1));
	return &p->regions[p->nregions++];
}

/* File one record; returns 0 or YP_EXIT_DATA after a message. */
static int
panel_add(struct panel *p, const struct yp_rec *rec, const char *file)
{
	const struct yp_indicator *ind = yp_indicator_get(p->cfg, rec->indicator);
	struct region_span *rs;
	struct series *s;
	const char *unit;
	double f = 1, v = rec->value;
	int y, to, k;
	char *key;

	if (strcmp(rec->measure, "value") != 0 ||
	    !yp_period_parse(rec->period, &y, &to) || y != to ||
	    !kept(p, rec->indicator))
		return 0;
	unit = ind ? ind->unit : rec->unit;
	if (rec->has_value && *rec->unit && strcmp(rec->unit, unit) != 0) {
		switch (yp_unit_factor(p->cfg, rec->unit, unit, &f)) {
		case 1:
			break;
		case 0:
			yp_warn_at(file, rec->line, "%s is in %s, which does not "
			    "convert to its unit %s; fix the unit or run yp-clean "
			    "first", rec->indicator, rec->unit, unit);
			return YP_EXIT_DATA;
		default:
			yp_warn_at(file, rec->line, "unit \"%s\" of %s is not in "
			    "units.csv; add it there or run yp-clean first",
			    rec->unit, rec->indicator);
			return YP_EXIT_DATA;
		}
		v *= f;
	}
	key = series_key(rec->region, rec->indicator);
	s = yp_map_get(p->series, key);
	if (!s) {
		s = xcalloc(1, sizeof *s);
		s->region = panel_intern(p, rec->region);
		s->indicator = panel_intern(p, rec->indicator);
		s->unit = panel_intern(p, unit);
		s->file = panel_intern(p, file);
		s->line = rec->line;
		yp_map_put(p->series, key, s);
	}
	free(key);
	series_cover(s, y);
	k = y - s->first;
	if (s->st[k] && s->st[k] != 'M' && rec->has_value) {
		if (s->v[k] != v) {
			char a[YP_NUM_BUFSZ], b[YP_NUM_BUFSZ];

			yp_format_number(s->v[k], a);
			yp_format_number(v, b);
			yp_warn_at(file, rec->line, "%s %s %d has two values, %s "
			    "and %s; run yp-clean to reconcile the editions",
			    rec->region, rec->indicator, y, a, b);
			return YP_EXIT_DATA;
		}
		return 0;
	}
	if (rec->has_value) {
		s->v[k] = v;
		s->st[k] = rec->status;
	} else if (!s->st[k]) {
		s->st[k] = 'M';
	}
	rs = region_span_for(p, s->region);
	if (y < rs->first)
		rs->first = y;
	if (y > rs->last)
		rs->last = y;
	p->records++;
	return 0;
}

static int
add_one(const struct yp_rec *rec, const char *name, void *p)
{
	return panel_add(p, rec, name);
}

int
panel_read(struct panel *p, const char *path)
{
	return yp_read_each(path, add_one, p);
}

static void
list_series(const char *key, void *value, void *ctx)
{
	struct panel *p = ctx;
	const struct series *s = value;
	struct region_span *rs = &p->regions[(size_t)yp_map_get(p->region_index,
	    s->region) - 1];

	(void)key;
	rs->series = xrealloc(rs->series, (rs->nseries + 1) *
	    sizeof *rs->series);
	rs->series[rs->nseries++] = s;
}

static int
compare_series_codes(const void *a, const void *b)
{
	return strcmp((*(const struct series *const *)a)->indicator,
	    (*(const struct series *const *)b)->indicator);
}

static int
compare_spans(const void *a, const void *b)
{
	return strcmp(((const struct region_span *)a)->name,
	    ((const struct region_span *)b)->name);
}

void
panel_done(struct panel *p)
{
	const struct yp_region *r, *parent;
	size_t i;

	if (p->nregions)
		qsort(p->regions, p->nregions, sizeof *p->regions,
		    compare_spans);
	for (i = 0; i < p->nregions; i++) {
		yp_map_put(p->region_index, p->regions[i].name, (void *)(i + 1));
		r = yp_region_get(p->cfg, p->regions[i].name);
		parent = r && r->parent && *r->parent ?
		    yp_region_by_code(p->cfg, r->parent) : NULL;
		p->regions[i].parent = parent ?
		    panel_intern(p, parent->name) : NULL;
	}
	yp_map_each(p->series, list_series, p);
	for (i = 0; i < p->nregions; i++)
		if (p->regions[i].nseries)
			qsort(p->regions[i].series, p->regions[i].nseries,
			    sizeof *p->regions[i].series, compare_series_codes);
}

const struct series *
panel_series(const struct panel *p, const char *region, const char *indicator)
{
	char *key = series_key(region, indicator);
	const struct series *s = yp_map_get(p->series, key);

	free(key);
	return s;
}

const struct region_span *
panel_region(const struct panel *p, const char *name)
{
	size_t i = (size_t)yp_map_get(p->region_index, name);

	return i ? &p->regions[i - 1] : NULL;
}

int
series_get(const struct series *s, int y, double *v, char *st)
{
	int k;

	if (!s || y < s->first || y >= s->first + s->n)
		return 0;
	k = y - s->first;
	if (!s->st[k] || s->st[k] == 'M')
		return 0;
	*v = s->v[k];
	if (st)
		*st = s->st[k];
	return 1;
}

int
series_has_record(const struct series *s, int y)
{
	return s && y >= s->first && y < s->first + s->n && s->st[y - s->first];
}

size_t
panel_matching(const struct panel *p, const char *region, const char *pattern,
    const struct series **out, size_t max)
{
	const struct region_span *rs = panel_region(p, region);
	size_t i, n = 0;

	for (i = 0; rs && i < rs->nseries && n < max; i++)
		if (fnmatch(pattern, rs->series[i]->indicator, 0) == 0)
			out[n++] = rs->series[i];
	return n;
}
