/* yp-report: what each {{placeholder}} of a template turns into. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fill.h"
#include "msg.h"
#include "num.h"
#include "sbuf.h"
#include "rec.h"
#include "report.h"
#include "xalloc.h"

/* ---- helpers the handlers share ------------------------------------------ */

const char *
rp_keep(struct rp_ctx *c, char *s)
{
	c->garbage = xrealloc(c->garbage, (c->ngarbage + 1) * sizeof *c->garbage);
	c->garbage[c->ngarbage++] = s;
	return s;
}

void
rp_bad(struct rp_ctx *c, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	yp_warn_at(c->r->tpl.path, c->p->line, "{{%s}}: %s",
	    c->text ? c->text : c->p->kind, msg ? msg : "bad placeholder");
	free(msg);
	c->bad = 1;
	c->r->errors++;
}

static void
note_missing(struct rp_ctx *c, const char *indicator, const char *measure,
	const char *period)
{
	const struct rp_rec *rec;

	if (c->missing)
		return;
	rec = rp_store_get(&c->r->store, c->region, indicator, measure, period);
	if (rec)	/* there, but status M: say why */
		c->missing = xasprintf("%s %s %s %s: %s (%s:%lu)", c->region,
		    indicator, measure, period, *rec->note ? rec->note :
		    "missing", rec->file, rec->line);
	else
		c->missing = xasprintf("%s %s %s %s: no such record in the "
		    "inputs", c->region, indicator, measure, period);
}

const struct rp_rec *
rp_try(struct rp_ctx *c, const char *indicator, const char *measure,
	const char *period)
{
	const struct rp_rec *rec;

	rec = rp_store_get(&c->r->store, c->region, indicator, measure, period);
	return rec && rec->has_value ? rec : NULL;
}

const struct rp_rec *
rp_get(struct rp_ctx *c, const char *indicator, const char *measure,
	const char *period)
{
	const struct rp_rec *rec = rp_try(c, indicator, measure, period);

	if (!rec)
		note_missing(c, indicator, measure, period);
	return rec;
}

const struct rp_rec *
rp_get_any(struct rp_ctx *c, const char *indicator,
	const char *const *measures, const char *period)
{
	const struct rp_rec *rec;
	size_t i;

	for (i = 0; measures[i]; i++)
		if ((rec = rp_try(c, indicator, measures[i], period)) != NULL)
			return rec;
	note_missing(c, indicator, measures[0], period);
	return NULL;
}

struct rp_val
rp_val_of(struct rp_ctx *c, const struct rp_rec *rec)
{
	struct rp_val v;

	v.v = rec->value;
	v.prov = rp_keep(c, rp_prov(&c->r->store, rec));
	return v;
}

const char *
rp_indicator_name(const struct rp_report *r, const char *code)
{
	const struct yp_indicator *ind = yp_indicator_get(r->cfg, code);

	if (ind && *ind->name_zh)
		return ind->name_zh;
	if (strncmp(code, "x.", 2) == 0)
		return code + 2;
	return code;
}

const char *
rp_indicator_unit(const struct rp_report *r, const char *code)
{
	const struct yp_indicator *ind = yp_indicator_get(r->cfg, code);

	return ind ? ind->unit : "";
}

static int
indicator_is_rate(const struct rp_report *r, const char *code)
{
	const struct yp_indicator *ind = yp_indicator_get(r->cfg, code);

	return ind && strcmp(ind->kind, "rate") == 0;
}

const char *
rp_label(const struct rp_report *r, const char *measure, int code,
	const char *fallback)
{
	int cm, cc, cl;
	size_t i;
	long v;

	if (!r->labels)
		return fallback;
	cm = yp_table_col(r->labels, "measure");
	cc = yp_table_col(r->labels, "code");
	cl = yp_table_col(r->labels, "label_zh");
	if (cl < 0)
		cl = yp_table_col(r->labels, "label");
	if (cm < 0 || cc < 0 || cl < 0)
		return fallback;
	for (i = 0; i < r->labels->nrows; i++)
		if (strcmp(yp_table_cell(r->labels, i, cm), measure) == 0 &&
		    yp_parse_long(yp_table_cell(r->labels, i, cc), -1000, 1000,
		    &v) && v == code && *yp_table_cell(r->labels, i, cl))
			return yp_table_cell(r->labels, i, cl);
	return fallback;
}

/* Units that are not written after a number. */
static const char *const silent_units[] = {
	"", "ratio", "code", "—", "-", "order", "count", "1–3", "人/人",
	"0–10 000", NULL
};

const char *
rp_unit_suffix(const char *unit)
{
	size_t i;

	if (!unit)
		return "";
	for (i = 0; silent_units[i]; i++)
		if (strcmp(unit, silent_units[i]) == 0)
			return "";
	if (strcmp(unit, "pp") == 0 || strcmp(unit, "百分点") == 0)
		return "个百分点";
	if (strcmp(unit, "degrees") == 0)
		return "°";
	return rp_unit_printed(unit) ? unit : "";
}

void
rp_format_value(double v, const char *unit, int decimals, int with_unit,
	char *buf, size_t sz)
{
	char num[RP_NUMSZ];

	if (decimals < 0)
		decimals = rp_default_decimals(unit, v);
	rp_round(v, decimals, num);
	snprintf(buf, sz, "%s%s", num, with_unit ? rp_unit_suffix(unit) : "");
}

/* Replace every $name word of a placeholder by the front-matter value
 * (and $name+N / $name-N by the year N after or before it).  Returns 0, or
 * -1 after a template error. */
int
rp_substitute(struct rp_ctx *c, struct rp_placeholder *p)
{
	const char *v;
	char name[128], *a;
	size_t i, n;
	long base, off;

	for (i = 0; i < p->nargs; i++) {
		a = p->args[i];
		if (a[0] != '$')
			continue;
		n = strcspn(a + 1, "+-");
		if (n >= sizeof name)
			n = sizeof name - 1;
		memcpy(name, a + 1, n);
		name[n] = '\0';
		v = rp_template_meta(&c->r->tpl, name);
		if (!v) {
			rp_bad(c, "$%s: not set in the template's front matter; add "
			    "a line \"%s: ...\" between the --- lines", name, name);
			return -1;
		}
		if (!a[1 + n]) {
			p->args[i] = xstrdup(v);
		} else if (yp_parse_long(v, 1900, 2200, &base) &&
		    yp_parse_long(a + 1 + n, -200, 200, &off)) {
			p->args[i] = xasprintf("%ld", base + off);
		} else {
			rp_bad(c, "%s: year arithmetic needs a year and a whole "
			    "number", a);
			return -1;
		}
		free(a);
	}
	return 0;
}

