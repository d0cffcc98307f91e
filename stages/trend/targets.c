/* yp-trend: evaluating plan targets (docs/METHODS.md, "Targets"). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "growth.h"
#include "msg.h"
#include "num.h"
#include "targets.h"
#include "xalloc.h"

static const struct {
	const char *name;
	enum target_type type;
} type_names[] = {
	{ "level", TARGET_LEVEL }, { "growth", TARGET_GROWTH },
	{ "cumulative", TARGET_CUMULATIVE },
	{ "cumulative_abs", TARGET_CUMULATIVE_ABS },
	{ "in_step", TARGET_IN_STEP }, { "max", TARGET_MAX },
	{ "min", TARGET_MIN },
};

static const char *
type_label(enum target_type t)
{
	static const char *const labels[] = {
		[TARGET_LEVEL] = "level", [TARGET_GROWTH] =
		"average annual growth", [TARGET_CUMULATIVE] =
		"cumulative change 〔〕", [TARGET_CUMULATIVE_ABS] =
		"cumulative change 〔〕", [TARGET_IN_STEP] =
		"in step with GDP growth", [TARGET_MAX] = "upper bound",
		[TARGET_MIN] = "lower bound",
	};
	return labels[t];
}

static int
target_cmp(const void *a, const void *b)
{
	const struct target *x = a, *y = b;
	int c;

	if ((c = strcmp(x->region, y->region)) != 0)
		return c;
	if ((c = strcmp(x->indicator, y->indicator)) != 0)
		return c;
	return x->plan->end - y->plan->end;
}

static double
number_cell(const struct yp_table *t, size_t row, int col, const char *name,
	int required)
{
	const char *cell = yp_table_cell(t, row, col);
	double v;

	if (!*cell) {
		if (required)
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[row],
			    "%s is empty; this target type needs it", name);
		return NAN;
	}
	if (!yp_parse_number(cell, &v))
		yp_die_at(YP_EXIT_USAGE, t->path, t->lines[row],
		    "%s: \"%s\" is not a number (write 6.5, not 6.5%%)", name,
		    cell);
	return v;
}

static const struct plan *
plan_named(const char *name)
{
	const struct plan *plans;
	size_t n, i;

	plans = plan_list(&n);
	for (i = 0; i < n; i++)
		if (strcmp(plans[i].name, name) == 0)
			return &plans[i];
	return NULL;
}

static void
load_verdicts(struct target_set *ts, const char *path)
{
	static const struct verdict defaults[] = {
		{ 1, "on_trend", "符合趋势", "on trend", 1.0 },
		{ 2, "stretch", "需加力", "stretch", 1.3 },
		{ 3, "hard", "难度较大", "hard", INFINITY },
	};
	struct yp_table *t = path ? yp_table_load(path, 1) : NULL;
	int ccode, cname, czh, cen, cmax;
	size_t i;
	long code;

	ts->vtable = t;
	if (!t) {
		ts->nv = 3;
		ts->v = xmalloc(sizeof defaults);
		memcpy(ts->v, defaults, sizeof defaults);
		return;
	}
	ccode = yp_table_need_col(t, "code");
	cname = yp_table_need_col(t, "verdict");
	czh = yp_table_col(t, "label_zh");
	cen = yp_table_col(t, "label_en");
	cmax = yp_table_need_col(t, "max_ratio");
	if (t->nrows == 0)
		yp_die_at(YP_EXIT_USAGE, t->path, 1, "no verdict rows; give at "
		    "least one, the last with an empty max_ratio");
	ts->v = xcalloc(t->nrows, sizeof *ts->v);
	for (i = 0; i < t->nrows; i++) {
		struct verdict *v = &ts->v[ts->nv++];

		if (!yp_parse_long(yp_table_cell(t, i, ccode), 1, 99, &code))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i],
			    "code: give a whole number from 1 to 99");
		v->code = (int)code;
		v->name = yp_table_cell(t, i, cname);
		v->label_zh = yp_table_cell(t, i, czh);
		v->label_en = yp_table_cell(t, i, cen);
		v->max_ratio = number_cell(t, i, cmax, "max_ratio", 0);
		if (isnan(v->max_ratio))
			v->max_ratio = INFINITY;
		if (i > 0 && !(v->max_ratio > ts->v[i - 1].max_ratio))
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i],
			    "max_ratio must grow from row to row");
		if (!isfinite(v->max_ratio) && i + 1 < t->nrows)
			yp_die_at(YP_EXIT_USAGE, t->path, t->lines[i],
			    "only the last row may leave max_ratio empty");
	}
	if (isfinite(ts->v[ts->nv - 1].max_ratio))
		ts->v[ts->nv - 1].max_ratio = INFINITY;
}

struct target_set *
targets_load(const char *path, const char *verdicts_path)
{
	struct target_set *ts = xcalloc(1, sizeof *ts);
	struct yp_table *t = yp_table_load(path, 1);
	int creg, cind, cplan, ccat, cname, ctype, cbasis, cby, cbv, cty, ctv,
	    cunit, cattr, cnote;
	size_t i, k;
	long y;

	ts->path = xstrdup(path);
	load_verdicts(ts, verdicts_path);
	ts->table = t;
	if (!t)
		return ts;
	creg = yp_table_need_col(t, "region");
	cind = yp_table_need_col(t, "indicator");
	cplan = yp_table_need_col(t, "plan");
	ccat = yp_table_col(t, "category");
	cname = yp_table_col(t, "name");
	ctype = yp_table_need_col(t, "type");
	cbasis = yp_table_col(t, "basis");
	cby = yp_table_col(t, "base_year");
	cbv = yp_table_col(t, "base_value");
	cty = yp_table_col(t, "target_year");
	ctv = yp_table_need_col(t, "target_value");
	cunit = yp_table_col(t, "unit");
	cattr = yp_table_need_col(t, "attribute");
	cnote = yp_table_col(t, "note");
	ts->t = xcalloc(t->nrows ? t->nrows : 1, sizeof *ts->t);
	for (i = 0; i < t->nrows; i++) {
		struct target *g = &ts->t[ts->n++];
		const char *cell;

		g->line = t->lines[i];
		g->region = yp_table_cell(t, i, creg);
		g->indicator = yp_table_cell(t, i, cind);
		if (!*g->region || !*g->indicator)
			yp_die_at(YP_EXIT_USAGE, t->path, g->line,
			    "region and indicator must be given");
		cell = yp_table_cell(t, i, cplan);
		if (!(g->plan = plan_named(cell)) || g->plan->end < 2025)
			yp_die_at(YP_EXIT_USAGE, t->path, g->line,
			    "plan: \"%s\"; use 十四五 or 十五五", cell);
		g->category = yp_table_cell(t, i, ccat);
		g->name = yp_table_cell(t, i, cname);
		g->unit = yp_table_cell(t, i, cunit);
		g->note = yp_table_cell(t, i, cnote);
		cell = yp_table_cell(t, i, ctype);
		for (k = 0; k < sizeof type_names / sizeof type_names[0]; k++)
			if (strcmp(type_names[k].name, cell) == 0)
				g->type = type_names[k].type;
		if (!g->type)
			yp_die_at(YP_EXIT_USAGE, t->path, g->line,
			    "type: \"%s\"; use level, growth, cumulative, "
			    "cumulative_abs, in_step, max or min", cell);
		cell = yp_table_cell(t, i, cbasis);
		if (!*cell)
			g->basis = 0;
		else if (strcmp(cell, "nominal") == 0)
			g->basis = BASIS_NOMINAL;
		else if (strcmp(cell, "real") == 0)
			g->basis = BASIS_REAL;
		else
			yp_die_at(YP_EXIT_USAGE, t->path, g->line,
			    "basis: \"%s\"; use real, nominal or leave it empty",
			    cell);
		cell = yp_table_cell(t, i, cattr);
		if (strcmp(cell, "约束性") == 0 || strcmp(cell, "binding") == 0)
			g->binding = 1;
		else if (strcmp(cell, "预期性") == 0 ||
		    strcmp(cell, "indicative") == 0)
			g->binding = 0;
		else
			yp_die_at(YP_EXIT_USAGE, t->path, g->line,
			    "attribute: \"%s\"; use 约束性 (binding) or 预期性 "
			    "(indicative)", cell);
		g->base_year = g->plan->base;
		cell = yp_table_cell(t, i, cby);
		if (*cell && (!yp_parse_long(cell, 1900, 2100, &y) ||
		    y != g->plan->base))
			yp_die_at(YP_EXIT_USAGE, t->path, g->line,
			    "base_year: \"%s\"; the base of %s is %d (the last "
			    "year of the previous plan)", cell, g->plan->name,
			    g->plan->base);
		g->target_year = g->plan->end;
		cell = yp_table_cell(t, i, cty);
		if (*cell) {
			if (!yp_parse_long(cell, g->plan->base + 1,
			    g->plan->end, &y))
				yp_die_at(YP_EXIT_USAGE, t->path, g->line,
				    "target_year: \"%s\"; give a year of %s "
				    "(%d-%d)", cell, g->plan->name,
				    g->plan->base + 1, g->plan->end);
			g->target_year = (int)y;
		}
		g->base_value = number_cell(t, i, cbv, "base_value", 0);
		g->value = number_cell(t, i, ctv, "target_value",
		    g->type != TARGET_IN_STEP);
		if (!*g->unit)
			g->unit = g->type == TARGET_GROWTH ||
			    g->type == TARGET_CUMULATIVE ||
			    g->type == TARGET_IN_STEP ? UNIT_PERCENT : "";
	}
	qsort(ts->t, ts->n, sizeof *ts->t, target_cmp);
	for (i = 1; i < ts->n; i++)
		if (target_cmp(&ts->t[i - 1], &ts->t[i]) == 0)
			yp_die_at(YP_EXIT_USAGE, t->path, ts->t[i].line,
			    "a second %s target for %s %s (line %lu); give a "
			    "growth target on <code>.growth, e.g. gdp.growth",
			    ts->t[i].plan->name, ts->t[i].region,
			    ts->t[i].indicator, ts->t[i - 1].line);
	return ts;
}

void
targets_free(struct target_set *ts)
{
	if (!ts)
		return;
	yp_table_free(ts->table);
	yp_table_free(ts->vtable);
	free(ts->path);
	free(ts->t);
	free(ts->v);
	free(ts);
}

const char **
target_regions(const struct target_set *ts, size_t *n)
{
	const char **r = xcalloc(ts->n + 1, sizeof *r);
	size_t i;

	*n = 0;
	for (i = 0; i < ts->n; i++)
		if (*n == 0 || strcmp(r[*n - 1], ts->t[i].region) != 0)
			r[(*n)++] = ts->t[i].region;
	return r;
}

const struct verdict *
verdict_for(const struct target_set *ts, double req, double hist,
	double *ratio, const char **why)
{
	size_t i;

	*why = NULL;
	*ratio = NAN;
	if (!(req > 0)) {
		*why = "the target is already reached in 2025";
		return &ts->v[0];
	}
	if (!(hist > 0)) {
		*why = "the history moved away from the target";
		return &ts->v[ts->nv - 1];
	}
	*ratio = req / hist;
	for (i = 0; i < ts->nv; i++)
		if (*ratio <= ts->v[i].max_ratio)
			return &ts->v[i];
	return &ts->v[ts->nv - 1];
}

/* ---- evaluation ----------------------------------------------------------- */

