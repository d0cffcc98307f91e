/* yp-clean: harmonise units, reconcile editions, check rules, fill
 * short gaps; every step it takes is a row in the quality table.
 *
 * The records are held (compact, see struct obs) because editions can
 * only be reconciled and identities only checked once everything is in:
 *   1. clean_add: convert each value to its indicator's canonical unit;
 *   2. sort by region, indicator, measure, period, then edition and
 *      input order, so the versions of one observation sit together
 *      with the latest last;
 *   3. keep the latest edition, recording what it replaced;
 *   4. per series: flag yearly jumps beyond a rule's limits as breaks
 *      (status B), fill short inner gaps by interpolation (status E),
 *      note the missing values left;
 *   5. check ranges, identities and published-vs-derived ratios. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "interp.h"
#include "msg.h"
#include "num.h"
#include "text.h"
#include "xalloc.h"

static void
period_text(int from, int to, char *buf, size_t size)
{
	if (from == to)
		snprintf(buf, size, "%d", from);
	else
		snprintf(buf, size, "%d-%d", from, to);
}

/* The years a row about many values covers, as runs: "2011-2016 2020". */
struct years {
	uint8_t bits[32];	/* 1900 + i for i in 0..255 */
	int from, to, odd;	/* odd: a year outside that range */
};

static void
years_add(struct years *y, int from, int to)
{
	int k;

	if (!y->from || from < y->from)
		y->from = from;
	if (to > y->to)
		y->to = to;
	for (k = from; k <= to; k++) {
		if (k < 1900 || k > 2155) {
			y->odd = 1;
			continue;
		}
		y->bits[(k - 1900) / 8] |= (uint8_t)(1u << ((k - 1900) % 8));
	}
}

static int
years_has(const struct years *y, int k)
{
	return k >= 1900 && k <= 2155 &&
	    (y->bits[(k - 1900) / 8] >> ((k - 1900) % 8) & 1);
}

static void
years_text(const struct years *y, char *buf, size_t size)
{
	size_t len = 0;
	int k, end;

	if (y->odd) {
		period_text(y->from, y->to, buf, size);
		return;
	}
	buf[0] = '\0';
	for (k = y->from; k <= y->to && len + 12 < size; k = end + 1) {
		if (!years_has(y, k)) {
			end = k;
			continue;
		}
		for (end = k; end + 1 <= y->to && years_has(y, end + 1); end++)
			;
		len += (size_t)snprintf(buf + len, size - len, "%s", len ? " " : "");
		period_text(k, end, buf + len, size - len);
		len += strlen(buf + len);
	}
}

/* How a (unit, indicator) pair converts; cached by name. */
struct conv_rule {
	int ok;			/* 1 convert, 0 keep as is */
	double fa, fb;		/* value * fa / fb: exact for powers of ten */
	uint32_t to;		/* the canonical unit's pool id */
};

/* One file's values of one indicator converted from one unit. */
struct conv {
	uint32_t file, indicator, from_unit, to_unit, region;
	int whole_source;	/* the file id is a whole source (no line) */
	int many_regions;
	struct years years;
	unsigned long count;
	double factor;
};

enum { F_REGION, F_INDICATOR, F_MEASURE, F_UNIT, F_NOTE, F_FILE };

void
clean_init(struct clean *c, const struct yp_config *cfg,
    const char *rules_path, const char *settings_path)
{
	memset(c, 0, sizeof *c);
	c->cfg = cfg;
	ruleset_load(&c->rules, cfg, rules_path);
	settings_load(&c->settings, settings_path);
	pool_init(&c->pool);
	quality_init(&c->quality);
	c->id_value = pool_id(&c->pool, "value");
	c->id_footnote = pool_id(&c->pool, "footnote");
	c->id_empty = pool_id(&c->pool, "");
	c->conversions = yp_map_new();
	c->unit_errors = yp_map_new();
	c->unit_cache = yp_map_new();
}

void
clean_free(struct clean *c)
{
	size_t i;

	for (i = 0; i < c->ninfo; i++) {
		free(c->info[i].ranges);
		free(c->info[i].jumps);
	}
	free(c->info);
	for (i = 0; i < 6; i++)
		free(c->last_buf[i]);
	yp_map_free(c->conversions, free);
	yp_map_free(c->unit_errors, NULL);
	yp_map_free(c->unit_cache, free);
	quality_free(&c->quality);
	pool_free(&c->pool);
	free(c->obs);
	free(c->added);
	settings_free(&c->settings);
	ruleset_free(&c->rules);
}

/* The pool id of a field, skipping the hash lookup when the field is the
 * same as in the record before (consecutive records share most). */
static uint32_t
field_id(struct clean *c, int field, const char *s)
{
	size_t len;

	if (c->last_buf[field] && strcmp(c->last_buf[field], s) == 0)
		return c->last_id[field];
	len = strlen(s) + 1;
	c->last_buf[field] = xgrow(c->last_buf[field], &c->last_cap[field], len,
	    1);
	memcpy(c->last_buf[field], s, len);
	return c->last_id[field] = pool_id(&c->pool, s);
}

static const char *
str(const struct clean *c, uint32_t id)
{
	return pool_str(&c->pool, id);
}

/* Decimal digits of v at p; returns the end. */
static char *
put_uint(char *p, unsigned long v)
{
	char tmp[24];
	int n = 0;

	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	while (n)
		*p++ = tmp[--n];
	return p;
}

void
clean_source(const struct clean *c, const struct obs *o, char *buf,
    size_t size)
{
	const char *file = str(c, o->file);
	size_t len = strlen(file);
	char *p;

	/* By hand rather than snprintf: this runs once a record. */
	if (len + 32 > size) {
		snprintf(buf, size, "%s", file);
		return;
	}
	memcpy(buf, file, len);
	p = buf + len;
	if (o->line) {
		*p++ = ':';
		p = put_uint(p, o->line);
		if (o->edition) {
			*p++ = '@';
			p = put_uint(p, (unsigned long)o->edition);
		}
	}
	*p = '\0';
}

/* Split the source into file, line and edition when it reads back the
 * same (no leading zero in the line, a four-digit edition), else keep it
 * whole. */
/* The line and edition of rest = "LINE" or "LINE@EDITION" when it has
 * the form set_source keeps split: a line without a leading zero that
 * fits 32 bits, an edition of four digits from 1000.  Returns 1, else 0
 * (then yp_source_parse decides). */