/* The i-th positional argument ($names are replaced already). */
static const char *
arg(struct rp_ctx *c, size_t i)
{
	return i < c->p->nargs ? c->p->args[i] : NULL;
}

/* A period argument, checked. */
static const char *
period_arg(struct rp_ctx *c, size_t i)
{
	const char *a = arg(c, i);

	if (!a)
		return NULL;
	if (!rp_is_period(a)) {
		rp_bad(c, "\"%s\" is not a period; write a year (2025) or a "
		    "span (2021-2025)", a);
		return NULL;
	}
	return a;
}

/* An indicator argument, checked against config/indicators.csv. */
static const char *
indicator_arg(struct rp_ctx *c, size_t i)
{
	const char *a = arg(c, i);
	const struct yp_indicator *ind;

	if (!a)
		return NULL;
	if (yp_indicator_get(c->r->cfg, a) || strncmp(a, "x.", 2) == 0 ||
	    strcmp(a, "*") == 0)
		return a;
	ind = yp_indicator_match(c->r->cfg, a);
	if (ind)
		return ind->code;
	rp_bad(c, "%s: not an indicator of config/indicators.csv; use its "
	    "code (gdp, pop.resident, ...)", a);
	return NULL;
}

/* Decimals from the format ("| 1"), else -1 (the unit's default). */
static int
format_decimals(struct rp_ctx *c)
{
	size_t i;
	long d;

	for (i = 0; i < c->p->nformat; i++)
		if (yp_parse_long(c->p->format[i], 0, 6, &d))
			return (int)d;
	return -1;
}

static int
span_years(const char *period, int *from, int *to)
{
	yp_period_parse(period, from, to);
	return *to - *from + 1;
}

/* ---- {{region}} {{parent}} {{meta KEY}} {{name IND}} ------------------------ */

static int
fill_region(struct rp_ctx *c)
{
	rp_words(c->o, c->region);
	return 0;
}

static int
fill_parent(struct rp_ctx *c)
{
	const struct yp_region *reg = yp_region_get(c->r->cfg, c->region);
	const struct yp_region *par = reg && *reg->parent ?
	    yp_region_by_code(c->r->cfg, reg->parent) : NULL;

	if (!par) {
		rp_bad(c, "%s has no parent region in config/regions.csv",
		    c->region);
		return -1;
	}
	rp_words(c->o, par->name);
	return 0;
}

char *
rp_meta_text(const struct rp_report *r, const char *region, const char *v)
{
	struct yp_sbuf b = YP_SBUF_INIT;
	const struct yp_region *reg = yp_region_get(r->cfg, region);
	const struct yp_region *par = reg && *reg->parent ?
	    yp_region_by_code(r->cfg, reg->parent) : NULL;

	while (*v) {
		if (strncmp(v, "{region}", 8) == 0) {
			yp_sbuf_add(&b, region);
			v += 8;
		} else if (strncmp(v, "{parent}", 8) == 0 && par) {
			yp_sbuf_add(&b, par->name);
			v += 8;
		} else {
			yp_sbuf_addc(&b, *v++);
		}
	}
	return yp_sbuf_take(&b);
}

static int
fill_meta(struct rp_ctx *c)
{
	const char *key = c->p->nargs ? c->p->args[0] : c->p->kind;
	const char *v = rp_template_meta(&c->r->tpl, key);

	if (!v) {
		rp_bad(c, "%s: not set in the front matter", key);
		return -1;
	}
	rp_markdown(c->o, rp_keep(c, rp_meta_text(c->r, c->region, v)));
	return 0;
}

static int
fill_name(struct rp_ctx *c)
{
	const char *ind = indicator_arg(c, 0);

	if (!ind)
		return -1;
	rp_words(c->o, rp_indicator_name(c->r, ind));
	return 0;
}

/* ---- {{value IND [MEASURE] PERIOD | UNIT DECIMALS nounit abs pct times}} --- */

/* The measure and period of "IND [MEASURE] PERIOD". */
static int
record_args(struct rp_ctx *c, const char **ind, const char **measure,
	const char **period)
{
	*ind = indicator_arg(c, 0);
	if (!*ind)
		return -1;
	if (c->p->nargs == 2) {
		*measure = "value";
		*period = period_arg(c, 1);
	} else if (c->p->nargs == 3) {
		*measure = arg(c, 1);
		*period = period_arg(c, 2);
	} else {
		rp_bad(c, "write {{%s INDICATOR [MEASURE] PERIOD}}", c->p->kind);
		return -1;
	}
	return *measure && *period ? 0 : -1;
}

static int
fill_value(struct rp_ctx *c)
{
	const char *ind, *measure, *period, *unit, *to_unit = NULL;
	const struct rp_rec *rec;
	struct rp_val v;
	char buf[RP_NUMSZ + 64];
	int decimals, with_unit = 1, as_pct = 0, as_times = 0;
	size_t i;
	double f;

	if (record_args(c, &ind, &measure, &period) < 0)
		return -1;
	for (i = 0; i < c->p->nformat; i++) {
		const char *w = c->p->format[i];
		long d;

		if (strcmp(w, "nounit") == 0)
			with_unit = 0;
		else if (strcmp(w, "abs") == 0 || strcmp(w, "sign") == 0)
			;
		else if (strcmp(w, "pct") == 0)
			as_pct = 1;
		else if (strcmp(w, "times") == 0)
			as_times = 1;
		else if (yp_parse_long(w, 0, 6, &d))
			;
		else if (yp_unit_get(c->r->cfg, w) || strcmp(w, "%") == 0 ||
		    strcmp(w, "‰") == 0)
			to_unit = w;
		else {
			rp_bad(c, "format \"%s\": give a unit of config/units.csv, "
			    "decimals (0-6), nounit, abs, sign, pct or times", w);
			return -1;
		}
	}
	rec = rp_get(c, ind, measure, period);
	if (!rec)
		return -1;
	v = rp_val_of(c, rec);
	unit = rec->unit;
	if (to_unit && strcmp(to_unit, unit) != 0) {
		if (yp_unit_factor(c->r->cfg, unit, to_unit, &f) != 1) {
			rp_bad(c, "cannot convert %s to %s", unit, to_unit);
			return -1;
		}
		v.v *= f;
		unit = to_unit;
	}
	if (as_pct) {
		v.v *= 100;
		unit = "%";
	} else if (as_times) {
		unit = "倍";
	}
	if (rp_placeholder_flag(c->p, "abs"))
		v.v = fabs(v.v);
	decimals = format_decimals(c);
	if (decimals < 0)
		decimals = as_times ? 2 : rp_default_decimals(unit, v.v);
	rp_format_value(v.v, unit, decimals, 0, buf, sizeof buf);
	if (rp_placeholder_flag(c->p, "sign") && v.v > 0 &&
	    !rp_rounds_to_zero(v.v, decimals)) {
		memmove(buf + 1, buf, strlen(buf) + 1);
		buf[0] = '+';
	}
	rp_number(c->o, buf, v.prov);
	if (with_unit)
		rp_words(c->o, strcmp(unit, "倍") == 0 ? "倍" :
		    rp_unit_suffix(unit));
	return 0;
}

