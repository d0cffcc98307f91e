/* yp-trend: growth records of one series (docs/METHODS.md, "Growth"). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "growth.h"
#include "xalloc.h"

double
cagr_percent(double base, double end, int n)
{
	if (n < 1 || !(base > 0) || end < 0 || !isfinite(base) ||
	    !isfinite(end))
		return NAN;
	return (pow(end / base, 1.0 / n) - 1.0) * 100.0;
}

double
chained_cagr_percent(const double *index, int n)
{
	double logsum = 0;
	int i;

	if (n < 1)
		return NAN;
	for (i = 0; i < n; i++) {
		if (!(index[i] > 0))
			return NAN;
		logsum += log(index[i] / 100.0);
	}
	return (exp(logsum / n) - 1.0) * 100.0;
}

double
chained_change_percent(const double *index, int n)
{
	double prod = 1;
	int i;

	for (i = 0; i < n; i++) {
		if (!(index[i] > 0))
			return NAN;
		prod *= index[i] / 100.0;
	}
	return (prod - 1.0) * 100.0;
}

const struct series *
index_of(const struct region_data *rd, const char *code)
{
	char name[256];
	const struct series *s;

	if (snprintf(name, sizeof name, "%s.index", code) >= (int)sizeof name)
		return NULL;
	s = region_series(rd, name);
	/* Only chain indices (previous year = 100); a fixed-base index
	 * (1978=100) is a different quantity. */
	if (s && s->unit && strcmp(s->unit, "上年=100") != 0)
		return NULL;
	return s;
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Why a two-year comparison cannot be made, or NULL when it can. */
static const char *
pair_problem(struct outbuf *o, const struct series *s, int from, int to,
	double *a, double *b, char *st)
{
	char sa, sb;
	int y;

	if (!series_get(s, from, a, &sa))
		return out_fmt(o, "not computable: no %d value", from);
	if (!series_get(s, to, b, &sb))
		return out_fmt(o, "not computable: no %d value", to);
	for (y = from + 1; y <= to; y++)
		if (y >= s->first && y <= s->last &&
		    s->st[y - s->first] == YP_STATUS_BREAK)
			return out_fmt(o, "not computable: break in series "
			    "in %d (status B)", y);
	*st = status_combine(sa, sb);
	return NULL;
}

/* Whether the plan's years (base+1..end) meet the years first+1..last. */
static int
plan_overlaps(const struct plan *p, int first, int last)
{
	return p->base + 1 <= last && p->end >= first + 1;
}

static void
amount_growth(const char *code, const struct series *s, struct outbuf *o)
{
	const struct plan *plans;
	size_t np, i;
	char period[12], st;
	const char *why;
	double a, b, v;
	int t, money = series_is_money(s);

	for (t = s->first + 1; t <= s->last; t++) {
		period_year(period, t);
		why = pair_problem(o, s, t - 1, t, &a, &b, &st);
		if (!why && !(a > 0))
			why = out_fmt(o, "not computable: %d value not positive",
			    t - 1);
		if (why)
			out_missing(o, code, "yoy", period, UNIT_PERCENT,
			    out_fmt(o, "yoy(%d,%d)", t - 1, t), why);
		else
			out_value(o, code, "yoy", period, (b / a - 1) * 100,
			    UNIT_PERCENT, st, out_fmt(o, "yoy(%d,%d)", t - 1, t),
			    money ? "nominal (current prices)" : "");
	}
	plans = plan_list(&np);
	for (i = 0; i < np; i++) {
		const struct plan *p = &plans[i];
		const char *src = out_fmt(o, "cagr(%d,%d)", p->base, p->end);

		if (!plan_overlaps(p, s->first, s->last))
			continue;
		period_span(period, p->base + 1, p->end);
		why = pair_problem(o, s, p->base, p->end, &a, &b, &st);
		if (!why && !(a > 0))
			why = out_fmt(o, "not computable: %d value not positive",
			    p->base);
		if (!why && b < 0)
			why = out_fmt(o, "not computable: %d value negative",
			    p->end);
		if (why) {
			out_missing(o, code, "cagr", period, UNIT_PERCENT, src,
			    why);
			out_missing(o, code, "cum_change", period, UNIT_PERCENT,
			    out_fmt(o, "change(%d,%d)", p->base, p->end), why);
			continue;
		}
		v = cagr_percent(a, b, p->end - p->base);
		out_value(o, code, "cagr", period, v, UNIT_PERCENT, st, src,
		    out_fmt(o, "%s%s, n = %d", p->name, money ? " nominal "
		    "(current prices)" : "", p->end - p->base));
		out_value(o, code, "cum_change", period, (b / a - 1) * 100,
		    UNIT_PERCENT, st, out_fmt(o, "change(%d,%d)", p->base,
		    p->end), out_fmt(o, "%s 〔累计〕%s", p->name, money ?
		    " nominal" : ""));
	}
}

static void
rate_growth(const char *code, const struct series *s, struct outbuf *o)
{
	const struct plan *plans;
	size_t np, i;
	char period[12], st;
	const char *why;
	double a, b;
	int t;

	for (t = s->first + 1; t <= s->last; t++) {
		period_year(period, t);
		why = pair_problem(o, s, t - 1, t, &a, &b, &st);
		if (why)
			out_missing(o, code, "pp_change", period, UNIT_PP,
			    out_fmt(o, "change(%d,%d)", t - 1, t), why);
		else
			out_value(o, code, "pp_change", period, b - a, UNIT_PP,
			    st, out_fmt(o, "change(%d,%d)", t - 1, t), "");
	}
	plans = plan_list(&np);
	for (i = 0; i < np; i++) {
		const struct plan *p = &plans[i];

		if (!plan_overlaps(p, s->first, s->last))
			continue;
		period_span(period, p->base + 1, p->end);
		why = pair_problem(o, s, p->base, p->end, &a, &b, &st);
		if (why)
			out_missing(o, code, "pp_change", period, UNIT_PP,
			    out_fmt(o, "change(%d,%d)", p->base, p->end), why);
		else
			out_value(o, code, "pp_change", period, b - a, UNIT_PP,
			    st, out_fmt(o, "change(%d,%d)", p->base, p->end),
			    p->name);
	}
}

