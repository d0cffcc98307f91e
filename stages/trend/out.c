/* yp-trend: gathering result records per region, sorting and writing
 * them; plan periods; the small helpers every part uses. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trend.h"
#include "xalloc.h"

static const struct plan plans[] = {
	{ "六五", 1980, 1985 }, { "七五", 1985, 1990 }, { "八五", 1990, 1995 },
	{ "九五", 1995, 2000 }, { "十五", 2000, 2005 }, { "十一五", 2005, 2010 },
	{ "十二五", 2010, 2015 }, { "十三五", 2015, 2020 },
	{ "十四五", 2020, 2025 }, { "十五五", 2025, 2030 },
};

const struct plan *
plan_list(size_t *n)
{
	*n = sizeof plans / sizeof plans[0];
	return plans;
}

const struct plan *
plan_ending(int end)
{
	size_t i;

	for (i = 0; i < sizeof plans / sizeof plans[0]; i++)
		if (plans[i].end == end)
			return &plans[i];
	return NULL;
}

int
series_get(const struct series *s, int year, double *v, char *st)
{
	char c;

	if (!s || year < s->first || year > s->last)
		return 0;
	c = s->st[year - s->first];
	if (c == 0 || c == YP_STATUS_MISSING)
		return 0;
	if (v)
		*v = s->v[year - s->first];
	if (st)
		*st = c;
	return 1;
}

static int
series_cmp_key(const void *key, const void *elem)
{
	const struct series *s = elem;

	return strcmp(key, s->indicator);
}

const struct series *
region_series(const struct region_data *rd, const char *indicator)
{
	if (!rd || rd->ns == 0)
		return NULL;
	return bsearch(indicator, rd->s, rd->ns, sizeof *rd->s,
	    series_cmp_key);
}

/* ---- the arena: strings of one region's results ------------------------ */

struct arena_chunk {
	struct arena_chunk *next;
	size_t used, size;
	char data[];
};

void
outbuf_init(struct outbuf *o)
{
	memset(o, 0, sizeof *o);
}

void
outbuf_free(struct outbuf *o)
{
	struct arena_chunk *c, *next;

	for (c = o->chunks; c; c = next) {
		next = c->next;
		free(c);
	}
	free(o->r);
	memset(o, 0, sizeof *o);
}

static char *
arena_alloc(struct outbuf *o, size_t n)
{
	struct arena_chunk *c = o->chunks;
	size_t size;

	if (!c || c->size - c->used < n) {
		size = n > 16384 ? n : 16384;
		c = xmalloc(sizeof *c + size);
		c->used = 0;
		c->size = size;
		c->next = o->chunks;
		o->chunks = c;
	}
	c->used += n;
	return c->data + c->used - n;
}

const char *
out_str(struct outbuf *o, const char *s)
{
	size_t n;
	char *p;

	if (!s || !*s)
		return "";
	n = strlen(s) + 1;
	p = arena_alloc(o, n);
	memcpy(p, s, n);
	return p;
}

const char *
out_cat(struct outbuf *o, ...)
{
	va_list ap;
	const char *part;
	size_t n = 0, len;
	char *p, *q;

	va_start(ap, o);
	while ((part = va_arg(ap, const char *)) != NULL)
		n += strlen(part);
	va_end(ap);
	p = q = arena_alloc(o, n + 1);
	va_start(ap, o);
	while ((part = va_arg(ap, const char *)) != NULL) {
		len = strlen(part);
		memcpy(q, part, len);
		q += len;
	}
	va_end(ap);
	*q = '\0';
	return p;
}