/* ---- {{growth IND PERIOD [real|nominal] [cum] [bare]}} -------------------- */

static int
fill_growth(struct rp_ctx *c)
{
	static const char *const year_any[] = { "yoy_real", "real_growth", "yoy", NULL };
	static const char *const year_real[] = { "yoy_real", "real_growth", NULL };
	static const char *const year_nominal[] = { "yoy", NULL };
	static const char *const span_any[] = { "cagr_real", "real_growth", "cagr", NULL };
	static const char *const span_real[] = { "cagr_real", "real_growth", NULL };
	static const char *const span_nominal[] = { "cagr", NULL };
	/* derived.cum_change: yp-structure's change of an intensity with GDP
	 * at comparable prices, which is the real one */
	static const char *const cum_any[] = { "derived.cum_change",
	    "cum_change_real", "real_growth_cum", "cum_change", NULL };
	static const char *const cum_real[] = { "derived.cum_change",
	    "cum_change_real", "real_growth_cum", NULL };
	static const char *const cum_nominal[] = { "cum_change", NULL };
	static const char *const published[] = { "value", NULL };
	const char *const *measures;
	const char *ind, *period, *len;
	const struct rp_rec *rec;
	enum rp_growth_style style;
	int from, to, real = 0, nominal = 0, cum = 0, bare = 0, decimals;
	size_t i;

	ind = indicator_arg(c, 0);
	period = period_arg(c, 1);
	if (!ind || !period)
		return -1;
	for (i = 2; i < c->p->nargs; i++) {
		const char *w = c->p->args[i];

		if (strcmp(w, "real") == 0)
			real = 1;
		else if (strcmp(w, "nominal") == 0)
			nominal = 1;
		else if (strcmp(w, "cum") == 0)
			cum = 1;
		else if (strcmp(w, "bare") == 0)
			bare = 1;
		else {
			rp_bad(c, "\"%s\": the words after the period are real, "
			    "nominal, cum or bare", w);
			return -1;
		}
	}
	span_years(period, &from, &to);
	len = strrchr(ind, '.');
	if (from == to && len && strcmp(len, ".growth") == 0) {
		measures = published;	/* a published growth rate */
		style = RP_GROWTH_YOY;
	} else if (cum) {
		measures = real ? cum_real : nominal ? cum_nominal : cum_any;
		style = RP_GROWTH_CUM;
	} else if (from == to) {
		measures = real ? year_real : nominal ? year_nominal : year_any;
		style = RP_GROWTH_YOY;
	} else {
		measures = real ? span_real : nominal ? span_nominal : span_any;
		style = RP_GROWTH_AVG;
	}
	if (bare)
		style = RP_GROWTH_BARE;
	rec = rp_get_any(c, ind, measures, period);
	if (!rec)
		return -1;
	decimals = format_decimals(c);
	rp_say_growth(c->o, rp_val_of(c, rec), decimals < 0 ? 1 : decimals,
	    style);
	return 0;
}

/* ---- {{change IND [MEASURE] PERIOD}} {{sign ... up= down=}} -------------- */

/* The change over a period: a rate's pp_change (or the change record of
 * MEASURE), else the difference of the values (of MEASURE) at the end and
 * at the base year (the year before a span).  *points says whether it is
 * in percentage points; *unit is the amount's unit.  0, or -1 when a
 * record is missing. */
static int
change_of(struct rp_ctx *c, struct rp_val *d, int *points, const char **unit)
{
	static const char *const pp[] = { "pp_change", "share_change", NULL };
	const char *ind, *measure = NULL, *period;
	const struct rp_rec *rec, *a, *b;
	char y0[16], y1[16];
	int from, to;

	ind = indicator_arg(c, 0);
	if (!ind)
		return -1;
	if (c->p->nargs == 3) {
		measure = arg(c, 1);
		period = period_arg(c, 2);
	} else if (c->p->nargs == 2) {
		period = period_arg(c, 1);
	} else {
		rp_bad(c, "write {{%s INDICATOR [MEASURE] PERIOD}}", c->p->kind);
		return -1;
	}
	if (!period || (c->p->nargs == 3 && !measure))
		return -1;
	if ((measure && (rec = rp_try(c, ind, measure, period)) != NULL) ||
	    (!measure && indicator_is_rate(c->r, ind))) {
		/* a change record: a rate's or share's percentage points */
		if (!measure && !(rec = rp_get_any(c, ind, pp, period)))
			return -1;
		*d = rp_val_of(c, rec);
		*points = 1;
		*unit = rec->unit;
		return 0;
	}
	span_years(period, &from, &to);
	snprintf(y0, sizeof y0, "%d", from - 1);
	snprintf(y1, sizeof y1, "%d", to);
	a = rp_get(c, ind, measure ? measure : "value", y0);
	b = rp_get(c, ind, measure ? measure : "value", y1);
	if (!a || !b)
		return -1;
	if (strcmp(a->unit, b->unit) != 0) {
		c->missing = xasprintf("%s %s: %s in %s but %s in %s; clean the "
		    "units first (yp-clean)", c->region, ind, a->unit, y0,
		    b->unit, y1);
		return -1;
	}
	d->v = b->value - a->value;
	d->prov = rp_keep(c, xasprintf("%s − %s\n%s\n%s", y1, y0,
	    rp_val_of(c, b).prov, rp_val_of(c, a).prov));
	*points = strcmp(b->unit, "%") == 0;
	*unit = b->unit;
	return 0;
}

static int
fill_change(struct rp_ctx *c)
{
	struct rp_val d;
	const char *unit;
	int points, decimals = format_decimals(c);

	if (change_of(c, &d, &points, &unit) < 0)
		return -1;
	if (points)
		rp_say_points(c->o, d, decimals < 0 ? 1 : decimals);
	else
		rp_say_amount_change(c->o, d, decimals < 0 ?
		    rp_default_decimals(unit, d.v) : decimals, unit);
	return 0;
}

/* One of up=, down= or flat= (default 持平) by the sign of the change, as
 * {{change}} would print it: headings and verbs that follow the data. */