static int
line_and_edition(const char *rest, uint32_t *line, int *edition)
{
	unsigned long long v = 0;
	int digits = 0, e;

	if (*rest < '1' || *rest > '9')
		return 0;
	for (; *rest >= '0' && *rest <= '9'; rest++, digits++) {
		if (digits >= 10)
			return 0;
		v = v * 10 + (unsigned)(*rest - '0');
	}
	if (v > UINT32_MAX)
		return 0;
	*edition = 0;
	if (*rest == '@') {
		for (e = 1; e <= 4; e++)
			if (rest[e] < '0' || rest[e] > '9')
				return 0;
		if (rest[5] != '\0' || rest[1] == '0')
			return 0;
		*edition = (rest[1] - '0') * 1000 + (rest[2] - '0') * 100 +
		    (rest[3] - '0') * 10 + (rest[4] - '0');
	} else if (*rest != '\0') {
		return 0;
	}
	*line = (uint32_t)v;
	return 1;
}

/* Split the source into file, line and edition when it reads back the
 * same (no leading zero in the line, a four-digit edition), else keep it
 * whole. */
static void
set_source(struct clean *c, struct obs *o, const char *source)
{
	char file[4096];
	unsigned long line;
	int edition;
	const char *last = c->last_buf[F_FILE];
	size_t len;
	uint32_t line32;

	/* Most records name the same file as the record before. */
	if (last) {
		len = strlen(last);
		if (strncmp(source, last, len) == 0 && source[len] == ':' &&
		    line_and_edition(source + len + 1, &line32, &edition)) {
			o->edition = (int16_t)edition;
			o->file = c->last_id[F_FILE];
			o->line = line32;
			return;
		}
	}
	if (yp_source_parse(source, file, sizeof file, &line, &edition) &&
	    line > 0 && line <= UINT32_MAX) {
		len = strlen(file);
		o->edition = (int16_t)edition;
		if (strncmp(source, file, len) == 0 && source[len] == ':' &&
		    source[len + 1] != '0' && (edition == 0 || edition >= 1000)) {
			o->file = field_id(c, F_FILE, file);
			o->line = (uint32_t)line;
			return;
		}
	}
	o->file = pool_id(&c->pool, source);
	o->line = 0;
}

/* The conversion of unit for indicator, or an error message (once per
 * file, unit and indicator). */
static const struct conv_rule *
unit_rule(struct clean *c, const char *unit, const char *indicator,
    const char *where, unsigned long line, int *bad)
{
	const struct yp_indicator *ind = yp_indicator_get(c->cfg, indicator);
	const struct yp_unit *a, *b;
	struct conv_rule *r;
	char *key;
	double f;
	int got;

	*bad = 0;
	key = xasprintf("%s\t%s", unit, indicator);
	r = yp_map_get(c->unit_cache, key);
	if (r) {
		free(key);
		return r;
	}
	r = xcalloc(1, sizeof *r);
	if (!ind || !*ind->unit) {
		/* Not in indicators.csv: no canonical unit to convert to. */
		yp_map_put(c->unit_cache, key, r);
		free(key);
		return r;
	}
	got = *unit ? yp_unit_factor(c->cfg, unit, ind->unit, &f) : -2;
	if (got == 1) {
		a = yp_unit_get(c->cfg, unit);
		b = yp_unit_get(c->cfg, ind->unit);
		r->ok = 1;
		r->fa = a ? a->factor : 1;
		r->fb = b ? b->factor : 1;
		if (strcmp(unit, ind->unit) == 0)
			r->fa = r->fb = 1;
		r->to = pool_id(&c->pool, ind->unit);
		yp_map_put(c->unit_cache, key, r);
		free(key);
		return r;
	}
	free(r);
	*bad = 1;
	{
		char *seen = xasprintf("%s\t%s", where, key);
		if (!yp_map_get(c->unit_errors, seen)) {
			yp_map_put(c->unit_errors, seen, (void *)1);
			if (got == -2)
				yp_warn_at(where, line, "%s has no unit; its canonical "
				    "unit is %s: give the table's unit (a bracket in "
				    "the name, a 单位： line, or config/sources.csv)",
				    indicator, ind->unit);
			else if (got == -1)
				yp_warn_at(where, line, "unit \"%s\" of %s is not in "
				    "config/units.csv; add it there with its base "
				    "unit and factor", unit, indicator);
			else
				yp_warn_at(where, line, "unit \"%s\" of %s (%s) cannot "
				    "be converted to %s; the table holds another "
				    "indicator or its unit is wrong", unit, indicator,
				    ind->name_zh, ind->unit);
		}
		free(seen);
	}
	free(key);
	return NULL;
}

static void
note_conversion(struct clean *c, const struct obs *o, uint32_t from_unit,
    double factor)
{
	char key[64];
	struct conv *v = c->last_conv;

	/* Consecutive records mostly come from the same file, indicator
	 * and unit: skip building the key then. */
	if (!v || v->file != o->file || v->indicator != o->indicator ||
	    v->from_unit != from_unit || v->whole_source != (o->line == 0)) {
		snprintf(key, sizeof key, "%u %u %u %u", (unsigned)o->file,
		    (unsigned)o->indicator, (unsigned)from_unit,
		    (unsigned)o->line == 0);
		v = yp_map_get(c->conversions, key);
		if (!v) {
			v = xcalloc(1, sizeof *v);
			v->file = o->file;
			v->indicator = o->indicator;
			v->from_unit = from_unit;
			v->whole_source = o->line == 0;
			v->to_unit = o->unit;
			v->region = o->region;
			v->factor = factor;
			yp_map_put(c->conversions, key, v);
		}
		c->last_conv = v;
	}
	if (v->region != o->region)
		v->many_regions = 1;
	years_add(&v->years, o->from, o->to);
	v->count++;
}