/* The indicator whose series a target reads: a growth target may be
 * written on "<code>.growth"; the level is <code>. */
static const char *
target_series_code(const struct target *g, char *buf, size_t bufsz)
{
	size_t n = strlen(g->indicator);

	if (n > 7 && strcmp(g->indicator + n - 7, ".growth") == 0 &&
	    (g->type == TARGET_GROWTH || g->type == TARGET_IN_STEP)) {
		snprintf(buf, bufsz, "%.*s", (int)(n - 7), g->indicator);
		return buf;
	}
	return g->indicator;
}

struct quantity {
	const struct series *s, *idx;
	int rate;		/* changes in percentage points */
	int real;		/* growth read from the index */
};

static void
quantity_for(const struct target *g, const struct region_data *rd,
	const char *code, struct quantity *q)
{
	q->s = region_series(rd, code);
	q->idx = index_of(rd, code);
	q->rate = q->s && series_kind(q->s) == KIND_RATE;
	if (g->basis == BASIS_REAL)
		q->real = 1;
	else if (g->basis == BASIS_NOMINAL)
		q->real = 0;
	else	/* growth targets are at comparable prices when possible */
		q->real = (g->type == TARGET_GROWTH ||
		    g->type == TARGET_IN_STEP) && q->idx != NULL;
}