static int
fill_sign(struct rp_ctx *c)
{
	const char *up = rp_placeholder_opt(c->p, "up");
	const char *down = rp_placeholder_opt(c->p, "down");
	const char *flat = rp_placeholder_opt(c->p, "flat");
	struct rp_val d;
	const char *unit;
	int points, decimals = format_decimals(c);

	if (!up || !down) {
		rp_bad(c, "give the words: up=... down=... (and flat=...)");
		return -1;
	}
	if (change_of(c, &d, &points, &unit) < 0)
		return -1;
	if (decimals < 0)
		decimals = points ? 1 : rp_default_decimals(unit, d.v);
	if (rp_rounds_to_zero(d.v, decimals))
		rp_number(c->o, flat ? flat : "持平", d.prov);
	else
		rp_number(c->o, d.v > 0 ? up : down, d.prov);
	return 0;
}

/* ---- {{pace IND PERIOD1 PERIOD2}} {{fromto IND [MEASURE] FROM TO}} ------- */

/* The growth of a period as {{growth}} finds it. */
static const struct rp_rec *
growth_of(struct rp_ctx *c, const char *ind, const char *period)
{
	static const char *const year_any[] = { "yoy_real", "real_growth", "yoy", NULL };
	static const char *const span_any[] = { "cagr_real", "real_growth", "cagr", NULL };
	int from, to;

	span_years(period, &from, &to);
	return rp_get_any(c, ind, from == to ? year_any : span_any, period);
}

/* How the growth of the later period compares with the earlier one:
 * 加快0.4个百分点 | 回落0.6个百分点 | 持平 | 基本持平. */
static int
fill_pace(struct rp_ctx *c)
{
	const char *ind = indicator_arg(c, 0), *p1 = period_arg(c, 1);
	const char *p2 = period_arg(c, 2);
	const struct rp_rec *a, *b;
	struct rp_val d;
	char buf[RP_NUMSZ];
	int decimals = format_decimals(c);

	if (!ind || !p1 || !p2)
		return -1;
	a = growth_of(c, ind, p1);
	b = growth_of(c, ind, p2);
	if (!a || !b)
		return -1;
	if (decimals < 0)
		decimals = 1;
	/* the difference of the printed rates, so that the sentence adds up
	 * for a reader who subtracts the two figures of the text */
	{
		char x[RP_NUMSZ], y[RP_NUMSZ];

		rp_round(a->value, decimals, x);
		rp_round(b->value, decimals, y);
		d.v = strtod(y, NULL) - strtod(x, NULL);
	}
	d.prov = rp_keep(c, xasprintf("%s − %s\n%s\n%s", p2, p1,
	    rp_val_of(c, b).prov, rp_val_of(c, a).prov));
	if (rp_rounds_to_zero(d.v, decimals)) {
		rp_number(c->o, b->value == a->value ? "持平" : "基本持平", d.prov);
		return 0;
	}
	rp_markdown(c->o, d.v > 0 ? "加快" : "回落");
	rp_round(fabs(d.v), decimals, buf);
	rp_number(c->o, buf, d.prov);
	rp_markdown(c->o, "个百分点");
	return 0;
}

/* 由a提高到b | 由a下降到b | 保持在a (up= and down= change the verbs). */
static int
fill_fromto(struct rp_ctx *c)
{
	const char *ind = indicator_arg(c, 0), *measure = "value", *y0, *y1;
	const char *up = rp_placeholder_opt(c->p, "up");
	const char *down = rp_placeholder_opt(c->p, "down");
	const struct rp_rec *a, *b;
	char x[RP_NUMSZ], y[RP_NUMSZ];
	const char *unit;
	int decimals = format_decimals(c);

	if (!ind)
		return -1;
	if (c->p->nargs == 4) {
		measure = arg(c, 1);
		y0 = period_arg(c, 2);
		y1 = period_arg(c, 3);
	} else if (c->p->nargs == 3) {
		y0 = period_arg(c, 1);
		y1 = period_arg(c, 2);
	} else {
		rp_bad(c, "write {{fromto INDICATOR [MEASURE] FROM TO}}");
		return -1;
	}
	if (!measure || !y0 || !y1)
		return -1;
	a = rp_get(c, ind, measure, y0);
	b = rp_get(c, ind, measure, y1);
	if (!a || !b)
		return -1;
	unit = b->unit;
	if (decimals < 0)
		decimals = rp_default_decimals(unit, b->value);
	rp_round(a->value, decimals, x);
	rp_round(b->value, decimals, y);
	if (strcmp(x, y) == 0) {
		rp_markdown(c->o, "保持在");
		rp_number(c->o, y, rp_val_of(c, b).prov);
		rp_words(c->o, rp_unit_suffix(unit));
		return 0;
	}
	rp_markdown(c->o, "由");
	rp_number(c->o, x, rp_val_of(c, a).prov);
	rp_words(c->o, rp_unit_suffix(a->unit));
	if (b->value > a->value)
		rp_words(c->o, up ? up : "提高到");
	else
		rp_words(c->o, down ? down : "下降到");
	rp_number(c->o, y, rp_val_of(c, b).prov);
	rp_words(c->o, rp_unit_suffix(unit));
	return 0;
}

/* ---- {{migration YEAR}}: resident against registered population ---------- */

static int
fill_migration(struct rp_ctx *c)
{
	const char *year = period_arg(c, 0);
	const struct rp_rec *m;
	char buf[RP_NUMSZ];
	int decimals = format_decimals(c);

	if (!year)
		return -1;
	m = rp_get(c, "pop.resident", "net_migration", year);
	if (!m)
		return -1;
	if (decimals < 0)
		decimals = rp_default_decimals(m->unit, m->value);
	if (rp_rounds_to_zero(m->value, decimals)) {
		rp_number(c->o, "常住人口与户籍人口基本相当", rp_val_of(c, m).prov);
		return 0;
	}
	rp_markdown(c->o, m->value < 0 ? "常住人口比户籍人口少" :
	    "常住人口比户籍人口多");
	rp_round(fabs(m->value), decimals, buf);
	rp_number(c->o, buf, rp_val_of(c, m).prov);
	rp_words(c->o, rp_unit_suffix(m->unit));
	rp_markdown(c->o, m->value < 0 ? "，人口净流出" : "，人口净流入");
	return 0;
}

/* ---- {{pull IND PERIOD [of=GDP]}} ----------------------------------------- */

static int
fill_pull(struct rp_ctx *c)
{
	const char *ind = indicator_arg(c, 0), *period = period_arg(c, 1);
	const char *of = rp_placeholder_opt(c->p, "of");
	const struct rp_rec *pull, *contrib;
	struct rp_val cv;
	int decimals;

	if (!ind || !period)
		return -1;
	pull = rp_get(c, ind, "pull", period);
	contrib = rp_try(c, ind, "contribution", period);
	if (!pull)
		return -1;
	if (contrib) {
		cv = rp_val_of(c, contrib);
	} else if (rp_placeholder_flag(c->p, "nocontribution")) {
		cv.v = NAN;
		cv.prov = NULL;
	} else {
		rp_get(c, ind, "contribution", period);
		return -1;
	}
	decimals = format_decimals(c);
	rp_say_pull(c->o, rp_val_of(c, pull), cv, of ? of : "GDP",
	    decimals < 0 ? 1 : decimals);
	return 0;
}