int
clean_add(struct clean *c, const struct yp_rec *rec, const char *where)
{
	char file[4096];
	unsigned long line;
	int from, to, edition, bad;
	const struct conv_rule *r;
	const char *msg_file = where;
	unsigned long msg_line = rec->line;
	struct obs o;

	memset(&o, 0, sizeof o);
	o.region = field_id(c, F_REGION, rec->region);
	o.indicator = field_id(c, F_INDICATOR, rec->indicator);
	o.measure = field_id(c, F_MEASURE, rec->measure);
	o.unit = field_id(c, F_UNIT, rec->unit);
	o.note = field_id(c, F_NOTE, rec->note);
	if (!yp_period_parse(rec->period, &from, &to))
		from = to = 0;		/* yp_read has checked it */
	o.from = (int16_t)from;
	o.to = (int16_t)to;
	o.status = rec->has_value ? rec->status : YP_STATUS_MISSING;
	o.flags = rec->has_value ? OBS_VALUE : 0;
	o.value = rec->has_value ? rec->value : 0;
	set_source(c, &o, rec->source);
	if (c->n >= UINT32_MAX)
		yp_die(YP_EXIT_DATA, "more than 4 billion records");
	o.seq = (uint32_t)c->n;

	if (o.measure == c->id_value) {
		/* Consecutive records mostly share unit and indicator. */
		if (c->last_rule && o.unit == c->last_rule_unit &&
		    o.indicator == c->last_rule_indicator) {
			r = c->last_rule;
		} else {
			if (yp_source_parse(rec->source, file, sizeof file, &line,
			    &edition) && line > 0) {
				msg_file = file;
				msg_line = line;
			}
			r = unit_rule(c, rec->unit, rec->indicator, msg_file,
			    msg_line, &bad);
			if (bad) {
				c->read_errors++;
				return -1;
			}
			c->last_rule = r;
			c->last_rule_unit = o.unit;
			c->last_rule_indicator = o.indicator;
		}
		if (r->ok) {
			if ((o.flags & OBS_VALUE) && r->fa != r->fb) {
				uint32_t from_unit = o.unit;
				o.value = o.value * r->fa / r->fb;
				o.unit = r->to;
				note_conversion(c, &o, from_unit, r->fa / r->fb);
			}
			o.unit = r->to;
		}
	}
	c->obs = xgrow(c->obs, &c->cap, c->n, sizeof *c->obs);
	c->obs[c->n++] = o;
	return 0;
}

static int
add_one(const struct yp_rec *rec, const char *name, void *c)
{
	clean_add(c, rec, name);
	return 0;
}

int
clean_read(struct clean *c, const char *path)
{
	return yp_read_each(path, add_one, c);
}

/* ---- sorting -------------------------------------------------------------- */

/* Order of the output and of the versions of one observation: the key,
 * then missing before values, then edition (unknown first), then input
 * order, so that the last of a key is the one to keep. */
static int
cmp_key(const uint32_t *rank, const struct obs *a, const struct obs *b)
{
	if (a->region != b->region)
		return rank[a->region] < rank[b->region] ? -1 : 1;
	if (a->indicator != b->indicator)
		return rank[a->indicator] < rank[b->indicator] ? -1 : 1;
	if (a->measure != b->measure)
		return rank[a->measure] < rank[b->measure] ? -1 : 1;
	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	if (a->to != b->to)
		return a->to < b->to ? -1 : 1;
	return 0;
}

static int
cmp_version(const struct obs *a, const struct obs *b)
{
	if ((a->flags & OBS_VALUE) != (b->flags & OBS_VALUE))
		return (a->flags & OBS_VALUE) ? 1 : -1;
	if (a->edition != b->edition)
		return a->edition < b->edition ? -1 : 1;
	if (a->seq != b->seq)
		return a->seq < b->seq ? -1 : 1;
	return 0;
}

struct sort_ctx {
	const uint32_t *rank;
	const struct obs *obs;
};

static int
cmp_index(const void *pa, const void *pb, void *arg)
{
	const struct sort_ctx *s = arg;
	const struct obs *a = &s->obs[*(const uint32_t *)pa];
	const struct obs *b = &s->obs[*(const uint32_t *)pb];
	int k = cmp_key(s->rank, a, b);

	return k ? k : cmp_version(a, b);
}

/* The order of cmp_index within a region packed into two integers and
 * the index (the input order, seq, is the last tie-break): ranks of
 * indicator and measure in 21 bits each; the period, then whether there
 * is a value, then the edition. */
struct sort_key {
	uint64_t k1, k2;
	uint32_t idx;
};

