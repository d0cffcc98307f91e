/* yp-diff: which numbers changed between two record streams.
 *
 * The nightly refresh and a user dropping in a new yearbook edition both
 * ask "which figures moved, by how much, from which input".  The answer is
 * itself records: the new records that differ, each with the old value in
 * its note, and the old records that disappeared with status M. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "map.h"
#include "msg.h"
#include "num.h"
#include "xalloc.h"

struct old_rec {
	const char *region, *indicator, *measure, *period, *unit, *source;
	double value;
	int has_value;
	char status;
	int seen;		/* the new stream has this key */
};

struct diff_old {
	struct yp_map *strings;	/* interned field values */
	struct yp_map *by_key;
	struct old_rec *recs;
	size_t n, cap;
};

/* A table's footnotes (measure footnote, docs/FORMAT.md) are text, not
 * figures, and a table may have several with one key: they are left out
 * of the comparison. */
static int
is_figure(const struct yp_rec *rec)
{
	return strcmp(rec->measure, "footnote") != 0;
}

static char *
make_key(const char *region, const char *indicator, const char *measure,
    const char *period)
{
	return xasprintf("%s\t%s\t%s\t%s", region, indicator, measure, period);
}

struct diff_old *
diff_load_old(const char *path)
{
	struct yp_reader *r = yp_reader_open(path);
	struct diff_old *old;
	struct yp_rec rec;
	size_t i;
	int got;

	if (!r)
		return NULL;
	old = xcalloc(1, sizeof *old);
	old->strings = yp_map_new();
	old->by_key = yp_map_new();
	while ((got = yp_read(r, &rec)) > 0) {
		struct old_rec *o;

		if (!is_figure(&rec))
			continue;
		old->recs = xgrow(old->recs, &old->cap, old->n, sizeof *old->recs);
		o = &old->recs[old->n++];
		o->region = yp_intern(old->strings, rec.region);
		o->indicator = yp_intern(old->strings, rec.indicator);
		o->measure = yp_intern(old->strings, rec.measure);
		o->period = yp_intern(old->strings, rec.period);
		o->unit = yp_intern(old->strings, rec.unit);
		o->source = yp_intern(old->strings, rec.source);
		o->value = rec.value;
		o->has_value = rec.has_value;
		o->status = rec.status;
		o->seen = 0;
	}
	yp_reader_close(r);
	if (got < 0) {
		diff_free(old);
		return NULL;
	}
	/* Index after loading: recs moved while it grew. */
	for (i = 0; i < old->n; i++) {
		struct old_rec *o = &old->recs[i];
		char *key = make_key(o->region, o->indicator, o->measure, o->period);

		yp_map_put(old->by_key, key, o);
		free(key);
	}
	return old;
}

void
diff_change_note(double was, double now, char *buf, size_t n)
{
	char a[YP_NUM_BUFSZ], b[YP_NUM_BUFSZ];

	yp_format_number(was, a);
	yp_format_number(now, b);
	if (was != 0)
		snprintf(buf, n, "changed from %s to %s (%+.4g%%)", a, b,
		    (now - was) / fabs(was) * 100);
	else
		snprintf(buf, n, "changed from %s to %s", a, b);
}

static int
same(const struct old_rec *o, const struct yp_rec *rec)
{
	if (o->has_value != rec->has_value || o->status != rec->status)
		return 0;
	return !o->has_value || o->value == rec->value;
}

int
diff_against(struct diff_old *old, const char *new_path,
    struct yp_writer *out, unsigned long *changed)
{
	struct yp_reader *r = yp_reader_open(new_path);
	struct yp_rec rec;
	char note[256], num[YP_NUM_BUFSZ];
	size_t i;
	int got;

	*changed = 0;
	if (!r)
		return YP_EXIT_DATA;
	while ((got = yp_read(r, &rec)) > 0) {
		char *key;
		struct old_rec *o;

		if (!is_figure(&rec))
			continue;
		key = make_key(rec.region, rec.indicator, rec.measure,
		    rec.period);
		o = yp_map_get(old->by_key, key);
		free(key);
		if (o && o->seen) {
			yp_warn_at(new_path, rec.line, "a second record for %s "
			    "%s %s %s; run the stream through yp-clean first",
			    rec.region, rec.indicator, rec.measure, rec.period);
			yp_reader_close(r);
			return YP_EXIT_DATA;
		}
		if (o)
			o->seen = 1;
		if (o && same(o, &rec))
			continue;
		if (!o)
			rec.note = "added";
		else if (o->has_value && rec.has_value)
			diff_change_note(o->value, rec.value, note, sizeof note),
			    rec.note = note;
		else if (o->has_value) {
			yp_format_number(o->value, num);
			snprintf(note, sizeof note, "now missing, was %s", num);
			rec.note = note;
		} else {
			rec.note = "was missing";
		}
		yp_write(out, &rec);
		(*changed)++;
	}
	yp_reader_close(r);
	if (got < 0)
		return YP_EXIT_DATA;
	for (i = 0; i < old->n; i++) {
		struct old_rec *o = &old->recs[i];
		struct yp_rec gone;

		if (o->seen)
			continue;
		yp_rec_init(&gone);
		gone.region = o->region;
		gone.indicator = o->indicator;
		gone.measure = o->measure;
		gone.period = o->period;
		gone.unit = o->unit;
		gone.source = o->source;
		gone.status = YP_STATUS_MISSING;
		if (o->has_value) {
			yp_format_number(o->value, num);
			snprintf(note, sizeof note, "removed, was %s", num);
		} else {
			snprintf(note, sizeof note, "removed");
		}
		gone.note = note;
		yp_write(out, &gone);
		(*changed)++;
	}
	return 0;
}

void
diff_free(struct diff_old *old)
{
	if (!old)
		return;
	yp_map_free(old->by_key, NULL);
	yp_map_free(old->strings, NULL);
	free(old->recs);
	free(old);
}