/* Gathers a plan's five yearly values (indices or published growth
 * rates); returns NULL and the values, or why they are not all there. */
static const char *
plan_values(struct outbuf *o, const struct series *s, const struct plan *p,
	double *vals, char *st)
{
	char c;
	int y;

	*st = YP_STATUS_NORMAL;
	for (y = p->base + 1; y <= p->end; y++) {
		if (!series_get(s, y, &vals[y - p->base - 1], &c))
			return out_fmt(o, "not computable: no %d value of %s", y,
			    s->indicator);
		*st = status_combine(*st, c);
	}
	return NULL;
}

/* Published growth rates (code *.growth, %): the plan average is their
 * chained mean, the same as a CAGR of the level they describe. */
static void
growth_rate_plans(const char *code, const struct series *s, struct outbuf *o)
{
	const struct plan *plans;
	size_t np, i;
	double vals[5], idx[5];
	char period[12], st;
	const char *why;
	int k;

	plans = plan_list(&np);
	for (i = 0; i < np; i++) {
		const struct plan *p = &plans[i];
		const char *src = out_fmt(o, "chain(%s,%d-%d)", s->indicator,
		    p->base + 1, p->end);

		if (!plan_overlaps(p, s->first - 1, s->last))
			continue;
		period_span(period, p->base + 1, p->end);
		if ((why = plan_values(o, s, p, vals, &st)) != NULL) {
			out_missing(o, code, "cagr", period, UNIT_PERCENT, src,
			    why);
			continue;
		}
		for (k = 0; k < 5; k++)
			idx[k] = 100 + vals[k];
		out_value(o, code, "cagr", period, chained_cagr_percent(idx, 5),
		    UNIT_PERCENT, st, src, out_fmt(o, "%s chained mean of the "
		    "published annual rates", p->name));
	}
}

static void
real_growth(const char *code, const struct series *idx, struct outbuf *o)
{
	const struct plan *plans;
	size_t np, i;
	double vals[5], v;
	char period[12], st;
	const char *why, *note = out_fmt(o, "real (comparable prices), "
	    "from %s", idx->indicator);
	int t;

	for (t = idx->first; t <= idx->last; t++) {
		period_year(period, t);
		if (series_get(idx, t, &v, &st))
			out_value(o, code, "yoy_real", period, v - 100,
			    UNIT_PERCENT, st, out_fmt(o, "%s@%d", idx->indicator,
			    t), note);
		else
			out_missing(o, code, "yoy_real", period, UNIT_PERCENT,
			    out_fmt(o, "%s@%d", idx->indicator, t),
			    out_fmt(o, "not computable: no %d value of %s", t,
			    idx->indicator));
	}
	plans = plan_list(&np);
	for (i = 0; i < np; i++) {
		const struct plan *p = &plans[i];
		const char *src = out_fmt(o, "chain(%s,%d-%d)", idx->indicator,
		    p->base + 1, p->end);

		if (!plan_overlaps(p, idx->first - 1, idx->last))
			continue;
		period_span(period, p->base + 1, p->end);
		if ((why = plan_values(o, idx, p, vals, &st)) != NULL) {
			out_missing(o, code, "cagr_real", period, UNIT_PERCENT,
			    src, why);
			out_missing(o, code, "cum_change_real", period,
			    UNIT_PERCENT, src, why);
			continue;
		}
		out_value(o, code, "cagr_real", period,
		    chained_cagr_percent(vals, 5), UNIT_PERCENT, st, src,
		    out_fmt(o, "%s real, chained %s, n = 5", p->name,
		    idx->indicator));
		out_value(o, code, "cum_change_real", period,
		    chained_change_percent(vals, 5), UNIT_PERCENT, st, src,
		    out_fmt(o, "%s 〔累计〕 real", p->name));
	}
}

void
growth_records(const char *code, const struct series *s,
	const struct series *idx, struct outbuf *o)
{
	if (s) {
		switch (series_kind(s)) {
		case KIND_AMOUNT:
			amount_growth(code, s, o);
			break;
		case KIND_RATE:
			if (ends_with(s->indicator, ".growth"))
				growth_rate_plans(code, s, o);
			else
				rate_growth(code, s, o);
			break;
		case KIND_INDEX:
			break;	/* read through the series it indexes */
		}
	}
	if (idx)
		real_growth(code, idx, o);
}

int
real_levels(const struct series *s, const struct series *idx, int last,
	double *out, int *first)
{
	double x, ix;
	int y, start, n;

	if (!series_get(s, last, &x, NULL))
		return 0;
	/* Going back from last while the index links year y-1 to y; a break
	 * in the nominal series does not matter, since the index is at
	 * comparable scope. */
	for (start = last; series_get(idx, start, &ix, NULL) && ix > 0; start--)
		;
	n = last - start + 1;
	out[n - 1] = x;
	for (y = last; y > start; y--) {
		series_get(idx, y, &ix, NULL);
		out[y - start - 1] = out[y - start] / (ix / 100.0);
	}
	*first = start;
	return n;
}