static int
cmp_sort_key(const void *pa, const void *pb)
{
	const struct sort_key *a = pa, *b = pb;

	if (a->k1 != b->k1)
		return a->k1 < b->k1 ? -1 : 1;
	if (a->k2 != b->k2)
		return a->k2 < b->k2 ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* Whether every record's order fits struct sort_key: ranks below 2^21
 * and seq the index of the record (the records as read). */
static int
packable(const struct clean *c, const struct obs *obs, size_t n)
{
	size_t i;

	if (c->pool.n >= (1u << 21) || n > UINT32_MAX)
		return 0;
	for (i = 0; i < n; i++)
		if (obs[i].seq != i)
			return 0;
	return 1;
}

/* idx[0..n) in the order of cmp_index: first by region with a counting
 * sort (stable, so input order within a region), then each region's
 * records by their packed keys.  Memory: the keys of one region, not of
 * all records (qsort's merge sort would take the keys twice over). */
static void
sort_by_region(struct clean *c, const struct obs *obs, size_t n,
    uint32_t *idx)
{
	const uint32_t *rank = c->pool.rank;
	size_t *start = xcalloc(c->pool.n + 1, sizeof *start), i, r, from, to,
	    nkeys = 0, capkeys = 0;
	struct sort_key *keys = NULL;

	for (i = 0; i < n; i++)
		start[rank[obs[i].region] + 1]++;
	for (r = 0; r < c->pool.n; r++)
		start[r + 1] += start[r];
	for (i = 0; i < n; i++)
		idx[start[rank[obs[i].region]]++] = (uint32_t)i;
	free(start);
	for (from = 0; from < n; from = to) {
		uint32_t region = obs[idx[from]].region;

		for (to = from + 1; to < n && obs[idx[to]].region == region;
		    to++)
			;
		nkeys = to - from;
		keys = xgrow(keys, &capkeys, nkeys, sizeof *keys);
		for (i = 0; i < nkeys; i++) {
			const struct obs *o = &obs[idx[from + i]];

			keys[i].k1 = (uint64_t)rank[o->indicator] << 21 |
			    rank[o->measure];
			keys[i].k2 = (uint64_t)(uint16_t)(o->from + 32768) << 48 |
			    (uint64_t)(uint16_t)(o->to + 32768) << 32 |
			    (uint64_t)((o->flags & OBS_VALUE) != 0) << 16 |
			    (uint16_t)(o->edition + 32768);
			keys[i].idx = idx[from + i];
		}
		qsort(keys, nkeys, sizeof *keys, cmp_sort_key);
		for (i = 0; i < nkeys; i++)
			idx[from + i] = keys[i].idx;
	}
	free(keys);
}

/* Sort an index (4 bytes a record, not 48) and then move the records
 * into place along the cycles of the permutation. */
static void
sort_obs(struct clean *c, struct obs *obs, size_t n)
{
	struct sort_ctx ctx = { c->pool.rank, obs };
	uint32_t *idx;
	size_t i;

	if (n < 2)
		return;
	idx = xmalloc(n * sizeof *idx);
	if (packable(c, obs, n)) {
		sort_by_region(c, obs, n, idx);
	} else {
		for (i = 0; i < n; i++)
			idx[i] = (uint32_t)i;
		qsort_r(idx, n, sizeof *idx, cmp_index, &ctx);
	}
	for (i = 0; i < n; i++) {
		struct obs keep;
		size_t j, k;

		if (idx[i] == i)
			continue;
		keep = obs[i];
		j = i;
		for (;;) {
			k = idx[j];
			idx[j] = (uint32_t)j;
			if (k == i) {
				obs[j] = keep;
				break;
			}
			obs[j] = obs[k];
			j = k;
		}
	}
	free(idx);
}

/* ---- what is known about an indicator ---------------------------------- */

static struct ind_info *
info_for(struct clean *c, uint32_t id)
{
	struct ind_info *ii;
	const char *code;
	size_t r;

	if (id >= c->ninfo) {
		size_t old = c->ninfo, want = c->pool.n;
		c->info = xrealloc(c->info, want * sizeof *c->info);
		memset(c->info + old, 0, (want - old) * sizeof *c->info);
		c->ninfo = want;
	}
	ii = &c->info[id];
	if (ii->ready)
		return ii;
	ii->ready = 1;
	code = str(c, id);
	ii->ind = yp_indicator_get(c->cfg, code);
	ii->base_factor = 1;
	if (ii->ind) {
		const struct yp_unit *u = yp_unit_get(c->cfg, ii->ind->unit);
		if (u)
			ii->base_factor = u->factor;
	}
	settings_for(&c->settings, code, ii->ind, &ii->set);
	for (r = 0; r < c->rules.n; r++) {
		const struct rule *rule = &c->rules.r[r];
		if (rule->check != CHECK_RANGE && rule->check != CHECK_JUMP &&
		    rule->check != CHECK_JUMP_POINTS)
			continue;
		if (!indicator_matches(rule->indicators, code, ii->ind))
			continue;
		if (rule->check == CHECK_RANGE) {
			ii->ranges = xrealloc(ii->ranges, (ii->nranges + 1) *
			    sizeof *ii->ranges);
			ii->ranges[ii->nranges++] = r;
		} else {
			ii->jumps = xrealloc(ii->jumps, (ii->njumps + 1) *
			    sizeof *ii->jumps);
			ii->jumps[ii->njumps++] = r;
		}
	}
	return ii;
}

/* ---- text for the quality table ----------------------------------------- */

/* A computed number for people: four decimals at most, no trailing
 * zeros.  Input values are shown in full with yp_format_number. */
static void
human(double v, char *buf, size_t size)
{
	char *p;

	if (v != 0 && fabs(v) < 1e-3) {
		snprintf(buf, size, "%.3g", v);
		return;
	}
	snprintf(buf, size, "%.4f", v);
	p = buf + strlen(buf) - 1;
	while (*p == '0')
		*p-- = '\0';
	if (*p == '.')
		*p = '\0';
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
}

/* A file with its edition, for rows about many lines of it. */
static void
file_text(const struct clean *c, const struct obs *o, char *buf, size_t size)
{
	if (o->line && o->edition)
		snprintf(buf, size, "%s@%d", str(c, o->file), o->edition);
	else
		snprintf(buf, size, "%s", str(c, o->file));
}

static const char *
severity_action(enum severity sev)
{
	switch (sev) {
	case SEV_ERROR: return "stopped: correct the table or the rule";
	case SEV_WARNING: return "flagged; value kept";
	default: return "noted";
	}
}

/* ---- editions ------------------------------------------------------------ */

/* Rows about many values of one series between the same two files. */
struct agg {
	const char *rule;
	const struct obs *loser, *winner;	/* the first pair seen */
	struct years years;
	unsigned long count;
};

struct aggs {
	struct agg *a;
	size_t n, cap;
};

static void
agg_add(struct aggs *s, const char *rule, const struct obs *loser,
    const struct obs *winner)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		struct agg *a = &s->a[i];
		if (a->rule == rule && a->loser->file == loser->file &&
		    a->loser->edition == loser->edition &&
		    a->winner->file == winner->file &&
		    a->winner->edition == winner->edition) {
			years_add(&a->years, loser->from, loser->to);
			a->count++;
			return;
		}
	}
	s->a = xgrow(s->a, &s->cap, s->n, sizeof *s->a);
	s->a[s->n].rule = rule;
	s->a[s->n].loser = loser;
	s->a[s->n].winner = winner;
	memset(&s->a[s->n].years, 0, sizeof s->a[s->n].years);
	years_add(&s->a[s->n].years, loser->from, loser->to);
	s->a[s->n].count = 1;
	s->n++;
}

static void
agg_flush(struct clean *c, struct aggs *s)
{
	char period[1400], lf[4200], wf[4200], src[8500];
	size_t i;

	for (i = 0; i < s->n; i++) {
		const struct agg *a = &s->a[i];
		const struct obs *w = a->winner;
		const char *what = str(c, w->indicator);

		years_text(&a->years, period, sizeof period);
		file_text(c, a->loser, lf, sizeof lf);
		file_text(c, w, wf, sizeof wf);
		if (strcmp(lf, wf) == 0)
			snprintf(src, sizeof src, "%s", lf);
		else
			snprintf(src, sizeof src, "%s → %s", lf, wf);
		if (strcmp(a->rule, "edition-duplicate") == 0)
			quality_add(&c->quality, SEV_INFO, a->rule, str(c, w->region),
			    what, period, src, "kept one",
			    "%lu %s the same in both", a->count,
			    (w->flags & OBS_VALUE) ? (a->count == 1 ? "value" :
			    "values") : "missing cells");
		else
			quality_add(&c->quality, SEV_INFO, a->rule, str(c, w->region),
			    what, period, src, "kept the values of the other",
			    "%lu missing (%s) where the other has values",
			    a->count, *str(c, a->loser->note) ?
			    str(c, a->loser->note) : "no note");
	}
	s->n = 0;
}

static int
same_value(double a, double b)
{
	return a == b || fabs(a - b) <= 1e-9 * fmax(fabs(a), fabs(b));
}