/* The average annual rate of q from year a to year b: % per year (real
 * from the index or nominal from the levels), or percentage points per
 * year for a rate.  NULL, or why not. */
static const char *
annual_rate(struct outbuf *o, const struct quantity *q, int a, int b,
	double *r)
{
	double va, vb, ix, logsum = 0;
	int y;

	if (q->real) {
		if (!q->idx)
			return out_fmt(o, "no index (上年=100) for real growth");
		for (y = a + 1; y <= b; y++) {
			if (!series_get(q->idx, y, &ix, NULL) || !(ix > 0))
				return out_fmt(o, "no %d value of %s", y,
				    q->idx->indicator);
			logsum += log(ix / 100);
		}
		*r = (exp(logsum / (b - a)) - 1) * 100;
		return NULL;
	}
	if (!q->s)
		return "no data";
	if (!series_get(q->s, a, &va, NULL))
		return out_fmt(o, "no %d value", a);
	if (!series_get(q->s, b, &vb, NULL))
		return out_fmt(o, "no %d value", b);
	if (q->rate) {
		*r = (vb - va) / (b - a);
		return NULL;
	}
	*r = cagr_percent(va, vb, b - a);
	return isnan(*r) ? "values not positive" : NULL;
}

/* Year-by-year comparison for an in-step target: in how many years of
 * the plan income grew at least as fast as GDP. */
