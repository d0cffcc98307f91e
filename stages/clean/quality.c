/* yp-clean: the data-quality table, one row per finding. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "quality.h"
#include "rec.h"
#include "xalloc.h"

static const char *const severity_names[] = { "error", "warning", "info" };

static void finding_free(struct finding *f);

void
quality_init(struct quality *q)
{
	memset(q, 0, sizeof *q);
}

void
quality_free(struct quality *q)
{
	size_t i;

	for (i = 0; i < q->n; i++)
		finding_free(&q->f[i]);
	free(q->f);
	memset(q, 0, sizeof *q);
}

void
quality_add(struct quality *q, enum severity sev, const char *rule,
    const char *region, const char *indicator, const char *period,
    const char *source, const char *action, const char *values, ...)
{
	struct finding *f;
	va_list ap;

	q->f = xgrow(q->f, &q->cap, q->n, sizeof *q->f);
	f = &q->f[q->n++];
	f->severity = sev;
	f->rule = xstrdup(rule);
	f->region = xstrdup(region ? region : "");
	f->indicator = xstrdup(indicator ? indicator : "");
	f->period = xstrdup(period ? period : "");
	f->source = xstrdup(source ? source : "");
	f->action = xstrdup(action ? action : "");
	va_start(ap, values);
	if (vasprintf(&f->values, values, ap) < 0)
		f->values = NULL;
	va_end(ap);
	if (!f->values)
		f->values = xstrdup("");
	q->count[sev]++;
}

static int
by_finding(const void *pa, const void *pb)
{
	const struct finding *a = pa, *b = pb;
	int c;

	if (a->severity != b->severity)
		return a->severity < b->severity ? -1 : 1;
	if ((c = strcmp(a->rule, b->rule)) || (c = strcmp(a->region, b->region)) ||
	    (c = strcmp(a->indicator, b->indicator)) ||
	    (c = strcmp(a->period, b->period)) ||
	    (c = strcmp(a->source, b->source)) ||
	    (c = strcmp(a->values, b->values)))
		return c;
	return strcmp(a->action, b->action);
}

static void
finding_free(struct finding *f)
{
	free(f->rule);
	free(f->region);
	free(f->indicator);
	free(f->period);
	free(f->values);
	free(f->source);
	free(f->action);
}

void
quality_sort(struct quality *q)
{
	size_t i, out;

	if (q->n == 0)
		return;
	qsort(q->f, q->n, sizeof *q->f, by_finding);
	/* The same cell read twice gives the same finding twice: one row
	 * says it. */
	for (i = out = 0; i < q->n; i++) {
		if (out && by_finding(&q->f[out - 1], &q->f[i]) == 0) {
			q->count[q->f[i].severity]--;
			finding_free(&q->f[i]);
			continue;
		}
		q->f[out++] = q->f[i];
	}
	q->n = out;
}

int
quality_write(const struct quality *q, FILE *fp)
{
	size_t i;

	fputs(QUALITY_HEADER "\n", fp);
	for (i = 0; i < q->n; i++) {
		const struct finding *f = &q->f[i];
		const char *cells[] = { severity_names[f->severity], f->rule,
		    f->region, f->indicator, f->period, f->values, f->source,
		    f->action };
		size_t k;

		for (k = 0; k < sizeof cells / sizeof *cells; k++) {
			if (k)
				putc(',', fp);
			yp_csv_put_field(fp, cells[k]);
		}
		putc('\n', fp);
	}
	return fflush(fp) != 0 || ferror(fp) ? -1 : 0;
}

const char *
severity_name(enum severity sev)
{
	return severity_names[sev];
}

int
severity_parse(const char *s, enum severity *sev)
{
	int i;

	for (i = 0; i < 3; i++)
		if (strcmp(s, severity_names[i]) == 0) {
			*sev = (enum severity)i;
			return 1;
		}
	return 0;
}