/* ---- {{shares YEAR}} {{structure FROM TO}} --------------------------------- */

static const char *const sectors[3] = {
	"gdp.primary", "gdp.secondary", "gdp.tertiary"
};

static int
sector_shares(struct rp_ctx *c, const char *year, struct rp_val v[3])
{
	const struct rp_rec *rec;
	int i, ok = 0;

	for (i = 0; i < 3; i++) {
		rec = rp_get(c, sectors[i], "share", year);
		if (rec) {
			v[i] = rp_val_of(c, rec);
			ok++;
		}
	}
	return ok == 3 ? 0 : -1;
}

static int
fill_shares(struct rp_ctx *c)
{
	const char *year = period_arg(c, 0);
	struct rp_val v[3];
	int decimals = format_decimals(c);

	if (!year || sector_shares(c, year, v) < 0)
		return -1;
	rp_say_shares(c->o, v, decimals < 0 ? 1 : decimals);
	return 0;
}

static int
fill_structure(struct rp_ctx *c)
{
	const char *y0 = period_arg(c, 0), *y1 = period_arg(c, 1);
	struct rp_val a[3], b[3];
	int decimals = format_decimals(c);

	if (!y0 || !y1 || sector_shares(c, y0, a) < 0 ||
	    sector_shares(c, y1, b) < 0)
		return -1;
	rp_say_structure(c->o, a, b, decimals < 0 ? 1 : decimals);
	return 0;
}

/* ---- {{ageing YEAR}} {{urbanization YEAR}} --------------------------------- */

static int
fill_ageing(struct rp_ctx *c)
{
	static const char *const share[] = { "share", "derived", NULL };
	const char *year = period_arg(c, 0);
	const struct rp_rec *rec, *stage;
	int decimals = format_decimals(c), code;

	if (!year)
		return -1;
	rec = rp_get_any(c, "pop.age65p", share, year);
	if (!rec)
		return -1;
	stage = rp_try(c, "pop.age65p", "ageing_stage", year);
	code = stage ? (int)stage->value : rp_ageing_stage(rec->value);
	rp_say_ageing(c->o, rp_val_of(c, rec), decimals < 0 ? 1 : decimals,
	    code, rp_label(c->r, "ageing_stage", code, NULL));
	return 0;
}

static int
fill_urbanization(struct rp_ctx *c)
{
	static const char *const rate[] = { "value", "derived", NULL };
	const char *year = period_arg(c, 0);
	const struct rp_rec *rec, *stage;
	int decimals = format_decimals(c), code;

	if (!year)
		return -1;
	rec = rp_get_any(c, "urbanization", rate, year);
	if (!rec)
		return -1;
	/* yp-structure codes the stages 1..3; the sentence counts from 0 */
	stage = rp_try(c, "urbanization", "urbanization_stage", year);
	code = stage ? (int)stage->value : rp_urbanization_stage(rec->value) + 1;
	rp_say_urbanization(c->o, rp_val_of(c, rec), decimals < 0 ? 1 :
	    decimals, code - 1, rp_label(c->r, "urbanization_stage", code, NULL));
	return 0;
}

/* ---- {{tapio IND PERIOD [as=WORDS]}} --------------------------------------- */

static const char *const tapio_states[] = {
	"", "强脱钩", "弱脱钩", "扩张连接", "扩张负脱钩", "强负脱钩",
	"弱负脱钩", "衰退连接", "衰退脱钩"
};

static int
fill_tapio(struct rp_ctx *c)
{
	const char *ind = indicator_arg(c, 0), *period = period_arg(c, 1);
	const char *as = rp_placeholder_opt(c->p, "as");
	const struct rp_rec *state, *e;
	char buf[RP_NUMSZ];
	int code;

	if (!ind || !period)
		return -1;
	state = rp_get(c, ind, "tapio_state", period);
	e = rp_get(c, ind, "tapio_e", period);
	if (!state || !e)
		return -1;
	code = (int)state->value;
	if (code < 1 || code > 8) {
		note_missing(c, ind, "tapio_state", period);
		return -1;
	}
	rp_words(c->o, as ? as : rp_indicator_name(c->r, ind));
	rp_markdown(c->o, "与经济增长呈");
	rp_number(c->o, rp_label(c->r, "tapio_state", code, tapio_states[code]),
	    rp_val_of(c, state).prov);
	rp_markdown(c->o, "状态（脱钩弹性系数为");
	rp_round(e->value, 2, buf);
	rp_number(c->o, buf, rp_val_of(c, e).prov);
	rp_markdown(c->o, "）");
	return 0;
}

/* ---- {{forecast IND YEAR [real] [level=80|95] [model]}} --------------------- */

static const char *const model_names[] = {
	"", "线性趋势", "对数线性（不变增长率）", "Logistic", "GM(1,1)灰色",
	"Holt线性趋势", "阻尼Holt趋势"
};

static int
fill_forecast(struct rp_ctx *c)
{
	const char *ind = indicator_arg(c, 0), *year = period_arg(c, 1);
	const char *level = rp_placeholder_opt(c->p, "level");
	const char *prefix = "";
	char m[64], lo_m[64], hi_m[64], buf[RP_NUMSZ + 32];
	const struct rp_rec *f, *lo, *hi;
	const char *unit;
	int decimals, show_model = 0;
	size_t i, first, n;

	if (!ind || !year)
		return -1;
	for (i = 2; i < c->p->nargs; i++) {
		if (strcmp(c->p->args[i], "real") == 0)
			prefix = "real.";
		else if (strcmp(c->p->args[i], "model") == 0)
			show_model = 1;
		else {
			rp_bad(c, "\"%s\": the words after the year are real or "
			    "model", c->p->args[i]);
			return -1;
		}
	}
	if (!level)
		level = "95";
	if (strcmp(level, "80") != 0 && strcmp(level, "95") != 0) {
		rp_bad(c, "level=%s: the intervals are 80 and 95", level);
		return -1;
	}
	snprintf(m, sizeof m, "%sforecast", prefix);
	snprintf(lo_m, sizeof lo_m, "%sforecast.lo%s", prefix, level);
	snprintf(hi_m, sizeof hi_m, "%sforecast.hi%s", prefix, level);
	f = rp_get(c, ind, m, year);
	lo = rp_get(c, ind, lo_m, year);
	hi = rp_get(c, ind, hi_m, year);
	if (!f || !lo || !hi)
		return -1;
	unit = f->unit;
	decimals = format_decimals(c);
	if (decimals < 0)
		decimals = rp_default_decimals(unit, f->value);
	rp_format_value(f->value, unit, decimals, 1, buf, sizeof buf);
	rp_number(c->o, buf, rp_val_of(c, f).prov);
	rp_markdown(c->o, "（");
	rp_markdown(c->o, level);
	rp_markdown(c->o, "%预测区间为");
	rp_format_value(lo->value, unit, decimals, 0, buf, sizeof buf);
	rp_number(c->o, buf, rp_val_of(c, lo).prov);
	rp_markdown(c->o, "～");
	rp_format_value(hi->value, unit, decimals, 1, buf, sizeof buf);
	rp_number(c->o, buf, rp_val_of(c, hi).prov);
	if (show_model) {
		snprintf(m, sizeof m, "%smodel", prefix);
		n = rp_store_range(&c->r->store, c->region, ind, m, &first);
		if (n > 0) {
			const struct rp_rec *mr = c->r->store.recs[first + n - 1];
			int code = mr->has_value ? (int)mr->value : 0;

			rp_markdown(c->o, "，采用");
			rp_number(c->o, code >= 1 && code <= 6 ?
			    model_names[code] : mr->note, rp_keep(c,
			    rp_prov(&c->r->store, mr)));
			rp_markdown(c->o, "模型");
		}
	}
	rp_markdown(c->o, "）");
	return 0;
}