static int
years_in_step(const struct quantity *inc, const struct quantity *gdp,
	const struct plan *p, int *years)
{
	double a, b, c, d;
	int y, n = 0;

	*years = 0;
	for (y = p->base + 1; y <= p->end; y++) {
		double gi, gg;

		if (inc->real ? !series_get(inc->idx, y, &gi, NULL) :
		    !(series_get(inc->s, y - 1, &a, NULL) &&
		    series_get(inc->s, y, &b, NULL) && a > 0))
			continue;
		if (gdp->real ? !series_get(gdp->idx, y, &gg, NULL) :
		    !(series_get(gdp->s, y - 1, &c, NULL) &&
		    series_get(gdp->s, y, &d, NULL) && c > 0))
			continue;
		if (!inc->real)
			gi = (b / a) * 100;
		if (!gdp->real)
			gg = (d / c) * 100;
		(*years)++;
		if (gi >= gg)
			n++;
	}
	return n;
}

static const struct proj_entry *
projection_for(const struct proj_list *pl, const char *code, int real)
{
	size_t i;

	for (i = 0; pl && i < pl->n; i++)
		if (strcmp(pl->e[i].indicator, code) == 0 &&
		    pl->e[i].real == real)
			return &pl->e[i];
	return NULL;
}

/* Signed so that positive is toward the target. */
static int
direction(const struct target *g, double from)
{
	switch (g->type) {
	case TARGET_MAX:
		return -1;
	case TARGET_MIN:
	case TARGET_GROWTH:
	case TARGET_IN_STEP:
		return 1;
	case TARGET_CUMULATIVE:
	case TARGET_CUMULATIVE_ABS:
		return g->value < 0 ? -1 : 1;
	case TARGET_LEVEL:
		return isnan(from) || g->value >= from ? 1 : -1;
	}
	return 1;
}

struct tally {
	int n[2], achieved[2], verdict[2][100];
};

static void
evaluate_14(const struct target *g, const struct region_data *rd,
	const char *code, struct outbuf *o, const char *src, char *period,
	struct tally *tl)
{
	struct quantity q, gq;
	double base = g->base_value, x, actual = NAN, completion = NAN, v,
	    gdp_rate;
	const char *why = NULL, *note = "";
	int achieved = -1, s, n_step, years;
	int end = g->target_year, b = g->plan->base;

