/* yp-report: the result records a report draws on, held for lookup. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "num.h"
#include "rec.h"
#include "sbuf.h"
#include "store.h"
#include "xalloc.h"

void
rp_store_init(struct rp_store *s, const struct yp_config *cfg)
{
	memset(s, 0, sizeof *s);
	s->strings = yp_map_new();
	s->keep = yp_map_new();
	s->index = yp_map_new();
	s->cfg = cfg;
}

void
rp_store_keep_region(struct rp_store *s, const char *region)
{
	yp_map_put(s->keep, region, (void *)1);
}

int
rp_store_keeps(const struct rp_store *s, const char *region)
{
	return yp_map_size(s->keep) == 0 || yp_map_get(s->keep, region) != NULL;
}

static char *
index_key(const char *region, const char *indicator, const char *measure,
	const char *period)
{
	return xasprintf("%s\037%s\037%s\037%s", region, indicator, measure,
	    period);
}

char *
rp_key_text(const char *region, const char *indicator, const char *measure,
	const char *period)
{
	return xasprintf("%s %s %s %s", region, indicator, measure, period);
}

static void
free_rec(struct rp_rec *r)
{
	free(r->source);
	free(r->note);
	free(r);
}

/* Two files with the same record but different numbers: counted by file
 * pair and measure, and said once each in rp_store_finish. */
static void
note_conflict(struct rp_store *s, const struct rp_rec *old,
	const struct rp_rec *now)
{
	struct rp_conflict *c;
	size_t i;

	for (i = 0; i < s->nconflicts; i++) {
		c = &s->conflicts[i];
		if (c->old_file == old->file && c->new_file == now->file &&
		    c->measure == now->measure) {
			c->n++;
			return;
		}
	}
	s->conflicts = xrealloc(s->conflicts,
	    (s->nconflicts + 1) * sizeof *s->conflicts);
	c = &s->conflicts[s->nconflicts++];
	c->old_file = old->file;
	c->new_file = now->file;
	c->measure = now->measure;
	c->example = xasprintf("%s %s %s %s, line %lu against %lu", now->region,
	    now->indicator, now->measure, now->period, now->line, old->line);
	c->n = 1;
}

static void
add_record(struct rp_store *s, const char *path, const struct yp_rec *in)
{
	struct rp_rec *r, *old;
	char *key;

	r = xcalloc(1, sizeof *r);
	r->region = yp_intern(s->strings, in->region);
	r->indicator = yp_intern(s->strings, in->indicator);
	r->measure = yp_intern(s->strings, in->measure);
	r->period = yp_intern(s->strings, in->period);
	r->unit = yp_intern(s->strings, in->unit);
	r->file = yp_intern(s->strings, path);
	r->source = xstrdup(in->source);
	r->note = xstrdup(in->note);
	r->value = in->value;
	r->has_value = in->has_value;
	r->status = in->status;
	r->line = in->line;
	yp_period_parse(in->period, &r->from, &r->to);

	key = index_key(r->region, r->indicator, r->measure, r->period);
	old = yp_map_get(s->index, key);
	if (old) {
		/* the later one wins; say so only when it changes the number */
		if (old->has_value != r->has_value ||
		    (r->has_value && old->value != r->value))
			note_conflict(s, old, r);
		free(old->source);
		free(old->note);
		*old = *r;
		free(r);
		free(key);
		return;
	}
	yp_map_put(s->index, key, r);
	free(key);
	s->recs = xgrow(s->recs, &s->cap, s->n + 1, sizeof *s->recs);
	s->recs[s->n++] = r;
}

int
rp_store_load(struct rp_store *s, const char *path)
{
	struct yp_reader *rd;
	struct yp_rec rec;
	int got;

	rd = yp_reader_open(path);
	if (!rd)
		return -1;
	while ((got = yp_read(rd, &rec)) > 0) {
		if (rp_store_keeps(s, rec.region))
			add_record(s, path, &rec);
	}
	yp_reader_close(rd);
	return got < 0 ? -1 : 0;
}

static int
compare_recs(const void *a, const void *b)
{
	const struct rp_rec *x = *(const struct rp_rec *const *)a;
	const struct rp_rec *y = *(const struct rp_rec *const *)b;
	int c;

	if ((c = strcmp(x->region, y->region)) != 0)
		return c;
	if ((c = strcmp(x->indicator, y->indicator)) != 0)
		return c;
	if ((c = strcmp(x->measure, y->measure)) != 0)
		return c;
	if (x->from != y->from)
		return x->from < y->from ? -1 : 1;
	if (x->to != y->to)
		return x->to < y->to ? -1 : 1;
	return strcmp(x->period, y->period);
}

void
rp_store_finish(struct rp_store *s)
{
	size_t i;

	for (i = 0; i < s->nconflicts; i++) {
		struct rp_conflict *c = &s->conflicts[i];

		yp_warn("%zu record%s of measure %s (e.g. %s) %s in both %s and "
		    "%s with other values; those of %s are used", c->n,
		    c->n == 1 ? "" : "s", c->measure, c->example,
		    c->n == 1 ? "is" : "are", c->old_file, c->new_file,
		    c->new_file);
	}
	if (s->n > 1)
		qsort(s->recs, s->n, sizeof *s->recs, compare_recs);
}

const struct rp_rec *
rp_store_get(const struct rp_store *s, const char *region,
	const char *indicator, const char *measure, const char *period)
{
	char *key = index_key(region, indicator, measure, period);
	const struct rp_rec *r = yp_map_get(s->index, key);

	free(key);
	return r;
}