/* ---- {{target IND PLAN}} {{targets PLAN}} ---------------------------------- */

static const char *const verdict_labels[] = {
	"", "符合趋势", "需加力", "难度较大"
};

/* "规划目标为…，实际为…，已完成", each part as the target's type says it. */
static void
say_target_value(struct rp_ctx *c, const struct rp_target *tg,
	const struct rp_rec *r, int is_target)
{
	const char *t = tg->type;
	struct rp_val v = rp_val_of(c, r);
	char buf[RP_NUMSZ + 32];

	if (strcmp(t, "growth") == 0 || strcmp(t, "in_step") == 0) {
		rp_say_growth(c->o, v, 1, RP_GROWTH_AVG);
	} else if (strcmp(t, "cumulative") == 0) {
		rp_say_growth(c->o, v, 1, RP_GROWTH_CUM);
	} else if (strcmp(t, "cumulative_abs") == 0) {
		rp_markdown(c->o, "累计");
		rp_say_amount_change(c->o, v, rp_default_decimals(tg->unit, v.v),
		    tg->unit);
	} else {
		if (is_target && strcmp(t, "max") == 0)
			rp_markdown(c->o, "不高于");
		else if (is_target && strcmp(t, "min") == 0)
			rp_markdown(c->o, "不低于");
		rp_format_value(v.v, tg->unit, -1, 1, buf, sizeof buf);
		rp_number(c->o, buf, v.prov);
	}
}

static int
fill_target(struct rp_ctx *c)
{
	const char *ind = indicator_arg(c, 0), *plan = period_arg(c, 1);
	const struct rp_rec *a, *done, *req, *hist, *ratio, *verdict;
	struct rp_target tg;
	char buf[RP_NUMSZ + 32];

	if (!ind || !plan)
		return -1;
	if (!rp_target_find(c, ind, plan, &tg)) {
		note_missing(c, ind, "target", plan);
		return -1;
	}
	req = rp_try(c, ind, "required_rate", plan);
	if (!req) {
		/* a plan that ended: target, actual, achieved */
		a = rp_get(c, ind, "actual", plan);
		done = rp_get(c, ind, "achieved", plan);
		if (!a || !done)
			return -1;
		rp_markdown(c->o, "规划目标为");
		if (strcmp(tg.type, "in_step") == 0)
			rp_number(c->o, "与经济增长同步", tg.rec ?
			    rp_val_of(c, tg.rec).prov : NULL);
		else if (tg.rec && tg.rec->has_value)
			say_target_value(c, &tg, tg.rec, 1);
		else if (!rp_get(c, ind, "target", plan))
			return -1;
		rp_markdown(c->o, "，实际");
		if (strcmp(tg.type, "growth") != 0 && strcmp(tg.type, "in_step") != 0 &&
		    strcmp(tg.type, "cumulative") != 0 &&
		    strcmp(tg.type, "cumulative_abs") != 0)
			rp_markdown(c->o, "为");
		say_target_value(c, &tg, a, 0);
		rp_markdown(c->o, "，");
		rp_number(c->o, done->value >= 0.5 ? "已完成" : "未完成",
		    rp_val_of(c, done).prov);
		return 0;
	}
	hist = rp_try(c, ind, "hist_rate.14", plan);
	ratio = rp_try(c, ind, "rate_ratio.14", plan);
	verdict = rp_get(c, ind, "verdict", plan);
	if (!verdict)
		return -1;
	rp_markdown(c->o, "实现规划目标需年均");
	rp_say_growth(c->o, rp_val_of(c, req), 1, RP_GROWTH_BARE);
	if (hist) {
		rp_markdown(c->o, "，“十四五”时期实际年均");
		rp_say_growth(c->o, rp_val_of(c, hist), 1, RP_GROWTH_BARE);
	}
	if (ratio) {
		rp_markdown(c->o, "，所需速度为实际速度的");
		rp_round(ratio->value, 2, buf);
		rp_number(c->o, buf, rp_val_of(c, ratio).prov);
		rp_markdown(c->o, "倍");
	}
	rp_markdown(c->o, "，研判为“");
	rp_number(c->o, rp_label(c->r, "verdict", (int)verdict->value,
	    verdict->value >= 1 && verdict->value <= 3 ?
	    verdict_labels[(int)verdict->value] : verdict->note),
	    rp_val_of(c, verdict).prov);
	rp_markdown(c->o, "”");
	return 0;
}