static void
revision(struct clean *c, const struct obs *loser, const struct obs *w)
{
	char old[YP_NUM_BUFSZ], new[YP_NUM_BUFSZ], period[32], ls[4200],
	    ws[4200], src[8500], action[128], change[64];
	struct ind_info *ii = info_for(c, w->indicator);
	double rel = loser->value != 0 ?
	    (w->value - loser->value) / fabs(loser->value) * 100 : NAN;
	int large;

	yp_format_number(loser->value, old);
	yp_format_number(w->value, new);
	period_text(w->from, w->to, period, sizeof period);
	clean_source(c, loser, ls, sizeof ls);
	clean_source(c, w, ws, sizeof ws);
	snprintf(src, sizeof src, "%s → %s", ls, ws);
	if (isnan(rel))
		snprintf(change, sizeof change, "from 0");
	else
		snprintf(change, sizeof change, "%+.2f %%", rel);
	if (loser->file == w->file && loser->line && w->line &&
	    loser->edition == w->edition) {
		/* Two figures for one cell in one table: not a revision. */
		quality_add(&c->quality, SEV_WARNING, "duplicate-conflict",
		    str(c, w->region), str(c, w->indicator), period, src,
		    "kept the later line", "%s → %s %s (%s)", old, new,
		    str(c, w->unit), change);
		return;
	}
	if (w->edition && loser->edition && w->edition > loser->edition)
		snprintf(action, sizeof action, "kept edition %d over %d",
		    w->edition, loser->edition);
	else if (w->edition && !loser->edition)
		snprintf(action, sizeof action, "kept edition %d over a table "
		    "without one", w->edition);
	else
		snprintf(action, sizeof action, "kept the later in input order "
		    "(same or no edition)");
	large = isnan(rel) || fabs(rel) > ii->set.revision_threshold;
	quality_add(&c->quality, large ? SEV_WARNING : SEV_INFO,
	    large ? "revision-large" : "revision", str(c, w->region),
	    str(c, w->indicator), period, src, action, "%s → %s %s (%s)", old,
	    new, str(c, w->unit), change);
}

/* Keep one record per key: the latest edition with a value. */
static void
reconcile_editions(struct clean *c)
{
	const uint32_t *rank = c->pool.rank;
	struct aggs aggs = { 0 };
	const struct obs *series = NULL;
	size_t i = 0, j, k, out;

	while (i < c->n) {
		struct obs *w;

		for (j = i + 1; j < c->n && cmp_key(rank, &c->obs[i],
		    &c->obs[j]) == 0; j++)
			;
		if (c->obs[i].measure == c->id_footnote) {
			i = j;		/* notes of tables: all kept */
			continue;
		}
		if (series && (series->region != c->obs[i].region ||
		    series->indicator != c->obs[i].indicator ||
		    series->measure != c->obs[i].measure))
			agg_flush(c, &aggs);
		series = &c->obs[i];
		w = &c->obs[j - 1];
		for (k = i; k + 1 < j; k++) {
			struct obs *l = &c->obs[k];

			l->flags |= OBS_DROP;
			if ((l->flags & OBS_VALUE) && (w->flags & OBS_VALUE)) {
				if (same_value(l->value, w->value))
					agg_add(&aggs, "edition-duplicate", l, w);
				else
					revision(c, l, w);
			} else if (w->flags & OBS_VALUE) {
				agg_add(&aggs, "edition-fills-missing", l, w);
			} else {
				agg_add(&aggs, "edition-duplicate", l, w);
			}
		}
		i = j;
	}
	agg_flush(c, &aggs);
	free(aggs.a);
	for (i = out = 0; i < c->n; i++)
		if (!(c->obs[i].flags & OBS_DROP))
			c->obs[out++] = c->obs[i];
	c->n = out;
}

/* ---- one series: jumps, gaps, missing values ------------------------------ */

static int
observed(const struct obs *o)
{
	return (o->flags & OBS_VALUE) && (o->status == YP_STATUS_NORMAL ||
	    o->status == YP_STATUS_PROVISIONAL || o->status == YP_STATUS_BREAK);
}

static void
check_jumps(struct clean *c, struct obs **s, size_t n, struct ind_info *ii)
{
	struct obs *prev = NULL;
	size_t k, r;

	if (!ii->njumps)
		return;
	for (k = 0; k < n; k++) {
		struct obs *o = s[k];
		int was_break = o->status == YP_STATUS_BREAK;

		if (!observed(o))
			continue;
		for (r = 0; prev && r < ii->njumps; r++) {
			const struct rule *rule = &c->rules.r[ii->jumps[r]];
			int years = o->from - prev->from;
			char a[YP_NUM_BUFSZ], b[YP_NUM_BUFSZ], ch[32], lo[32],
			    hi[32], period[8], src[4200];
			double change;

			if (rule->check == CHECK_JUMP) {
				if (prev->value <= 0 || o->value < 0)
					continue;	/* no relative change */
				change = (pow(o->value / prev->value, 1.0 / years) -
				    1) * 100;
			} else {
				change = (o->value - prev->value) / years;
			}
			if (!((rule->has_min && change < rule->min) ||
			    (rule->has_max && change > rule->max)))
				continue;
			if (was_break)
				break;		/* a known break: nothing to add */
			if (rule->severity != SEV_INFO)
				o->status = YP_STATUS_BREAK;
			yp_format_number(prev->value, a);
			yp_format_number(o->value, b);
			if (rule->check == CHECK_JUMP)
				snprintf(ch, sizeof ch, "%+.1f", change);
			else
				human(change, ch, sizeof ch);
			if (rule->has_min)
				human(rule->min, lo, sizeof lo);
			else
				strcpy(lo, "-∞");
			if (rule->has_max)
				human(rule->max, hi, sizeof hi);
			else
				strcpy(hi, "+∞");
			snprintf(period, sizeof period, "%d", o->from);
			clean_source(c, o, src, sizeof src);
			quality_add(&c->quality, rule->severity, rule->name,
			    str(c, o->region), str(c, o->indicator), period, src,
			    rule->severity == SEV_ERROR ? severity_action(SEV_ERROR) :
			    "status B (suspected break in series); value kept",
			    "%s (%d) → %s (%d): %s%s%s a year, allowed %s to %s%s",
			    a, prev->from, b, o->from,
			    rule->check == CHECK_JUMP_POINTS && change > 0 ? "+" : "",
			    ch, rule->check == CHECK_JUMP ? " %" : "", lo, hi,
			    rule->check == CHECK_JUMP ? " %" : "");
			break;
		}
		prev = o;
	}
}

/* Rows for runs of missing records s[from..to), one per run of
 * consecutive years with the same note. */