/* Whether r sorts before the (region, indicator, measure) prefix. */
static int
before_prefix(const struct rp_rec *r, const char *region,
	const char *indicator, const char *measure)
{
	int c = strcmp(r->region, region);

	if (c || !indicator)
		return c < 0;
	if ((c = strcmp(r->indicator, indicator)) != 0 || !measure)
		return c < 0;
	return strcmp(r->measure, measure) < 0;
}

static int
has_prefix(const struct rp_rec *r, const char *region, const char *indicator,
	const char *measure)
{
	return strcmp(r->region, region) == 0 &&
	    (!indicator || strcmp(r->indicator, indicator) == 0) &&
	    (!measure || strcmp(r->measure, measure) == 0);
}

size_t
rp_store_range(const struct rp_store *s, const char *region,
	const char *indicator, const char *measure, size_t *first)
{
	size_t lo = 0, hi = s->n, end;

	if (!indicator)
		measure = NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (before_prefix(s->recs[mid], region, indicator, measure))
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	for (end = lo; end < s->n &&
	    has_prefix(s->recs[end], region, indicator, measure); end++)
		;
	return end - lo;
}

/* Years named in a method source like "cagr(2020,2025)", a span
 * "2021-2025" standing for each of its years. */
static size_t
years_in(const char *s, int *years, size_t max)
{
	size_t n = 0;
	const char *p;
	int y, last;

	for (p = s; *p && n < max; p++) {
		if (p[0] >= '1' && p[0] <= '2' && p[1] >= '0' && p[1] <= '9' &&
		    p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' &&
		    (p == s || p[-1] < '0' || p[-1] > '9') &&
		    (p[4] < '0' || p[4] > '9')) {
			y = atoi(p);
			last = y;
			if (p[4] == '-' && p[5] >= '1' && p[5] <= '2' &&
			    strspn(p + 5, "0123456789") == 4) {
				last = atoi(p + 5);
				p += 5;
			}
			for (; y <= last && n < max; y++)
				years[n++] = y;
			p += 3;
		}
	}
	return n;
}

/* Indicator codes named in a method source ("chain(gdp.index,...)"). */
static size_t
indicators_in(const struct rp_store *s, const char *src, const char **codes,
	size_t max)
{
	char word[128];
	const char *p = src;
	size_t n = 0, k;
	const struct yp_indicator *ind;

	if (!s->cfg)
		return 0;
	while (*p && n < max) {
		k = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789._");
		if (k > 0 && k < sizeof word) {
			memcpy(word, p, k);
			word[k] = '\0';
			ind = yp_indicator_get(s->cfg, word);
			if (ind)
				codes[n++] = ind->code;
		}
		p += k ? k : 1;
	}
	return n;
}

char *
rp_prov(const struct rp_store *s, const struct rp_rec *r)
{
	struct yp_sbuf b = YP_SBUF_INIT;
	const struct yp_indicator *ind = s->cfg ?
	    yp_indicator_get(s->cfg, r->indicator) : NULL;
	char num[YP_NUM_BUFSZ], file[4096], year[8];
	unsigned long line;
	int edition, years[12];
	size_t ny, i;

	if (yp_source_parse(r->source, file, sizeof file, &line, &edition))
		yp_sbuf_printf(&b, "source: %s\n", r->source);
	else
		yp_sbuf_printf(&b, "method: %s\n", r->source);
	yp_sbuf_printf(&b, "%s %s%s%s %s %s", r->region,
	    ind ? ind->name_zh : "", ind ? " " : "", r->indicator, r->measure,
	    r->period);
	if (r->has_value) {
		yp_format_number(r->value, num);
		yp_sbuf_printf(&b, " = %s", num);
		if (*r->unit)
			yp_sbuf_printf(&b, " %s", r->unit);
	}
	if (r->status != 'A')
		yp_sbuf_printf(&b, " [%c]", r->status);
	if (*r->note)
		yp_sbuf_printf(&b, " (%s)", r->note);
	yp_sbuf_printf(&b, "\nrecord: %s:%lu", r->file, r->line);
	if (strcmp(r->measure, "value") != 0) {
		/* a derived record: the observations it was computed from, as
		 * far as its method names them (else the period's ends) */
		const char *codes[4];
		size_t nc = indicators_in(s, r->source, codes, 4), k, shown = 0;

		if (nc == 0)
			codes[nc++] = r->indicator;
		ny = years_in(r->source, years, 12);
		if (ny == 0) {
			years[ny++] = r->from;
			if (r->to != r->from)
				years[ny++] = r->to;
		}
		for (k = 0; k < nc; k++)
			for (i = 0; i < ny && shown < 12; i++) {
				const struct rp_rec *o;

				snprintf(year, sizeof year, "%d", years[i]);
				o = rp_store_get(s, r->region, codes[k], "value", year);
				if (o && o->has_value) {
					yp_sbuf_printf(&b, "\ninput %s %s: %s",
					    codes[k], year, o->source);
					shown++;
				}
			}
	}
	return yp_sbuf_take(&b);
}

void
rp_store_free(struct rp_store *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free_rec(s->recs[i]);
	free(s->recs);
	for (i = 0; i < s->nconflicts; i++)
		free(s->conflicts[i].example);
	free(s->conflicts);
	yp_map_free(s->index, NULL);
	yp_map_free(s->keep, NULL);
	yp_map_free(s->strings, NULL);
	memset(s, 0, sizeof *s);
}
