/* yanpan: result records a stage buffers, sorted before they are written. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "results.h"
#include "xalloc.h"

static struct yp_result *
results_add(struct yp_results *o, const char *region, const char *indicator,
    const char *measure, int from, int to, const char *unit,
    const char *source)
{
	struct yp_result *r;

	o->r = xgrow(o->r, &o->cap, o->n + 1, sizeof *o->r);
	r = &o->r[o->n++];
	memset(r, 0, sizeof *r);
	r->region = region;
	r->indicator = indicator;
	r->measure = measure;
	r->unit = unit ? unit : "";
	if (from == to)
		snprintf(r->period, sizeof r->period, "%d", from);
	else
		snprintf(r->period, sizeof r->period, "%d-%d", from, to);
	r->source = xstrdup(source ? source : "");
	return r;
}

struct yp_result *
yp_results_value(struct yp_results *o, const char *region, const char *indicator,
    const char *measure, int from, int to, const char *unit, double value,
    char status, const char *source)
{
	struct yp_result *r = results_add(o, region, indicator, measure, from, to,
	    unit, source);

	r->value = value;
	r->has_value = 1;
	r->status = yp_status_weakest(status, 'A');
	return r;
}

struct yp_result *
yp_results_missing(struct yp_results *o, const char *region, const char *indicator,
    const char *measure, int from, int to, const char *unit,
    const char *source, const char *fmt, ...)
{
	struct yp_result *r = results_add(o, region, indicator, measure, from, to,
	    unit, source);
	char *reason;
	va_list ap;

	va_start(ap, fmt);
	if (vasprintf(&reason, fmt, ap) < 0)
		reason = NULL;
	va_end(ap);
	if (!reason)
		reason = xstrdup("?");
	r->status = 'M';
	r->note = xasprintf("not computable: %s", reason);
	free(reason);
	o->missing++;
	return r;
}

void
yp_result_note(struct yp_result *r, const char *fmt, ...)
{
	char *text, *joined;
	va_list ap;

	va_start(ap, fmt);
	if (vasprintf(&text, fmt, ap) < 0)
		text = NULL;
	va_end(ap);
	if (!text)
		return;
	if (r->note && *r->note) {
		joined = xasprintf("%s; %s", r->note, text);
		free(text);
		text = joined;
	}
	free(r->note);
	r->note = text;
}

static int
compare_results(const void *a, const void *b)
{
	const struct yp_result *p = a, *q = b;
	int c;

	if ((c = strcmp(p->region, q->region)) != 0)
		return c;
	if ((c = strcmp(p->indicator, q->indicator)) != 0)
		return c;
	if ((c = strcmp(p->measure, q->measure)) != 0)
		return c;
	return strcmp(p->period, q->period);
}

void
yp_results_flush(struct yp_results *o, struct yp_writer *w)
{
	struct yp_rec rec;
	size_t i;

	if (o->n)
		qsort(o->r, o->n, sizeof *o->r, compare_results);
	for (i = 0; i < o->n; i++) {
		yp_rec_init(&rec);
		rec.region = o->r[i].region;
		rec.indicator = o->r[i].indicator;
		rec.measure = o->r[i].measure;
		rec.period = o->r[i].period;
		rec.value = o->r[i].value;
		rec.has_value = o->r[i].has_value;
		rec.unit = o->r[i].unit;
		rec.status = o->r[i].status;
		rec.source = o->r[i].source;
		rec.note = o->r[i].note ? o->r[i].note : "";
		if (w) {
			yp_write(w, &rec);
			o->written++;
		}
		free(o->r[i].source);
		free(o->r[i].note);
	}
	o->n = 0;
}

void
yp_result_span(struct yp_result *r, int from, int to)
{
	snprintf(r->period, sizeof r->period, "%d-%d", from, to);
}

void
yp_results_free(struct yp_results *o)
{
	yp_results_flush(o, NULL);
	free(o->r);
	o->r = NULL;
	o->cap = 0;
}

static int
weakness(char s)
{
	switch (s) {
	case 'F': return 3;
	case 'E': case 'I': return 2;
	case 'P': return 1;
	default: return 0;
	}
}

char
yp_status_weakest(char a, char b)
{
	char w = weakness(a) >= weakness(b) ? a : b;

	if (w == 'I')
		return 'E';
	return weakness(w) ? w : 'A';
}