static void
report_missing(struct clean *c, struct obs **s, size_t from, size_t to,
    const char *rule, enum severity sev, const char *action)
{
	size_t i = from, j;

	while (i < to) {
		char period[32], a[4200], b[4200], src[8500];
		const char *note;

		for (j = i + 1; j < to && s[j]->note == s[i]->note &&
		    s[j]->from == s[j - 1]->from + 1; j++)
			;
		period_text(s[i]->from, s[j - 1]->from, period, sizeof period);
		clean_source(c, s[i], a, sizeof a);
		clean_source(c, s[j - 1], b, sizeof b);
		if (strcmp(a, b) == 0)
			snprintf(src, sizeof src, "%s", a);
		else
			snprintf(src, sizeof src, "%s … %s", a, b);
		note = str(c, s[i]->note);
		quality_add(&c->quality, sev, rule, str(c, s[i]->region),
		    str(c, s[i]->indicator), period, src, action,
		    "%zu missing: %s", j - i, *note ? note : "no reason given");
		i = j;
	}
}

static void
add_obs(struct clean *c, const struct obs *o)
{
	c->added = xgrow(c->added, &c->capadded, c->nadded, sizeof *c->added);
	c->added[c->nadded++] = *o;
}

/* Fill the gap between the values s[v[g]] and s[v[g+1]] from the points
 * of their segment (between breaks). */
static void
fill_gap(struct clean *c, struct obs **s, const size_t *v, size_t nv,
    size_t g, struct ind_info *ii)
{
	struct obs *a = s[v[g]], *b = s[v[g + 1]];
	size_t start = g, end = g + 2, i, np = 0, m, k;
	int gap = b->from - a->from - 1;
	double *x, *y, xi[64], yi[64];
	enum interp_method used;
	char method[96], text[2048], num[32], sa[4200], sb[4200], src[8500],
	    period[32], na[YP_NUM_BUFSZ], nb[YP_NUM_BUFSZ];
	size_t len = 0, next = g + 1;

	/* The segment: back to the latest break at or before a, on to
	 * the value before the next break after b. */
	while (start > 0 && s[v[start]]->status != YP_STATUS_BREAK)
		start--;
	while (end < nv && s[v[end]]->status != YP_STATUS_BREAK)
		end++;
	x = xmalloc((end - start) * sizeof *x);
	y = xmalloc((end - start) * sizeof *y);
	for (i = start; i < end; i++) {
		if (s[v[i]]->status == YP_STATUS_FORECAST)
			continue;
		x[np] = s[v[i]]->from;
		y[np] = s[v[i]]->value;
		np++;
	}
	m = (size_t)gap;
	for (k = 0; k < m; k++)
		xi[k] = a->from + 1 + (int)k;
	if (interp_values(ii->set.method, x, y, np, xi, yi, m, &used) != 0) {
		free(x);
		free(y);
		return;
	}
	free(x);
	free(y);
	snprintf(method, sizeof method, "interp.%s(%d,%d)", interp_name(used),
	    a->from, b->from);
	/* The records of the gap: M records to fill in place, or new. */
	k = 0;
	for (i = 0; i < m; i++) {
		int year = a->from + 1 + (int)i;
		struct obs *o = NULL, fresh;
		size_t p;
		char *note;

		for (p = v[g] + 1; p < v[next]; p++)
			if (s[p]->from == year)
				o = s[p];
		if (o) {
			const char *was = str(c, o->note);
			note = *was ? xasprintf("interpolated; was missing: %s", was) :
			    xstrdup("interpolated; was missing");
		} else {
			memset(&fresh, 0, sizeof fresh);
			fresh.region = a->region;
			fresh.indicator = a->indicator;
			fresh.measure = a->measure;
			fresh.from = fresh.to = (int16_t)year;
			o = &fresh;
			note = xstrdup("interpolated; no record for this year");
		}
		o->value = yi[i];
		o->flags |= OBS_VALUE;
		o->status = YP_STATUS_ESTIMATED;
		o->unit = a->unit;
		o->file = pool_id(&c->pool, method);
		o->line = 0;
		o->edition = 0;
		o->note = pool_id(&c->pool, note);
		free(note);
		if (o == &fresh)
			add_obs(c, &fresh);
		human(yi[i], num, sizeof num);
		len += (size_t)snprintf(text + len, sizeof text - len, "%s%d: %s",
		    i ? "; " : "", year, num);
		if (len >= sizeof text)
			len = sizeof text - 1;
	}
	yp_format_number(a->value, na);
	yp_format_number(b->value, nb);
	snprintf(text + len, sizeof text - len, " %s (%s %d: %s, %d: %s)",
	    str(c, a->unit), method, a->from, na, b->from, nb);
	clean_source(c, a, sa, sizeof sa);
	clean_source(c, b, sb, sizeof sb);
	if (strcmp(sa, sb) == 0)
		snprintf(src, sizeof src, "%s", sa);
	else
		snprintf(src, sizeof src, "%s; %s", sa, sb);
	period_text(a->from + 1, b->from - 1, period, sizeof period);
	quality_add(&c->quality, SEV_INFO, "gap-filled", str(c, a->region),
	    str(c, a->indicator), period, src, "filled; status E", "%s", text);
}

/* Whether a missing record says why it is missing in a way that rules
 * out interpolation: "…" (below the table's unit: about zero, not between
 * the neighbours) and "—" (no such figure).  Blank and unreadable cells,
 * and years with no record, are unknown and may be filled. */
static int
missing_for_a_reason(const struct clean *c, const struct obs *o)
{
	const char *note = str(c, o->note);

	return yp_starts_with(note, "below unit") ||
	    yp_starts_with(note, "not applicable");
}

