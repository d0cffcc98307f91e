/* yp-plot: the records the catalogue charts, held compactly and indexed
 * by region, indicator and measure. */
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "charts.h"
#include "text.h"
#include "xalloc.h"

#define KEY_SEP "\037"

static char *
run_key(const char *region, const char *indicator, const char *measure)
{
	return xasprintf("%s" KEY_SEP "%s" KEY_SEP "%s", region, indicator,
	    measure);
}

static void
want_series(struct store *s, const struct series_spec *sp, size_t *pcap)
{
	size_t i;

	if (!sp->indicator)
		return;
	if (!sp->prefix) {
		yp_map_put(s->want_ind, sp->indicator, (void *)sp->indicator);
		return;
	}
	for (i = 0; i < s->nwant_prefix; i++)
		if (strcmp(s->want_prefix[i], sp->indicator) == 0)
			return;
	s->want_prefix = xgrow(s->want_prefix, pcap, s->nwant_prefix + 1,
	    sizeof *s->want_prefix);
	s->want_prefix[s->nwant_prefix++] = xstrdup(sp->indicator);
}

void
store_init(struct store *s, struct yp_map *strings,
    const struct yp_config *cfg, const struct catalogue *cat)
{
	size_t i, j, pcap = 0;

	memset(s, 0, sizeof *s);
	s->strings = strings;
	s->cfg = cfg;
	s->want_ind = yp_map_new();
	s->want_region = yp_map_new();
	for (i = 0; i < cat->ncharts; i++) {
		const struct chart *c = &cat->charts[i];

		for (j = 0; j < c->nregions; j++)
			yp_map_put(s->want_region, c->regions[j], (void *)c->regions[j]);
		if (c->parent)
			yp_map_put(s->want_region, c->parent, (void *)c->parent);
		for (j = 0; j < c->nseries; j++)
			want_series(s, &c->series[j], &pcap);
		if (c->has_total)
			want_series(s, &c->total, &pcap);
		/* Target charts read every target record of their regions. */
		if (c->type == CHART_TARGET14 || c->type == CHART_TARGET15) {
			s->want_prefix = xgrow(s->want_prefix, &pcap,
			    s->nwant_prefix + 1, sizeof *s->want_prefix);
			s->want_prefix[s->nwant_prefix++] = xstrdup("");
		}
	}
}

static int
wanted(const struct store *s, const struct yp_rec *r)
{
	size_t i;

	if (!yp_map_get(s->want_region, r->region))
		return 0;
	if (yp_map_get(s->want_ind, r->indicator))
		return 1;
	for (i = 0; i < s->nwant_prefix; i++)
		if (yp_starts_with(r->indicator, s->want_prefix[i]))
			return 1;
	return 0;
}

/* The region a file's name starts with, up to its first '_', or NULL. */
static const char *
file_region(const struct yp_config *cfg, const char *path)
{
	const char *base = strrchr(path, '/'), *us;
	const struct yp_region *r;
	char *head;

	base = base ? base + 1 : path;
	us = strchr(base, '_');
	if (!us)
		return NULL;
	head = xstrndup(base, (size_t)(us - base));
	r = yp_region_match(cfg, head);
	free(head);
	return r ? r->name : NULL;
}

const char *
source_origin(const struct yp_config *cfg, struct yp_map *strings,
    const char *source)
{
	char file[4096];
	unsigned long line;
	const struct yp_source *src;
	const char *base;
	int edition;

	/* A raw table is a file with an extension (.csv, .xlsx); "名:34"
	 * without one is some method's own reference, not a table, and a
	 * config table (plan targets in config/targets.csv) is a setting,
	 * not a source of figures. */
	if (!yp_source_parse(source, file, sizeof file, &line, &edition) ||
	    !strchr(strrchr(file, '/') ? strrchr(file, '/') : file, '.') ||
	    yp_starts_with(file, "config/") || strstr(file, "/config/") ||
	    (cfg->dir && yp_starts_with(file, cfg->dir)))
		return NULL;
	src = yp_source_for(cfg, file);
	/* "统计局" of a file whose row names the region 示例县 is
	 * 示例县统计局, as a source line names it; without a region in the
	 * row, the region the file's name starts with ("示例市_各县主要指标
	 * .csv": 示例市), when config/regions.csv knows it. */
	if (src && src->department && *src->department) {
		const char *origin, *region = src->region;
		char *full;

		if (!region || !*region)
			region = file_region(cfg, file);
		if (!region || !*region ||
		    yp_starts_with(src->department, region))
			return yp_intern(strings, src->department);
		full = xasprintf("%s%s", region, src->department);
		origin = yp_intern(strings, full);
		free(full);
		return origin;
	}
	base = strrchr(file, '/');
	return yp_intern(strings, base ? base + 1 : file);
}