	quantity_for(g, rd, code, &q);
	if (isnan(base) && series_get(q.s, b, &v, NULL))
		base = v;
	else if (series_get(q.s, b, &v, NULL) && fabs(v - base) >
	    0.005 * fabs(base))
		note = out_fmt(o, "; the data give %g for %d", v, b);
	s = direction(g, base);
	switch (g->type) {
	case TARGET_LEVEL:
	case TARGET_MAX:
	case TARGET_MIN:
		if (!series_get(q.s, end, &x, NULL)) {
			why = out_fmt(o, "no %d value", end);
			break;
		}
		actual = x;
		achieved = s > 0 ? x >= g->value : x <= g->value;
		if (g->type == TARGET_LEVEL && !isnan(base) &&
		    g->value != base)
			completion = (x - base) / (g->value - base);
		break;
	case TARGET_GROWTH:
		if ((why = annual_rate(o, &q, b, end, &actual)) != NULL)
			break;
		achieved = actual >= g->value;
		if (g->value != 0)
			completion = actual / g->value;
		break;
	case TARGET_CUMULATIVE:
	case TARGET_CUMULATIVE_ABS:
		if (g->type == TARGET_CUMULATIVE && q.real) {
			if ((why = annual_rate(o, &q, b, end, &v)) != NULL)
				break;
			actual = (pow(1 + v / 100, end - b) - 1) * 100;
		} else if (isnan(base)) {
			why = out_fmt(o, "no %d value", b);
			break;
		} else if (!series_get(q.s, end, &x, NULL)) {
			why = out_fmt(o, "no %d value", end);
			break;
		} else if (g->type == TARGET_CUMULATIVE) {
			actual = base > 0 ? (x / base - 1) * 100 : NAN;
		} else {
			actual = x - base;
		}
		if (isnan(actual)) {
			why = "base value not positive";
			break;
		}
		achieved = s > 0 ? actual >= g->value : actual <= g->value;
		completion = actual / g->value;
		break;
	case TARGET_IN_STEP:
		quantity_for(g, rd, "gdp", &gq);
		/* compare like with like: real only when both have indices */
		q.real = gq.real = q.idx && gq.idx;
		if ((why = annual_rate(o, &q, b, end, &actual)) != NULL)
			break;
		if ((why = annual_rate(o, &gq, b, end, &gdp_rate)) != NULL) {
			why = out_fmt(o, "GDP: %s", why);
			break;
		}
		achieved = actual >= gdp_rate;
		if (gdp_rate != 0)
			completion = actual / gdp_rate;
		n_step = years_in_step(&q, &gq, g->plan, &years);
		note = out_fmt(o, "%s; GDP %s %.4g %%/yr; grew at least as fast "
		    "as GDP in %d of %d years", note, q.real ? "real" :
		    "nominal", gdp_rate, n_step, years);
		break;
	}
	tl->n[g->binding]++;
	if (why) {
		why = out_fmt(o, "not computable: %s", why);
		out_missing(o, g->indicator, "actual", period, g->unit, src, why);
		out_missing(o, g->indicator, "achieved", period, "", src, why);
		out_missing(o, g->indicator, "completion", period, "", src, why);
		return;
	}
	out_value(o, g->indicator, "actual", period, actual, g->type ==
	    TARGET_CUMULATIVE_ABS && q.rate ? UNIT_PP : g->unit, 'A', src,
	    out_fmt(o, "%s%s", g->type == TARGET_GROWTH ||
	    g->type == TARGET_IN_STEP ? (q.real ? "real average annual "
	    "growth" : "nominal average annual growth") :
	    g->type == TARGET_CUMULATIVE || g->type == TARGET_CUMULATIVE_ABS ?
	    "cumulative change" : out_fmt(o, "%d value", end), note));
	out_value(o, g->indicator, "achieved", period, achieved, "", 'A', src,
	    achieved ? "已完成 achieved" : "未完成 not achieved");
	tl->achieved[g->binding] += achieved;
	if (isnan(completion))
		out_missing(o, g->indicator, "completion", period, "", src,
		    g->type == TARGET_MAX || g->type == TARGET_MIN ?
		    "bound target: achieved or not only" :
		    "not computable: target equals base");
	else
		out_value(o, g->indicator, "completion", period, completion, "",
		    'A', src, g->type == TARGET_LEVEL ?
		    "(X - base)/(target - base)" : "actual/target");
}

/* required / historical rate, both signed toward the target. */
static void
rate_ratio(struct outbuf *o, const struct target *g, const char *measure,
	const char *period, const char *src, int s, double req, double hist,
	const char *why, const char *plan)
{
	if (why)
		out_missing(o, g->indicator, measure, period, "", src,
		    out_fmt(o, "not computable: no %s rate (%s)", plan, why));
	else if (!(s * req > 0))
		out_missing(o, g->indicator, measure, period, "", src,
		    "not computable: the target is already reached in 2025");
	else if (!(s * hist > 0))
		out_missing(o, g->indicator, measure, period, "", src,
		    out_fmt(o, "not computable: the %s rate went the other "
		    "way", plan));
	else
		out_value(o, g->indicator, measure, period, req / hist, "", 'A',
		    src, out_fmt(o, "required_rate / the %s rate", plan));
}

