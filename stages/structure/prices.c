/* yp-structure: comparable prices: real levels, real growth, deflators, contributions and pulls. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "formulas.h"
#include "structure.h"

#define WHY 256

/* The first and last year any of the item's nominal and index series
 * (and gdp.growth for gdp) hold; 0 when there are none. */
static int
item_years(const struct structure *st, const char *item, int *lo, int *hi)
{
	char key[128];
	const struct series *s[3];
	int i, n = 0;

	snprintf(key, sizeof key, "%s.index", item);
	s[0] = S(st, item);
	s[1] = S(st, key);
	s[2] = strcmp(item, "gdp") == 0 ? S(st, "gdp.growth") : NULL;
	*lo = 9999;
	*hi = 0;
	for (i = 0; i < 3; i++) {
		if (!s[i])
			continue;
		n++;
		if (s[i]->first < *lo)
			*lo = s[i]->first;
		if (s[i]->first + s[i]->n - 1 > *hi)
			*hi = s[i]->first + s[i]->n - 1;
	}
	return n > 0;
}

static int
has_any_record(const struct structure *st, const char *item, int y)
{
	char key[128];

	snprintf(key, sizeof key, "%s.index", item);
	return series_has_record(S(st, item), y) ||
	    series_has_record(S(st, key), y) ||
	    (strcmp(item, "gdp") == 0 &&
	    series_has_record(S(st, "gdp.growth"), y));
}

/* The real increment of item from y-1 to y in the prices of y-1:
 * X_{y-1} (I_y/100 - 1).  Returns 1, or 0 with a reason. */
static int
real_increment(const struct structure *st, const char *item, int y,
    double *d, char *status, char *why)
{
	double prev, index;

	if (!V(st, item, y - 1, &prev, status)) {
		snprintf(why, WHY, "no nominal %s for %d", item, y - 1);
		return 0;
	}
	if (!index_of(st, st->r->name, item, y, &index, status)) {
		snprintf(why, WHY, "no %s.index (上年=100) for %d; nominal "
		    "growth is not real growth", item, y);
		return 0;
	}
	*d = prev * (index / 100 - 1);
	return 1;
}

/* GDP's real increment of year y: from its index, or when that is
 * missing the sum of the sectors' increments (*summed set). */
static int
gdp_increment(const struct structure *st, int y, double *d, char *status,
    int *summed, char *why)
{
	const struct settings *set = st->set;
	double part, sum = 0;
	char s = *status;
	size_t i;

	*summed = 0;
	if (real_increment(st, "gdp", y, d, status, why))
		return 1;
	for (i = 0; i < set->nsectors; i++) {
		if (!real_increment(st, set->sectors[i], y, &part, &s, why))
			return 0;
		sum += part;
	}
	*d = sum;
	*status = s;
	*summed = 1;
	return 1;
}