int
store_read(struct store *s, const char *path)
{
	struct yp_reader *r = yp_reader_open(path);
	struct yp_rec rec;
	int rc;

	if (!r)
		return 1;
	while ((rc = yp_read(r, &rec)) > 0) {
		struct obs *o;
		int from, to;

		if (!wanted(s, &rec) || strcmp(rec.measure, "footnote") == 0)
			continue;
		if (!yp_period_parse(rec.period, &from, &to))
			continue;	/* yp_read has checked it */
		s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof *s->v);
		o = &s->v[s->n];
		o->region = yp_intern(s->strings, rec.region);
		o->indicator = yp_intern(s->strings, rec.indicator);
		o->measure = yp_intern(s->strings, rec.measure);
		o->unit = yp_intern(s->strings, rec.unit);
		o->origin = source_origin(s->cfg, s->strings, rec.source);
		/* Notes are long and mostly unused; a target's says whether
		 * it is binding, a verdict's names the verdict. */
		o->note = strcmp(rec.measure, "target") == 0 ||
		    strcmp(rec.measure, "verdict") == 0 ?
		    yp_intern(s->strings, rec.note) : NULL;
		o->value = rec.value;
		o->has_value = (unsigned char)rec.has_value;
		o->status = rec.status;
		o->from = from;
		o->to = to;
		o->seq = (unsigned)s->n;
		s->n++;
	}
	yp_reader_close(r);
	return rc < 0 ? 1 : 0;
}

static int
cmp_obs(const void *a, const void *b)
{
	const struct obs *x = a, *y = b;
	int c;

	if ((c = strcmp(x->region, y->region)) != 0 ||
	    (c = strcmp(x->indicator, y->indicator)) != 0 ||
	    (c = strcmp(x->measure, y->measure)) != 0)
		return c;
	if (x->from != y->from)
		return x->from < y->from ? -1 : 1;
	if (x->to != y->to)
		return x->to < y->to ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int
same_key(const struct obs *a, const struct obs *b)
{
	/* Interned: equal strings are equal pointers. */
	return a->region == b->region && a->indicator == b->indicator &&
	    a->measure == b->measure;
}

void
store_index(struct store *s)
{
	size_t i, j, n = 0, cap = 0;

	if (s->n)
		qsort(s->v, s->n, sizeof *s->v, cmp_obs);
	/* One record per key and period: the one read last wins (a later
	 * file on the command line, a later edition). */
	for (i = 0; i < s->n; i++) {
		if (n > 0 && same_key(&s->v[n - 1], &s->v[i]) &&
		    s->v[n - 1].from == s->v[i].from &&
		    s->v[n - 1].to == s->v[i].to)
			n--;
		s->v[n++] = s->v[i];
	}
	s->n = n;
	s->runs = yp_map_new();
	for (i = 0; i < s->n; i = j) {
		struct obs_run *run;

		for (j = i + 1; j < s->n && same_key(&s->v[i], &s->v[j]); j++)
			;
		s->run_list = xgrow(s->run_list, &cap, s->nruns + 1,
		    sizeof *s->run_list);
		run = &s->run_list[s->nruns++];
		run->v = &s->v[i];
		run->n = j - i;
	}
	/* The map points into run_list, which no longer moves. */
	for (i = 0; i < s->nruns; i++) {
		const struct obs *o = s->run_list[i].v;
		char *key = run_key(o->region, o->indicator, o->measure);

		yp_map_put(s->runs, key, &s->run_list[i]);
		free(key);
	}
}

const struct obs_run *
store_run(const struct store *s, const char *region, const char *indicator,
    const char *measure)
{
	char *key;
	const struct obs_run *run;

	if (!s->runs)
		return NULL;
	key = run_key(region, indicator, measure);
	run = yp_map_get(s->runs, key);
	free(key);
	return run;
}

void
store_free(struct store *s)
{
	size_t i;

	yp_map_free(s->want_ind, NULL);
	yp_map_free(s->want_region, NULL);
	for (i = 0; i < s->nwant_prefix; i++)
		free(s->want_prefix[i]);
	free(s->want_prefix);
	if (s->runs)
		yp_map_free(s->runs, NULL);
	free(s->run_list);
	free(s->v);
}