static int
fill_targets(struct rp_ctx *c)
{
	static const char *const attrs[2][2] = {
		{ "binding", "约束性" }, { "indicative", "预期性" }
	};
	const char *plan = period_arg(c, 0);
	const struct rp_rec *n, *k;
	char m[64], buf[32];
	int i, code, next, first = 1;

	if (!plan)
		return -1;
	snprintf(m, sizeof m, "targets.%s.verdict1", attrs[0][0]);
	next = rp_try(c, "*", m, plan) != NULL;
	snprintf(m, sizeof m, "targets.%s.verdict1", attrs[1][0]);
	next = next || rp_try(c, "*", m, plan) != NULL;
	for (i = 0; i < 2; i++) {
		snprintf(m, sizeof m, "targets.%s", attrs[i][0]);
		n = rp_try(c, "*", m, plan);
		if (!n || n->value == 0)
			continue;
		if (!first)
			rp_markdown(c->o, "；");
		first = 0;
		rp_markdown(c->o, attrs[i][1]);
		rp_markdown(c->o, "指标");
		snprintf(buf, sizeof buf, "%.0f", n->value);
		rp_number(c->o, buf, rp_val_of(c, n).prov);
		rp_markdown(c->o, "项");
		if (!next) {
			snprintf(m, sizeof m, "targets.%s.achieved", attrs[i][0]);
			k = rp_get(c, "*", m, plan);
			if (!k)
				return -1;
			if (k->value == n->value) {
				rp_number(c->o, "，全部完成", rp_val_of(c, k).prov);
				continue;
			}
			rp_markdown(c->o, "，完成");
			snprintf(buf, sizeof buf, "%.0f", k->value);
			rp_number(c->o, buf, rp_val_of(c, k).prov);
			rp_markdown(c->o, "项");
			continue;
		}
		for (code = 1; code <= 3; code++) {
			snprintf(m, sizeof m, "targets.%s.verdict%d", attrs[i][0],
			    code);
			k = rp_try(c, "*", m, plan);
			if (!k || k->value == 0)
				continue;
			rp_markdown(c->o, code == 1 ? "，其中" : "、");
			rp_markdown(c->o, rp_label(c->r, "verdict", code,
			    verdict_labels[code]));
			snprintf(buf, sizeof buf, "%.0f", k->value);
			rp_number(c->o, buf, rp_val_of(c, k).prov);
			rp_markdown(c->o, "项");
		}
	}
	if (first) {
		note_missing(c, "*", "targets.binding", plan);
		return -1;
	}
	return 0;
}

/* ---- {{shortboards N}} {{peer IND}} ---------------------------------------- */

/* Whether measure is "<prefix>.<stat>" (yp-compare's naming: the compared
 * measure, then the statistic); the prefix goes to buf. */
int
rp_compare_stat(const char *measure, const char *stat, char *buf, size_t sz)
{
	size_t n = strlen(measure), k = strlen(stat);

	if (n <= k + 1 || measure[n - k - 1] != '.' ||
	    strcmp(measure + n - k, stat) != 0)
		return 0;
	snprintf(buf, sz, "%.*s", (int)(n - k - 1), measure);
	return 1;
}

const char *
rp_compare_label(const struct rp_report *r, const char *ind, const char *prefix)
{
	int ci, cm, cn;
	size_t i;

	if (r->compare) {
		ci = yp_table_col(r->compare, "indicator");
		cm = yp_table_col(r->compare, "measure");
		cn = yp_table_col(r->compare, "note");
		for (i = 0; ci >= 0 && cm >= 0 && cn >= 0 &&
		    i < r->compare->nrows; i++) {
			const char *m = yp_table_cell(r->compare, i, cm), *p;
			size_t k = strlen(prefix);

			if (strcmp(yp_table_cell(r->compare, i, ci), ind) != 0)
				continue;
			/* the measure column lists alternatives: value|derived */
			for (p = m; p && *p; p = strchr(p, '|') ? strchr(p, '|') + 1 :
			    NULL)
				if (strncmp(p, prefix, k) == 0 &&
				    (p[k] == '|' || p[k] == '\0') &&
				    *yp_table_cell(r->compare, i, cn))
					return yp_table_cell(r->compare, i, cn);
		}
	}
	return rp_indicator_name(r, ind);
}

static int
by_value(const void *a, const void *b)
{
	const struct rp_rec *x = *(const struct rp_rec *const *)a;
	const struct rp_rec *y = *(const struct rp_rec *const *)b;
	int c;

	if (x->value != y->value)
		return x->value < y->value ? -1 : 1;
	if ((c = strcmp(x->indicator, y->indicator)) != 0)
		return c;
	return strcmp(x->measure, y->measure);
}

/* The region's short-board records (yp-compare's <measure>.short_board,
 * value 1 = worst), worst first; the caller frees the array. */
const struct rp_rec **
rp_short_boards(struct rp_ctx *c, size_t *count)
{
	const struct rp_rec **v = NULL;
	size_t first, n, i, k = 0;
	char prefix[128];

	n = rp_store_range(&c->r->store, c->region, NULL, NULL, &first);
	for (i = first; i < first + n; i++) {
		const struct rp_rec *r = c->r->store.recs[i];

		if (r->has_value && rp_compare_stat(r->measure, "short_board",
		    prefix, sizeof prefix)) {
			v = xrealloc(v, (k + 1) * sizeof *v);
			v[k++] = r;
		}
	}
	if (k > 1)
		qsort(v, k, sizeof *v, by_value);
	*count = k;
	return v;
}

static int
fill_shortboards(struct rp_ctx *c)
{
	const struct rp_rec **b;
	size_t n, i, want = 3;
	char prefix[128];
	long w;

	if (c->p->nargs >= 1) {
		if (!yp_parse_long(c->p->args[0], 1, 100, &w)) {
			rp_bad(c, "%s: give how many short boards to name (1-100)",
			    c->p->args[0]);
			return -1;
		}
		want = (size_t)w;
	}
	b = rp_short_boards(c, &n);
	if (n == 0) {
		free(b);
		c->missing = xasprintf("%s: no short-board records "
		    "(<measure>.short_board of yp-compare) in the inputs",
		    c->region);
		return -1;
	}
	if (n > want)
		n = want;
	/* the list, each name carrying its record */
	for (i = 0; i < n; i++) {
		if (i > 0)
			rp_markdown(c->o, i == n - 1 ? "和" : "、");
		rp_compare_stat(b[i]->measure, "short_board", prefix, sizeof prefix);
		rp_number(c->o, rp_compare_label(c->r, b[i]->indicator, prefix),
		    rp_keep(c, rp_prov(&c->r->store, b[i])));
	}
	free(b);
	return 0;
}

/* The latest period of a measure on an indicator, or NULL. */
const struct rp_rec *
rp_latest(struct rp_ctx *c, const char *ind, const char *measure)
{
	size_t first, n;

	n = rp_store_range(&c->r->store, c->region, ind, measure, &first);
	while (n > 0) {
		const struct rp_rec *r = c->r->store.recs[first + n - 1];

		if (r->has_value)
			return r;
		n--;
	}
	return NULL;
}

/* "k/n, 1 = best ..." of a rank record: n, or 0. */
int
rp_rank_of(const struct rp_rec *rank)
{
	const char *slash = strchr(rank->note, '/');

	return slash ? atoi(slash + 1) : 0;
}