static void
evaluate_15(const struct target_set *ts, const struct target *g,
	const struct region_data *rd, const struct proj_list *pl,
	const char *code, struct outbuf *o, const char *src, char *period,
	struct tally *tl)
{
	struct quantity q, gq;
	double x25, req = NAN, h14 = NAN, h13 = NAN, ratio, level = NAN, gt;
	const char *why = NULL, *w14, *w13, *vwhy, *unit;
	const struct verdict *v;
	const struct proj_entry *pe;
	int n = g->target_year - g->plan->base, s, b = g->plan->base, proj_real,
	    from_target = 0, bound_met = 0;
	double allowed = 0;
	size_t i;

	quantity_for(g, rd, code, &q);
	if (!series_get(q.s, b, &x25, NULL))
		x25 = g->base_value;
	s = direction(g, x25);
	unit = q.rate && g->type != TARGET_GROWTH ? UNIT_PP : UNIT_PERCENT;
	if (g->type == TARGET_IN_STEP) {
		quantity_for(g, rd, "gdp", &gq);
		q.real = gq.real = q.idx && gq.idx;
	}
	/* the required average annual rate from the base year */
	switch (g->type) {
	case TARGET_LEVEL:
	case TARGET_MAX:
	case TARGET_MIN:
		if (isnan(x25)) {
			why = out_fmt(o, "no %d value", b);
			break;
		}
		level = g->value;
		q.real = 0;	/* levels are at current prices */
		if (g->basis == BASIS_REAL)
			q.real = q.idx != NULL;
		if ((g->type == TARGET_MAX && x25 <= g->value) ||
		    (g->type == TARGET_MIN && x25 >= g->value)) {
			/* already within: the change it can afford */
			bound_met = 1;
			allowed = q.rate ? (g->value - x25) / n :
			    cagr_percent(x25, g->value, n);
			if (isnan(allowed))
				allowed = 0;
			req = 0;
			break;
		}
		req = q.rate ? (g->value - x25) / n :
		    cagr_percent(x25, g->value, n);
		break;
	case TARGET_GROWTH:
		req = g->value;
		if (!isnan(x25))
			level = x25 * pow(1 + g->value / 100, n);
		break;
	case TARGET_CUMULATIVE:
		req = (pow(1 + g->value / 100, 1.0 / n) - 1) * 100;
		unit = UNIT_PERCENT;
		q.rate = 0;
		if (!isnan(x25))
			level = x25 * (1 + g->value / 100);
		break;
	case TARGET_CUMULATIVE_ABS:
		req = g->value / n;
		q.rate = 1;	/* compare changes per year */
		unit = g->unit;
		if (!isnan(x25))
			level = x25 + g->value;
		break;
	case TARGET_IN_STEP:
		/* Keeping pace with GDP: its own 十五五 growth target when
		 * both are read at comparable prices, else the pace GDP kept
		 * in 十四五 on the same basis as income. */
		if (q.real)
			for (i = 0; i < ts->n; i++) {
				const struct target *t = &ts->t[i];

				if (strcmp(t->region, g->region) == 0 &&
				    t->plan == g->plan &&
				    t->type == TARGET_GROWTH &&
				    (strcmp(t->indicator, "gdp") == 0 ||
				    strcmp(t->indicator, "gdp.growth") == 0))
					req = t->value;
			}
		from_target = !isnan(req);
		if (isnan(req) && (why = annual_rate(o, &gq, 2020, 2025, &req)))
			why = out_fmt(o, "GDP: %s", why);
		break;
	}
	tl->n[g->binding]++;
	if (why || isnan(req)) {
		why = out_fmt(o, "not computable: %s", why ? why :
		    "values not positive");
		out_missing(o, g->indicator, "required_rate", period, unit, src,
		    why);
		out_missing(o, g->indicator, "verdict", period, "", src, why);
		return;
	}
	out_value(o, g->indicator, "required_rate", period, req, unit, 'A',
	    src, g->type == TARGET_IN_STEP ? out_fmt(o, "GDP's pace, %s: "
	    "%s", q.real ? "real" : "nominal", from_target ?
	    "its 十五五 growth target" : "its 十四五 rate") :
	    out_fmt(o, "%s per year from %d to %d%s", q.rate ?
	    "change in points" : q.real ? "real growth" : "growth", b,
	    g->target_year, isnan(x25) ? "" : out_fmt(o, " (%d: %g)", b, x25)));
	w14 = annual_rate(o, &q, 2020, 2025, &h14);
	w13 = annual_rate(o, &q, 2015, 2020, &h13);
	if (w14)
		out_missing(o, g->indicator, "hist_rate.14", period, unit, src,
		    out_fmt(o, "not computable: %s", w14));
	else
		out_value(o, g->indicator, "hist_rate.14", period, h14, unit,
		    'A', src, "十四五 2020-2025 per year");
	if (w13)
		out_missing(o, g->indicator, "hist_rate.13", period, unit, src,
		    out_fmt(o, "not computable: %s", w13));
	else
		out_value(o, g->indicator, "hist_rate.13", period, h13, unit,
		    'A', src, "十三五 2015-2020 per year");
	rate_ratio(o, g, "rate_ratio.14", period, src, s, req, h14, w14,
	    "十四五");
	rate_ratio(o, g, "rate_ratio.13", period, src, s, req, h13, w13,
	    "十三五");
	/* the verdict, from the 十四五 rate (configurable bands) */
	if (w14) {
		out_missing(o, g->indicator, "verdict", period, "", src,
		    out_fmt(o, "not computable: no 十四五 rate (%s)", w14));
	} else {
		v = verdict_for(ts, s * req, s * h14, &ratio, &vwhy);
		if (bound_met && s * h14 < s * allowed) {
			/* inside the bound now, but the trend leaves it */
			v = &ts->v[ts->nv - 1];
			vwhy = out_fmt(o, "within the bound in %d, but at the "
			    "十四五 rate (%.3g %s/yr) it leaves it by %d", b,
			    h14, unit, g->target_year);
		}
		out_value(o, g->indicator, "verdict", period, v->code, "", 'A',
		    out_fmt(o, "%s+config/verdicts", src),
		    vwhy ? out_fmt(o, "%s %s (%s)", v->label_zh, v->label_en,
		    vwhy) : isfinite(v->max_ratio) ? out_fmt(o, "%s %s: "
		    "ratio %.3g <= %g", v->label_zh, v->label_en, ratio,
		    v->max_ratio) : out_fmt(o, "%s %s: ratio %.3g > %g",
		    v->label_zh, v->label_en, ratio, v > ts->v ?
		    v[-1].max_ratio : 0));
		if (v->code < 100)
			tl->verdict[g->binding][v->code]++;
	}
	/* the projection of the same quantity in the target year */
	if (g->type == TARGET_IN_STEP) {
		out_missing(o, g->indicator, "projection", period, "", src,
		    "not applicable: an in-step target has no level");
		return;
	}
	proj_real = g->type == TARGET_GROWTH && projection_for(pl, code, 1);
	pe = projection_for(pl, code, proj_real);
	if (!pe || !pe->p.ok || pe->p.horizon != g->target_year ||
	    isnan(level)) {
		out_missing(o, g->indicator, "projection", period,
		    q.s ? q.s->unit : "", src, !pe ? "not computable: the "
		    "series is not projected (config/trend.csv)" : !pe->p.ok ?
		    pe->p.why : isnan(level) ? "not computable: no base value" :
		    "not computable: the projection stops at another year");
		return;
	}
	unit = q.s ? q.s->unit : "";
	src = out_fmt(o, "%s+%s%s", src, pe->real ? "real." : "",
	    model_name(pe->p.chosen));
	out_value(o, g->indicator, "projection", period, pe->p.point, unit,
	    YP_STATUS_FORECAST, src, out_fmt(o, "%s %d, %s%s", code,
	    g->target_year, model_name(pe->p.chosen), pe->real ?
	    out_fmt(o, ", real in %d prices", pe->p.last) : ""));
	out_value(o, g->indicator, "projection.lo95", period, pe->p.lo95, unit,
	    YP_STATUS_FORECAST, src, "95 % prediction interval");
	out_value(o, g->indicator, "projection.hi95", period, pe->p.hi95, unit,
	    YP_STATUS_FORECAST, src, "95 % prediction interval");
	gt = level;
	{
		int code3 = s > 0 ? (gt < pe->p.lo95 ? 1 : gt <= pe->p.hi95 ?
		    2 : 3) : (gt > pe->p.hi95 ? 1 : gt >= pe->p.lo95 ? 2 : 3);
		static const char *const labels[] = { "",
		    "the trend passes the target (below the 95 % interval)",
		    "the target is inside the 95 % interval",
		    "the target is beyond the 95 % interval" };

		out_value(o, g->indicator, "projection_check", period, code3,
		    "", 'A', src, out_fmt(o, "%s; target level %.6g",
		    labels[code3], gt));
	}
}