const char *
out_fmt(struct outbuf *o, const char *fmt, ...)
{
	va_list ap;
	char buf[256], *p;
	int n;

	/* Format once into a buffer on the stack; only a long text is
	 * formatted a second time, into the arena. */
	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	p = arena_alloc(o, (size_t)n + 1);
	if ((size_t)n < sizeof buf) {
		memcpy(p, buf, (size_t)n + 1);
	} else {
		va_start(ap, fmt);
		vsnprintf(p, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	return p;
}

static struct out_rec *
out_add(struct outbuf *o, const char *indicator, const char *measure,
	const char *period, const char *unit, const char *source,
	const char *note)
{
	struct out_rec *r;

	o->r = xgrow(o->r, &o->cap, o->n, sizeof *o->r);
	r = &o->r[o->n++];
	r->indicator = out_str(o, indicator);
	r->measure = out_str(o, measure);
	r->unit = out_str(o, unit);
	r->source = out_str(o, source);
	r->note = out_str(o, note);
	{
		size_t n = strlen(period);

		if (n >= sizeof r->period)
			n = sizeof r->period - 1;
		memcpy(r->period, period, n);
		r->period[n] = '\0';
	}
	return r;
}

void
out_value(struct outbuf *o, const char *indicator, const char *measure,
	const char *period, double value, const char *unit, char status,
	const char *source, const char *note)
{
	struct out_rec *r = out_add(o, indicator, measure, period, unit,
	    source, note);

	r->value = value;
	r->status = status == YP_STATUS_MISSING ? YP_STATUS_NORMAL : status;
}

void
out_missing(struct outbuf *o, const char *indicator, const char *measure,
	const char *period, const char *unit, const char *source,
	const char *note)
{
	struct out_rec *r = out_add(o, indicator, measure, period, unit,
	    source, note);

	r->value = 0;
	r->status = YP_STATUS_MISSING;
}

static int
out_cmp_in_series(const void *a, const void *b)
{
	const struct out_rec *x = a, *y = b;
	int c;

	if ((c = strcmp(x->measure, y->measure)) != 0)
		return c;
	return strcmp(x->period, y->period);
}

static int
out_cmp(const void *a, const void *b)
{
	const struct out_rec *x = a, *y = b;
	int c;

	if ((c = strcmp(x->indicator, y->indicator)) != 0)
		return c;
	return out_cmp_in_series(a, b);
}

void
outbuf_sort(struct outbuf *o)
{
	size_t i, from, to;

	if (o->n < 2)
		return;
	/* Records come series by series, and series mostly in order of
	 * their indicator: then sorting each series' run by measure and
	 * period is the whole sort, at a fraction of the comparisons. */
	for (i = 1; i < o->n; i++)
		if (strcmp(o->r[i - 1].indicator, o->r[i].indicator) > 0)
			break;
	if (i < o->n) {
		qsort(o->r, o->n, sizeof *o->r, out_cmp);
		return;
	}
	for (from = 0; from < o->n; from = to) {
		for (to = from + 1; to < o->n && strcmp(o->r[from].indicator,
		    o->r[to].indicator) == 0; to++)
			;
		if (to - from > 1)
			qsort(o->r + from, to - from, sizeof *o->r,
			    out_cmp_in_series);
	}
}

void
outbuf_write(struct outbuf *o, const char *region, struct yp_writer *w)
{
	struct yp_rec rec;
	size_t i;

	for (i = 0; i < o->n; i++) {
		const struct out_rec *r = &o->r[i];

		yp_rec_init(&rec);
		rec.region = region;
		rec.indicator = r->indicator;
		rec.measure = r->measure;
		rec.period = r->period;
		rec.value = r->value;
		rec.has_value = r->status != YP_STATUS_MISSING;
		rec.unit = r->unit;
		rec.status = r->status;
		rec.source = r->source;
		rec.note = r->note;
		yp_write(w, &rec);
	}
	o->n = 0;
}

/* ---- small helpers ------------------------------------------------------ */

static int
status_rank(char c)
{
	switch (c) {
	case YP_STATUS_PROVISIONAL: return 1;
	case YP_STATUS_IMPUTED: return 2;
	case YP_STATUS_ESTIMATED: return 3;
	default: return 0;
	}
}

char
status_combine(char a, char b)
{
	char x = status_rank(a) >= status_rank(b) ? a : b;

	return status_rank(x) ? x : YP_STATUS_NORMAL;
}

void
period_span(char *buf, int from, int to)
{
	snprintf(buf, 12, "%d-%d", from, to);
}

void
period_year(char *buf, int year)
{
	snprintf(buf, 12, "%d", year);
}

enum kind
series_kind(const struct series *s)
{
	const char *k = s->ind ? s->ind->kind : NULL;

	if (k && strcmp(k, "rate") == 0)
		return KIND_RATE;
	if (k && strcmp(k, "index") == 0)
		return KIND_INDEX;
	if (k && strcmp(k, "amount") == 0)
		return KIND_AMOUNT;
	/* Not in indicators.csv: judge by the unit. */
	if (s->unit && (strcmp(s->unit, "%") == 0 || strcmp(s->unit, "‰") == 0))
		return KIND_RATE;
	if (s->unit && strstr(s->unit, "=100"))
		return KIND_INDEX;
	return KIND_AMOUNT;
}

int
series_is_money(const struct series *s)
{
	/* 元, 万元, 亿元, 元/人, 美元, 万美元 ...: values at current prices */
	return s->unit && strstr(s->unit, "元") != NULL;
}