/* {{peer IND [MEASURE]}}: the region's place among its peers. */
static int
fill_peer(struct rp_ctx *c)
{
	const char *ind = indicator_arg(c, 0);
	const char *prefix = c->p->nargs > 1 ? arg(c, 1) : NULL;
	const struct rp_rec *rank = NULL, *mean, *val;
	char buf[RP_NUMSZ], m[160], pre[128];
	size_t first, n, i;
	int of;

	if (!ind || (c->p->nargs > 1 && !prefix))
		return -1;
	n = rp_store_range(&c->r->store, c->region, ind, NULL, &first);
	for (i = first; i < first + n; i++) {
		const struct rp_rec *r = c->r->store.recs[i];

		if (!rp_compare_stat(r->measure, "rank", pre, sizeof pre) ||
		    (prefix && strcmp(pre, prefix) != 0) || !r->has_value)
			continue;
		if (!rank || r->to > rank->to)
			rank = r;
	}
	if (!rank) {
		snprintf(m, sizeof m, "%s.rank", prefix ? prefix : "value");
		note_missing(c, ind, m, "(latest)");
		return -1;
	}
	rp_compare_stat(rank->measure, "rank", pre, sizeof pre);
	snprintf(m, sizeof m, "%s.region_value", pre);
	val = rp_get(c, ind, m, rank->period);
	snprintf(m, sizeof m, "%s.peer_mean", pre);
	mean = rp_get(c, ind, m, rank->period);
	if (!val || !mean)
		return -1;
	of = rp_rank_of(rank);
	if (of > 0) {
		rp_markdown(c->o, "在");
		snprintf(buf, sizeof buf, "%d", of);
		rp_number(c->o, buf, rp_keep(c, rp_prov(&c->r->store, rank)));
		rp_markdown(c->o, "个地区（本地及对标地区）中居第");
	} else {
		rp_markdown(c->o, "在对标地区中居第");
	}
	snprintf(buf, sizeof buf, "%.0f", rank->value);
	rp_number(c->o, buf, rp_keep(c, rp_prov(&c->r->store, rank)));
	rp_markdown(c->o, "位");
	if (mean->value != 0 && val->value / mean->value > 0) {
		struct rp_val ratio;

		ratio.v = val->value / mean->value * 100;
		ratio.prov = rp_keep(c, xasprintf("region_value / peer_mean\n%s\n%s",
		    rp_val_of(c, val).prov, rp_val_of(c, mean).prov));
		rp_markdown(c->o, "，相当于对标地区平均水平的");
		rp_round(ratio.v, 1, buf);
		rp_number(c->o, buf, ratio.prov);
		rp_markdown(c->o, "%");
	}
	return 0;
}

/* ---- {{peers}} {{peers count}}: the peer group of config/peers.csv -------- */

static int
fill_peers(struct rp_ctx *c)
{
	struct yp_table *t = c->r->peers;
	const char **names = NULL;
	char *list = NULL, buf[32];
	size_t n = 0, i;
	int cr, cp;

	if (c->p->nargs == 1 && strcmp(c->p->args[0], "count") != 0) {
		rp_bad(c, "write {{peers}} for the names or {{peers count}}");
		return -1;
	}
	cr = t ? yp_table_col(t, "region") : -1;
	cp = t ? yp_table_col(t, "peers") : -1;
	for (i = 0; t && cr >= 0 && cp >= 0 && i < t->nrows; i++) {
		const struct yp_region *reg = yp_region_match(c->r->cfg,
		    yp_table_cell(t, i, cr));

		if (reg && strcmp(reg->name, c->region) == 0) {
			list = xstrdup(yp_table_cell(t, i, cp));
			break;
		}
	}
	if (!list) {
		c->missing = xasprintf("%s: no peer group in config/peers.csv",
		    c->region);
		return -1;
	}
	for (char *p = strtok(list, "|"); p; p = strtok(NULL, "|")) {
		const struct yp_region *reg = yp_region_match(c->r->cfg, p);

		names = xrealloc(names, (n + 1) * sizeof *names);
		names[n++] = reg ? reg->name : p;
	}
	if (c->p->nargs == 1) {
		snprintf(buf, sizeof buf, "%zu", n);
		rp_number(c->o, buf, "source: config/peers.csv");
	} else {
		rp_say_list(c->o, names, n);
	}
	free(names);
	free(list);
	return 0;
}

/* ---- {{chart ID}} {{toc}} --------------------------------------------------- */

static int
fill_chart(struct rp_ctx *c)
{
	return rp_fill_chart(c);
}

static int
fill_toc(struct rp_ctx *c)
{
	rp_html_only(c->o, "<!--yp-toc-->");
	return 0;
}

static int
fill_table(struct rp_ctx *c)
{
	return rp_fill_table(c);
}

/* ---- the table of placeholders --------------------------------------------- */

static const struct rp_kind kinds[] = {
	{ "region", 0, 0, 0, fill_region },
	{ "parent", 0, 0, 0, fill_parent },
	{ "meta", 1, 1, 0, fill_meta },
	{ "title", 0, 0, 0, fill_meta },
	{ "name", 1, 1, 0, fill_name },
	{ "value", 2, 3, 0, fill_value },
	{ "growth", 2, 6, 0, fill_growth },
	{ "change", 2, 3, 0, fill_change },
	{ "sign", 2, 3, 0, fill_sign },
	{ "pull", 2, 2, 0, fill_pull },
	{ "pace", 3, 3, 0, fill_pace },
	{ "fromto", 3, 4, 0, fill_fromto },
	{ "migration", 1, 1, 0, fill_migration },
	{ "shares", 1, 1, 0, fill_shares },
	{ "structure", 2, 2, 0, fill_structure },
	{ "ageing", 1, 1, 0, fill_ageing },
	{ "urbanization", 1, 1, 0, fill_urbanization },
	{ "tapio", 2, 2, 0, fill_tapio },
	{ "forecast", 2, 4, 0, fill_forecast },
	{ "target", 2, 2, 0, fill_target },
	{ "targets", 1, 1, 0, fill_targets },
	{ "shortboards", 0, 1, 0, fill_shortboards },
	{ "peer", 1, 2, 0, fill_peer },
	{ "peers", 0, 1, 0, fill_peers },
	{ "table", 1, 64, 1, fill_table },
	{ "chart", 1, 1, 1, fill_chart },
	{ "toc", 0, 0, 1, fill_toc },
	{ NULL, 0, 0, 0, NULL }
};

const struct rp_kind *
rp_kind_find(const char *name)
{
	const struct rp_kind *k;

	for (k = kinds; k->name; k++)
		if (strcmp(k->name, name) == 0)
			return k;
	return NULL;
}

const char *
rp_kind_names(void)
{
	return "region parent meta title name value growth change sign pull pace "
	    "fromto migration shares "
	    "structure ageing urbanization tapio forecast target targets "
	    "shortboards peer peers table chart toc";
}