void
targets_region(const struct target_set *ts, const char *region,
	const struct region_data *rd, const struct proj_list *pl,
	struct outbuf *o)
{
	struct tally tl[2];	/* 十四五, 十五五 */
	char period[12], buf[256];
	const char *code, *src;
	size_t i, lo = 0, hi = ts->n, mid;
	int k, p, attr;
	static const char *const attr_name[] = { "indicative", "binding" };
	static const char *const attr_zh[] = { "预期性", "约束性" };

	memset(tl, 0, sizeof tl);
	/* the first target of region (sorted) */
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (strcmp(ts->t[mid].region, region) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < ts->n && strcmp(ts->t[i].region, region) == 0; i++) {
		const struct target *g = &ts->t[i];

		p = g->plan->end == 2030;
		period_span(period, g->plan->base + 1, g->plan->end);
		src = out_fmt(o, "%s:%lu", ts->path, g->line);
		code = target_series_code(g, buf, sizeof buf);
		out_value(o, g->indicator, "target", period, isnan(g->value) ?
		    0 : g->value, g->unit, 'A', src, out_fmt(o, "%s %s %s: %s "
		    "(%s%s%s)%s%s", g->plan->name, attr_zh[g->binding],
		    g->category, *g->name ? g->name : g->indicator,
		    type_label(g->type), g->target_year != g->plan->end ?
		    out_fmt(o, ", by %d", g->target_year) : "",
		    g->basis == BASIS_REAL ? ", real" : g->basis ==
		    BASIS_NOMINAL ? ", nominal" : "", *g->note ? "; " : "",
		    g->note));
		if (isnan(g->value))
			o->r[o->n - 1].status = YP_STATUS_MISSING;
		if (!isnan(g->base_value))
			out_value(o, g->indicator, "target.base", period,
			    g->base_value, g->type == TARGET_GROWTH ||
			    g->type == TARGET_IN_STEP ? "" : g->unit, 'A', src,
			    out_fmt(o, "%d base value in the plan",
			    g->plan->base));
		if (!region_series(rd, code) && !index_of(rd, code)) {
			out_missing(o, g->indicator, p ? "verdict" : "achieved",
			    period, "", src, out_fmt(o, "not computable: no "
			    "data for %s in %s", code, region));
			tl[p].n[g->binding]++;
			continue;
		}
		if (p)
			evaluate_15(ts, g, rd, pl, code, o, src, period, &tl[p]);
		else
			evaluate_14(g, rd, code, o, src, period, &tl[p]);
	}
	/* counts per attribute: binding and indicative are never pooled */
	for (p = 0; p < 2; p++) {
		const struct plan *plan = plan_ending(p ? 2030 : 2025);

		period_span(period, plan->base + 1, plan->end);
		for (attr = 1; attr >= 0; attr--) {
			if (!tl[p].n[attr])
				continue;
			src = "targets";
			out_value(o, "*", out_fmt(o, "targets.%s",
			    attr_name[attr]), period, tl[p].n[attr], "", 'A', src,
			    out_fmt(o, "%s %s targets", plan->name,
			    attr_zh[attr]));
			if (!p) {
				out_value(o, "*", out_fmt(o, "targets.%s.achieved",
				    attr_name[attr]), period,
				    tl[p].achieved[attr], "", 'A', src,
				    out_fmt(o, "%s %s targets achieved",
				    plan->name, attr_zh[attr]));
				continue;
			}
			for (k = 0; k < (int)ts->nv; k++)
				out_value(o, "*", out_fmt(o, "targets.%s.verdict%d",
				    attr_name[attr], ts->v[k].code), period,
				    tl[p].verdict[attr][ts->v[k].code], "", 'A',
				    src, out_fmt(o, "%s %s targets judged %s",
				    plan->name, attr_zh[attr], ts->v[k].label_zh));
		}
	}
}