static void
item_year(struct structure *st, const char *item, int y)
{
	const char *reg = st->r->name, *unit = unit_of(st, item);
	int base = st->set->base_year, gap, summed;
	double index, level, ratio, nominal, prev, d, dY, prevY;
	char s, why[WHY], src[160];
	struct yp_result *r;

	s = 0;
	if (index_of(st, reg, item, y, &index, &s)) {
		snprintf(src, sizeof src, "%s", series_has_record(S(st,
		    code_with(st, item, ".index")), y) ? code_with(st, item,
		    ".index") : "gdp.growth");
		yp_results_value(&st->out, reg, item, "real_growth", y, y, "%",
		    index - 100, s, src);
	} else {
		yp_results_missing(&st->out, reg, item, "real_growth", y, y, "%",
		    "index", "no %s.index (上年=100) for %d; nominal growth "
		    "is not real growth", item, y);
	}

	snprintf(src, sizeof src, "chain(%s.index;base=%d)", item, base);
	s = 0;
	if (chain_ratio(st, reg, item, base, y, &ratio, &s, &gap))
		yp_results_value(&st->out, reg, item, "real_index", y, y,
		    base_unit(st), ratio * 100, s, src);
	else
		yp_results_missing(&st->out, reg, item, "real_index", y, y,
		    base_unit(st), src, "no %s.index (上年=100) for %d, so %d "
		    "cannot be chained to %d", item, gap, y, base);

	s = 0;
	if (real_level(st, reg, item, base, y, &level, &s, why, sizeof why)) {
		r = yp_results_value(&st->out, reg, item, "real_level", y, y, unit,
		    level, s, src);
		yp_result_note(r, "at %d prices", base);
		s = 0;
		if (V(st, item, y, &nominal, &s))
			yp_results_value(&st->out, reg, item, "deflator", y, y,
			    base_unit(st), nominal / level * 100, s,
			    "deflator(nominal/real_level)");
		else
			yp_results_missing(&st->out, reg, item, "deflator", y, y,
			    base_unit(st), "deflator(nominal/real_level)",
			    "no nominal %s for %d", item, y);
	} else {
		yp_results_missing(&st->out, reg, item, "real_level", y, y, unit, src,
		    "%s", why);
		yp_results_missing(&st->out, reg, item, "deflator", y, y,
		    base_unit(st), "deflator(nominal/real_level)", "%s", why);
	}

	s = 0;
	if (V(st, item, y, &nominal, &s) && V(st, item, y - 1, &prev, &s) &&
	    index_of(st, reg, item, y, &index, &s) && prev != 0)
		yp_results_value(&st->out, reg, item, "deflator_growth", y, y, "%",
		    nominal / prev / (index / 100) * 100 - 100, s,
		    "deflator_growth(nominal,index)");
	else
		yp_results_missing(&st->out, reg, item, "deflator_growth", y, y, "%",
		    "deflator_growth(nominal,index)", "needs nominal %s for %d "
		    "and %d and its index for %d", item, y - 1, y, y);

	if (strcmp(item, "gdp") == 0)
		return;
	snprintf(src, sizeof src, "contribution(%s;prices=%d)", item, y - 1);
	s = 0;
	if (!real_increment(st, item, y, &d, &s, why) ||
	    !gdp_increment(st, y, &dY, &s, &summed, why) ||
	    !V(st, "gdp", y - 1, &prevY, &s)) {
		if (!V(st, "gdp", y - 1, &prevY, NULL))
			snprintf(why, sizeof why, "no nominal gdp for %d", y - 1);
		yp_results_missing(&st->out, reg, item, "contribution", y, y, "%",
		    src, "%s", why);
		yp_results_missing(&st->out, reg, item, "pull", y, y, "pp", src, "%s",
		    why);
		return;
	}
	if (dY == 0)
		yp_results_missing(&st->out, reg, item, "contribution", y, y, "%",
		    src, "real GDP did not change in %d", y);
	else {
		r = yp_results_value(&st->out, reg, item, "contribution", y, y, "%",
		    d / dY * 100, s, src);
		if (summed)
			yp_result_note(r, "no gdp.index for %d: denominator is the "
			    "sum of the sectors' real increments", y);
	}
	if (prevY == 0)
		yp_results_missing(&st->out, reg, item, "pull", y, y, "pp", src,
		    "gdp of %d is 0", y - 1);
	else
		yp_results_value(&st->out, reg, item, "pull", y, y, "pp",
		    d / prevY * 100, s, src);
}

/* pull_residual and contribution_residual of GDP in year y. */
static void
gdp_residual_year(struct structure *st, int y)
{
	const struct settings *set = st->set;
	const char *reg = st->r->name, *src = "residual(gdp.index;sectors)";
	double d, dY, prevY, index, pulls = 0, contribs = 0;
	char s = 0, why[WHY];
	int summed;
	size_t i;

	if (!index_of(st, reg, "gdp", y, &index, &s)) {
		yp_results_missing(&st->out, reg, "gdp", "pull_residual", y, y, "pp",
		    src, "no gdp.index (上年=100) for %d, so the pulls cannot "
		    "be checked against GDP growth", y);
		yp_results_missing(&st->out, reg, "gdp", "contribution_residual", y, y,
		    "%", src, "no gdp.index (上年=100) for %d", y);
		return;
	}
	if (!gdp_increment(st, y, &dY, &s, &summed, why) ||
	    !V(st, "gdp", y - 1, &prevY, &s) || prevY == 0 || dY == 0) {
		if (!V(st, "gdp", y - 1, &prevY, NULL))
			snprintf(why, sizeof why, "no nominal gdp for %d", y - 1);
		else if (prevY == 0 || dY == 0)
			snprintf(why, sizeof why, "GDP or its growth is 0");
		yp_results_missing(&st->out, reg, "gdp", "pull_residual", y, y, "pp",
		    src, "%s", why);
		yp_results_missing(&st->out, reg, "gdp", "contribution_residual", y, y,
		    "%", src, "%s", why);
		return;
	}
	for (i = 0; i < set->nsectors; i++) {
		if (!real_increment(st, set->sectors[i], y, &d, &s, why)) {
			yp_results_missing(&st->out, reg, "gdp", "pull_residual", y, y,
			    "pp", src, "%s", why);
			yp_results_missing(&st->out, reg, "gdp",
			    "contribution_residual", y, y, "%", src, "%s", why);
			return;
		}
		pulls += d / prevY * 100;
		contribs += d / dY * 100;
	}
	yp_result_note(yp_results_value(&st->out, reg, "gdp", "pull_residual", y, y, "pp",
	    index - 100 - pulls, s, src), "GDP growth %.4g%%, sum of pulls "
	    "%.4g pp", index - 100, pulls);
	yp_results_value(&st->out, reg, "gdp", "contribution_residual", y, y, "%",
	    100 - contribs, s, src);
}