static void
check_gaps(struct clean *c, struct obs **s, size_t n, struct ind_info *ii)
{
	size_t *v = xmalloc((n ? n : 1) * sizeof *v), nv = 0, g, k;

	for (k = 0; k < n; k++)
		if (s[k]->flags & OBS_VALUE)
			v[nv++] = k;
	if (nv == 0) {
		report_missing(c, s, 0, n, "missing", SEV_INFO,
		    "kept as M: the series has no value");
		free(v);
		return;
	}
	report_missing(c, s, 0, v[0], "missing", SEV_INFO,
	    "kept as M: before the first value, never extrapolated");
	report_missing(c, s, v[nv - 1] + 1, n, "missing", SEV_INFO,
	    "kept as M: after the last value, never extrapolated");
	for (g = 0; g + 1 < nv; g++) {
		struct obs *a = s[v[g]], *b = s[v[g + 1]];
		int gap = b->from - a->from - 1;
		char period[32], na[YP_NUM_BUFSZ], nb[YP_NUM_BUFSZ], sa[4200],
		    sb[4200], src[8500];

		if (gap <= 0)
			continue;
		for (k = v[g] + 1; k < v[g + 1]; k++)
			if (missing_for_a_reason(c, s[k]))
				break;
		if (k < v[g + 1]) {
			report_missing(c, s, v[g] + 1, v[g + 1], "missing", SEV_INFO,
			    "kept as M: the table says why (… or —), so it is "
			    "not interpolated");
			continue;
		}
		if (ii->set.max_gap == 0) {
			report_missing(c, s, v[g] + 1, v[g + 1], "missing", SEV_INFO,
			    "kept as M: filling is off for this indicator "
			    "(config/clean.csv)");
			continue;
		}
		if (gap > ii->set.max_gap || b->status == YP_STATUS_BREAK ||
		    gap > 64) {
			period_text(a->from + 1, b->from - 1, period, sizeof period);
			yp_format_number(a->value, na);
			yp_format_number(b->value, nb);
			clean_source(c, a, sa, sizeof sa);
			clean_source(c, b, sb, sizeof sb);
			if (strcmp(sa, sb) == 0)
				snprintf(src, sizeof src, "%s", sa);
			else
				snprintf(src, sizeof src, "%s; %s", sa, sb);
			if (b->status == YP_STATUS_BREAK && gap <= ii->set.max_gap)
				quality_add(&c->quality, SEV_WARNING, "gap-at-break",
				    str(c, a->region), str(c, a->indicator), period,
				    src, "not filled: never across a break; missing "
				    "records kept as M", "%d %s without a value "
				    "between %d (%s) and the break in %d (%s)", gap,
				    gap == 1 ? "year" : "years", a->from, na, b->from,
				    nb);
			else
				quality_add(&c->quality, SEV_WARNING, "gap-too-long",
				    str(c, a->region), str(c, a->indicator), period,
				    src, "not filled; missing records kept as M",
				    "%d years without a value between %d (%s) and "
				    "%d (%s); at most %d are filled", gap, a->from, na,
				    b->from, nb, ii->set.max_gap);
			continue;
		}
		fill_gap(c, s, v, nv, g, ii);
	}
	free(v);
}

/* Walk the annual values of each series. */
static void
check_series(struct clean *c)
{
	struct obs **s = NULL;
	size_t cap = 0, i = 0, j, n;

	while (i < c->n) {
		const struct obs *first = &c->obs[i];
		struct ind_info *ii;

		for (j = i + 1; j < c->n && c->obs[j].region == first->region &&
		    c->obs[j].indicator == first->indicator &&
		    c->obs[j].measure == first->measure; j++)
			;
		if (first->measure != c->id_value) {
			i = j;
			continue;
		}
		for (n = 0; i < j; i++)
			if (c->obs[i].from == c->obs[i].to) {
				s = xgrow(s, &cap, n, sizeof *s);
				s[n++] = &c->obs[i];
			}
		ii = info_for(c, first->indicator);
		check_jumps(c, s, n, ii);
		check_gaps(c, s, n, ii);
	}
	free(s);
}

/* ---- ranges --------------------------------------------------------------- */

static void
check_range_of(struct clean *c, const struct obs *o)
{
	struct ind_info *ii;
	size_t r;

	if (o->measure != c->id_value || !(o->flags & OBS_VALUE))
		return;
	ii = info_for(c, o->indicator);
	for (r = 0; r < ii->nranges; r++) {
		const struct rule *rule = &c->rules.r[ii->ranges[r]];
		char v[YP_NUM_BUFSZ], lo[32], hi[32], period[32], src[4200],
		    bounds[96];

		if (!((rule->has_min && o->value < rule->min) ||
		    (rule->has_max && o->value > rule->max)))
			continue;
		yp_format_number(o->value, v);
		human(rule->min, lo, sizeof lo);
		human(rule->max, hi, sizeof hi);
		if (rule->has_min && rule->has_max)
			snprintf(bounds, sizeof bounds, "outside [%s, %s]", lo, hi);
		else if (rule->has_min)
			snprintf(bounds, sizeof bounds, "below the minimum %s", lo);
		else
			snprintf(bounds, sizeof bounds, "above the maximum %s", hi);
		period_text(o->from, o->to, period, sizeof period);
		clean_source(c, o, src, sizeof src);
		quality_add(&c->quality, rule->severity, rule->name,
		    str(c, o->region), str(c, o->indicator), period, src,
		    severity_action(rule->severity), "%s %s %s", v,
		    str(c, o->unit), bounds);
	}
}

/* ---- identities and derived ratios ---------------------------------------- */