/* The last year of the plan in which both item's and GDP's indices
 * exist, or 0. */
static int
plan_index_end(const struct structure *st, const struct plan *pl,
    const char *item)
{
	double i;
	int y, last = pl->last < st->r->last ? pl->last : st->r->last;

	for (y = last; y >= pl->first; y--)
		if (index_of(st, st->r->name, item, y, &i, NULL) &&
		    index_of(st, st->r->name, "gdp", y, &i, NULL))
			return y;
	return 0;
}

/* The contribution (%) of item to GDP's real growth over b..e: each
 * year's real increment of item at the previous year's prices,
 * X_{t-1}(I_t/100 - 1), brought to the prices of b with GDP's implicit
 * deflator (times R_{t-1}/Y_{t-1}, R GDP's real level at b prices),
 * summed over the years and divided by GDP's real increment
 * R_e - R_b.  This chains the real increments in a fixed base year and is
 * the exact decomposition of chain-linked growth: the contributions of
 * the sectors add up to 100 % but for the years' own residuals.  *ry is
 * R_e/R_b.  Returns 1, or 0 with a reason. */
static int
plan_increments(const struct structure *st, const char *item, int b, int e,
    double *contribution, double *ry, char *status, char *why)
{
	const char *reg = st->r->name;
	double sum = 0, d, y_prev, ratio;
	int t, gap;

	for (t = b + 1; t <= e; t++) {
		if (!real_increment(st, item, t, &d, status, why))
			return 0;
		if (!V(st, "gdp", t - 1, &y_prev, status) || y_prev == 0) {
			snprintf(why, WHY, "no nominal gdp for %d", t - 1);
			return 0;
		}
		if (!chain_ratio(st, reg, "gdp", b, t - 1, &ratio, status, &gap)) {
			snprintf(why, WHY, "no gdp.index (上年=100) for %d", gap);
			return 0;
		}
		/* R_{t-1}/Y_{t-1} with R_b = Y_b: Y_b ratio / Y_{t-1} */
		sum += d * ratio / y_prev;
	}
	if (!chain_ratio(st, reg, "gdp", b, e, ry, status, &gap)) {
		snprintf(why, WHY, "no gdp.index (上年=100) for %d", gap);
		return 0;
	}
	if (*ry == 1) {
		snprintf(why, WHY, "real GDP did not change over %d-%d", b, e);
		return 0;
	}
	/* sum is in units of Y_b; GDP's real increment is Y_b (ry - 1). */
	*contribution = sum / (*ry - 1) * 100;
	return 1;
}

static void
item_plan(struct structure *st, const char *item, const struct plan *pl,
    double *pull_sum, double *contrib_sum, int *ok)
{
	const char *reg = st->r->name;
	int b = pl->first - 1, e = plan_index_end(st, pl, item), gap, n;
	double rx, ry, g, c;
	char s = 0, src[160], why[WHY];

	if (!plan_touches(st, pl))
		return;
	if (!e)
		snprintf(src, sizeof src, "chain(%s.index)", item);
	else
		snprintf(src, sizeof src, "chain(%s.index;%d-%d)", item, b, e);
	if (!e) {
		e = pl->last < st->r->last ? pl->last : st->r->last;
		plan_note(yp_results_missing(&st->out, reg, item, "real_growth",
		    pl->first, e, "%", src, "no %s.index in %d-%d", item,
		    pl->first, e), pl, e);
		plan_note(yp_results_missing(&st->out, reg, item, "real_growth_cum",
		    pl->first, e, "%", src, "no %s.index in %d-%d", item,
		    pl->first, e), pl, e);
		*ok = 0;
		return;
	}
	n = e - b;
	if (!chain_ratio(st, reg, item, b, e, &rx, &s, &gap)) {
		plan_note(yp_results_missing(&st->out, reg, item, "real_growth",
		    pl->first, e, "%", src, "no %s.index for %d", item, gap),
		    pl, e);
		plan_note(yp_results_missing(&st->out, reg, item, "real_growth_cum",
		    pl->first, e, "%", src, "no %s.index for %d", item, gap),
		    pl, e);
		*ok = 0;
		return;
	}
	plan_note(yp_results_value(&st->out, reg, item, "real_growth", pl->first, e,
	    "%", annual_rate(rx, n) * 100, s, src), pl, e);
	plan_note(yp_results_value(&st->out, reg, item, "real_growth_cum", pl->first,
	    e, "%", (rx - 1) * 100, s, src), pl, e);
	if (strcmp(item, "gdp") == 0)
		return;

	snprintf(src, sizeof src, "contribution(%s;prices=%d)", item, b);
	if (!plan_increments(st, item, b, e, &c, &ry, &s, why)) {
		plan_note(yp_results_missing(&st->out, reg, item, "contribution",
		    pl->first, e, "%", src, "%s", why), pl, e);
		plan_note(yp_results_missing(&st->out, reg, item, "pull", pl->first,
		    e, "pp", src, "%s", why), pl, e);
		*ok = 0;
		return;
	}
	g = annual_rate(ry, n) * 100;
	plan_note(yp_results_value(&st->out, reg, item, "contribution", pl->first, e,
	    "%", c, s, src), pl, e);
	plan_note(yp_results_value(&st->out, reg, item, "pull", pl->first, e, "pp",
	    c * g / 100, s, src), pl, e);
	if (settings_is_sector(st->set, item)) {
		*pull_sum += c * g / 100;
		*contrib_sum += c;
	}
}

static void
gdp_residual_plan(struct structure *st, const struct plan *pl, double pulls,
    double contribs, int ok)
{
	const char *reg = st->r->name, *src = "residual(gdp.index;sectors)";
	int b = pl->first - 1, e = plan_index_end(st, pl, "gdp"), gap;
	double ry;
	char s = 0;

	if (!plan_touches(st, pl))
		return;
	if (!e || !ok || !chain_ratio(st, reg, "gdp", b, e, &ry, &s, &gap)) {
		if (!e)
			e = pl->last < st->r->last ? pl->last : st->r->last;
		plan_note(yp_results_missing(&st->out, reg, "gdp", "pull_residual",
		    pl->first, e, "pp", src, "the sectors' or GDP's pulls are "
		    "not all computable for %d-%d", b, e), pl, e);
		plan_note(yp_results_missing(&st->out, reg, "gdp",
		    "contribution_residual", pl->first, e, "%", src, "the "
		    "sectors' or GDP's contributions are not all computable "
		    "for %d-%d", b, e), pl, e);
		return;
	}
	plan_note(yp_results_value(&st->out, reg, "gdp", "pull_residual", pl->first, e,
	    "pp", annual_rate(ry, e - b) * 100 - pulls, s, src), pl, e);
	plan_note(yp_results_value(&st->out, reg, "gdp", "contribution_residual",
	    pl->first, e, "%", 100 - contribs, s, src), pl, e);
}

void
prices_region(struct structure *st)
{
	const struct settings *set = st->set;
	double pulls, contribs;
	size_t i, p;
	int lo, hi, y, ok, sectors_ok;

	for (i = 0; i < set->nreal; i++) {
		if (!item_years(st, set->real[i], &lo, &hi))
			continue;
		for (y = lo; y <= hi; y++)
			if (has_any_record(st, set->real[i], y))
				item_year(st, set->real[i], y);
	}
	if (item_years(st, "gdp", &lo, &hi))
		for (y = lo; y <= hi; y++)
			if (has_any_record(st, "gdp", y))
				gdp_residual_year(st, y);
	for (p = 0; p < set->nplans; p++) {
		pulls = contribs = 0;
		sectors_ok = 1;
		for (i = 0; i < set->nreal; i++) {
			if (!item_years(st, set->real[i], &lo, &hi))
				continue;
			ok = 1;
			item_plan(st, set->real[i], &set->plans[p], &pulls,
			    &contribs, &ok);
			if (!ok && settings_is_sector(set, set->real[i]))
				sectors_ok = 0;
		}
		for (i = 0; i < set->nsectors; i++)
			if (!item_years(st, set->sectors[i], &lo, &hi))
				sectors_ok = 0;
		if (item_years(st, "gdp", &lo, &hi))
			gdp_residual_plan(st, &set->plans[p], pulls, contribs,
			    sectors_ok);
	}
}