/* The record of (region, indicator, measure value, year), or NULL. */
static const struct obs *
find_obs(const struct clean *c, uint32_t region, uint32_t indicator, int year)
{
	const uint32_t *rank = c->pool.rank;
	struct obs key;
	size_t lo = 0, hi = c->n;

	memset(&key, 0, sizeof key);
	key.region = region;
	key.indicator = indicator;
	key.measure = c->id_value;
	key.from = key.to = (int16_t)year;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int k = cmp_key(rank, &c->obs[mid], &key);
		if (k == 0)
			return &c->obs[mid];
		if (k < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The tolerance in words; abs_tol is in base units, shown in unit (one
 * unit = factor base units). */
static void
tolerance_text(const struct rule *r, const char *unit, double factor,
    char *buf, size_t size)
{
	char rel[32], abs[32];

	human(r->rel_tol, rel, sizeof rel);
	human(r->abs_tol / factor, abs, sizeof abs);
	if (r->rel_tol > 0 && r->abs_tol > 0)
		snprintf(buf, size, "%s %% of the right side or ±%s %s", rel, abs,
		    unit);
	else if (r->rel_tol > 0)
		snprintf(buf, size, "%s %% of the right side", rel);
	else
		snprintf(buf, size, "±%s %s", abs, unit);
}

static void
check_formula(struct clean *c, const struct rule *r)
{
	const struct formula *f = &r->formula;
	uint32_t *ids = xmalloc(f->nvars * sizeof *ids);
	const struct obs **at = xmalloc(f->nvars * sizeof *at);
	double *vals = xmalloc(f->nvars * sizeof *vals);
	const char *shown = r->check == CHECK_DERIVED ?
	    f->vars[f->left.ops[0].var].code : f->lone;
	const struct yp_indicator *show = shown ?
	    yp_indicator_get(c->cfg, shown) : NULL;
	const struct yp_unit *su = show ? yp_unit_get(c->cfg, show->unit) : NULL;
	double sf = su ? su->factor : 1;
	const char *unit = su ? show->unit : "(base units)";
	size_t anchor = 0, v, i;

	for (v = 0; v < f->nvars; v++) {
		if (!pool_find(&c->pool, f->vars[v].code, &ids[v]))
			goto done;	/* an indicator with no data at all */
		if (f->vars[v].lag < f->vars[anchor].lag)
			anchor = v;
	}
	for (i = 0; i < c->n; i++) {
		const struct obs *o = &c->obs[i];
		int year, ok = 1;
		double left, right, diff, tol;
		char l[32], rt[32], d[32], tt[160], pct[32], period[8],
		    src[8600];
		size_t len;

		if (o->indicator != ids[anchor] || o->measure != c->id_value ||
		    o->from != o->to || !observed(o))
			continue;
		year = o->from + f->vars[anchor].lag;
		for (v = 0; v < f->nvars && ok; v++) {
			at[v] = v == anchor ? o : find_obs(c, o->region, ids[v],
			    year - f->vars[v].lag);
			if (!at[v] || !observed(at[v]))
				ok = 0;
			else
				vals[v] = at[v]->value *
				    info_for(c, ids[v])->base_factor;
		}
		if (!ok || !expr_eval(&f->left, vals, &left) ||
		    !expr_eval(&f->right, vals, &right))
			continue;
		diff = left - right;
		tol = fmax(r->abs_tol, r->rel_tol / 100 * fabs(right));
		if (fabs(diff) - tol <= 1e-9 * fmax(fabs(left), fabs(right)))
			continue;
		human(left / sf, l, sizeof l);
		human(right / sf, rt, sizeof rt);
		human(diff / sf, d, sizeof d);
		tolerance_text(r, unit, sf, tt, sizeof tt);
		if (right != 0)
			snprintf(pct, sizeof pct, " (%+.2f %%)", diff / fabs(right) *
			    100);
		else
			pct[0] = '\0';
		snprintf(period, sizeof period, "%d", year);
		/* The sources of the records read, each once. */
		src[0] = '\0';
		len = 0;
		for (v = 0; v < f->nvars; v++) {
			char one[4200];
			size_t w, seen = 0;
			clean_source(c, at[v], one, sizeof one);
			for (w = 0; w < v; w++)
				if (at[w]->file == at[v]->file &&
				    at[w]->line == at[v]->line)
					seen = 1;
			if (seen)
				continue;
			if (len + strlen(one) + 3 >= sizeof src)
				break;
			len += (size_t)snprintf(src + len, sizeof src - len, "%s%s",
			    len ? "; " : "", one);
		}
		if (r->check == CHECK_DERIVED)
			quality_add(&c->quality, r->severity, r->name,
			    str(c, o->region), shown, period, src,
			    r->severity == SEV_ERROR ? severity_action(SEV_ERROR) :
			    "kept the published value",
			    "published %s, derived %s %s (%s); difference %s%s; "
			    "tolerance %s", l, rt, unit, r->formula_text,
			    diff > 0 ? "+" : "", d, tt);
		else
			quality_add(&c->quality, r->severity, r->name,
			    str(c, o->region), shown ? shown : f->vars[0].code,
			    period, src, severity_action(r->severity),
			    "%s: left %s, right %s %s; difference %s%s%s; "
			    "tolerance %s", r->formula_text, l, rt, unit,
			    diff > 0 ? "+" : "", d, pct, tt);
	}
done:
	free(ids);
	free(at);
	free(vals);
}

/* ---- the whole run -------------------------------------------------------- */

static void
report_conversion(const char *key, void *value, void *ctx)
{
	struct clean *c = ctx;
	const struct conv *v = value;
	char period[1400], factor[32];

	(void)key;
	years_text(&v->years, period, sizeof period);
	human(v->factor, factor, sizeof factor);
	if (v->factor < 1e-3)
		snprintf(factor, sizeof factor, "%g", v->factor);
	quality_add(&c->quality, SEV_INFO, "unit-converted",
	    v->many_regions ? "*" : str(c, v->region), str(c, v->indicator),
	    period, str(c, v->file), "converted", "%lu %s from %s to %s (×%s)",
	    v->count, v->count == 1 ? "value" : "values", str(c, v->from_unit),
	    str(c, v->to_unit), factor);
}

void
clean_run(struct clean *c)
{
	size_t i;

	yp_map_each(c->conversions, report_conversion, c);
	pool_rank(&c->pool);
	sort_obs(c, c->obs, c->n);
	reconcile_editions(c);
	check_series(c);
	/* The filled values come after the rest; put them in order. */
	pool_rank(&c->pool);
	sort_obs(c, c->added, c->nadded);
	for (i = 0; i < c->n; i++)
		check_range_of(c, &c->obs[i]);
	for (i = 0; i < c->nadded; i++)
		check_range_of(c, &c->added[i]);
	for (i = 0; i < c->rules.n; i++)
		if (c->rules.r[i].check == CHECK_IDENTITY ||
		    c->rules.r[i].check == CHECK_DERIVED)
			check_formula(c, &c->rules.r[i]);
	quality_sort(&c->quality);
}

static void
write_obs(struct clean *c, struct yp_writer *w, const struct obs *o)
{
	char period[16], source[4200], *p;
	struct yp_rec rec;

	yp_rec_init(&rec);
	rec.region = str(c, o->region);
	rec.indicator = str(c, o->indicator);
	rec.measure = str(c, o->measure);
	p = put_uint(period, (unsigned long)o->from);
	if (o->to != o->from) {
		*p++ = '-';
		p = put_uint(p, (unsigned long)o->to);
	}
	*p = '\0';
	rec.period = period;
	rec.value = o->value;
	rec.has_value = (o->flags & OBS_VALUE) != 0;
	rec.unit = str(c, o->unit);
	rec.status = o->status;
	clean_source(c, o, source, sizeof source);
	rec.source = source;
	rec.note = str(c, o->note);
	yp_write(w, &rec);
}

void
clean_write(struct clean *c, struct yp_writer *w)
{
	const uint32_t *rank = c->pool.rank;
	size_t i = 0, j = 0;

	while (i < c->n || j < c->nadded) {
		if (j == c->nadded || (i < c->n &&
		    cmp_key(rank, &c->obs[i], &c->added[j]) <= 0))
			write_obs(c, w, &c->obs[i++]);
		else
			write_obs(c, w, &c->added[j++]);
	}
}
