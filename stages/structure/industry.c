/* yp-structure: industrial structure: shares, TS, Theil, Moore, location quotients, shift-share, HHI. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "formulas.h"
#include "structure.h"

#define MAX_PARTS 256

/* The first of the codes without a value in y, or NULL. */
static const char *
first_missing(const struct structure *st, const char *region,
    const char *const *codes, size_t n, int y)
{
	double v;
	size_t i;

	for (i = 0; i < n; i++)
		if (!V_of(st, region, codes[i], y, &v, NULL))
			return codes[i];
	return NULL;
}

static void
shares(struct structure *st)
{
	const struct settings *set = st->set;
	const char *reg = st->r->name, *item, *codes[2];
	double x, y0, xb, yb;
	size_t i, p;
	int lo, hi, y, b, e, w;
	char s;

	for (i = 0; i < set->nreal; i++) {
		item = set->real[i];
		if (strcmp(item, "gdp") == 0 || !S(st, item))
			continue;
		codes[0] = item;
		codes[1] = "gdp";
		codes_span(st, codes, 1, &lo, &hi);
		for (y = lo; y <= hi; y++) {
			if (!codes_recorded(st, codes, 2, y))
				continue;
			s = 0;
			if (V(st, item, y, &x, &s) && V(st, "gdp", y, &y0, &s) &&
			    y0 != 0)
				yp_results_value(&st->out, reg, item, "share", y, y, "%",
				    x / y0 * 100, s, "share(gdp)");
			else
				yp_results_missing(&st->out, reg, item, "share", y, y,
				    "%", "share(gdp)", "no %s for %d",
				    first_missing(st, reg, codes, 2, y) ?
				    first_missing(st, reg, codes, 2, y) : "gdp",
				    y);
		}
		for (p = 0; p < set->nplans; p++) {
			const struct plan *pl = &set->plans[p];

			w = plan_window(st, pl, codes, 2, &b, &e);
			if (w == 0)
				continue;
			s = 0;
			if (w > 0 && V(st, item, b, &xb, &s) &&
			    V(st, "gdp", b, &yb, &s) && yb != 0 &&
			    V(st, item, e, &x, &s) && V(st, "gdp", e, &y0, &s) &&
			    y0 != 0)
				plan_note(yp_results_value(&st->out, reg, item,
				    "share_change", pl->first, e, "pp",
				    x / y0 * 100 - xb / yb * 100, s,
				    "share_change(gdp)"), pl, e);
			else
				plan_note(yp_results_missing(&st->out, reg, item,
				    "share_change", pl->first, e, "pp",
				    "share_change(gdp)", "needs %s and gdp in %d "
				    "and %d", item, b, e), pl, e);
		}
	}
}

/* structure, ts, structure_level of year y. */
static void
structure_year(struct structure *st, int y)
{
	const struct settings *set = st->set;
	const char *reg = st->r->name, *miss;
	double v[MAX_SECTORS], total, sum = 0, level = 0;
	char s = 0, text[128];
	size_t i, len = 0;

	miss = first_missing(st, reg, set->sectors, set->nsectors, y);
	if (!miss && !V(st, "gdp", y, &total, &s))
		miss = "gdp";
	if (!miss && total == 0)
		miss = "non-zero gdp";
	if (miss) {
		yp_results_missing(&st->out, reg, "gdp", "structure", y, y, "%",
		    "structure(sectors/gdp)", "no %s for %d", miss, y);
		yp_results_missing(&st->out, reg, "gdp", "structure_level", y, y, "",
		    "structure_level(sectors/gdp)", "no %s for %d", miss, y);
		if (set->nsectors >= 3)
			yp_results_missing(&st->out, reg, "gdp", "ts", y, y, "ratio",
			    "ts(tertiary/secondary)", "no %s for %d", miss, y);
		return;
	}
	for (i = 0; i < set->nsectors; i++) {
		V(st, set->sectors[i], y, &v[i], &s);
		sum += v[i] / total * 100;
		level += (double)(i + 1) * v[i] / total;
		len += (size_t)snprintf(text + len, sizeof text - len, "%s%.1f",
		    i ? ":" : "", v[i] / total * 100);
		if (len >= sizeof text)
			len = sizeof text - 1;
	}
	yp_result_note(yp_results_value(&st->out, reg, "gdp", "structure", y, y, "%", sum,
	    s, "structure(sectors/gdp)"), "%s", text);
	yp_results_value(&st->out, reg, "gdp", "structure_level", y, y, "", level, s,
	    "structure_level(sectors/gdp)");
	if (set->nsectors >= 3) {
		if (v[1] != 0)
			yp_results_value(&st->out, reg, "gdp", "ts", y, y, "ratio",
			    v[2] / v[1], s, "ts(tertiary/secondary)");
		else
			yp_results_missing(&st->out, reg, "gdp", "ts", y, y, "ratio",
			    "ts(tertiary/secondary)", "%s is 0 in %d",
			    set->sectors[1], y);
	}
}

/* Theil index and structural deviation of year y. */
static void
rationalisation_year(struct structure *st, int y)
{
	const struct settings *set = st->set;
	const char *reg = st->r->name, *miss;
	double yv[MAX_SECTORS], lv[MAX_SECTORS], tl;
	char s = 0, why[200];
	size_t i;

	miss = first_missing(st, reg, set->sectors, set->nsectors, y);
	if (miss) {
		snprintf(why, sizeof why, "no %s for %d", miss, y);
	} else if ((miss = first_missing(st, reg, set->employment,
	    set->nsectors, y))) {
		snprintf(why, sizeof why, "no employment by sector (%s) for %d",
		    miss, y);
	} else {
		for (i = 0; i < set->nsectors; i++) {
			V(st, set->sectors[i], y, &yv[i], &s);
			V(st, set->employment[i], y, &lv[i], &s);
		}
		if (theil_index(yv, lv, set->nsectors, &tl)) {
			yp_results_value(&st->out, reg, "gdp", "theil", y, y, "", tl, s,
			    "theil(sectors,employment)");
			for (i = 0; i < set->nsectors; i++)
				yp_results_value(&st->out, reg, set->sectors[i],
				    "deviation", y, y, "",
				    structural_deviation(yv, lv, set->nsectors,
				    i), s, "deviation(sectors,employment)");
			return;
		}
		snprintf(why, sizeof why, "a sector's value added or "
		    "employment is not positive in %d", y);
	}
	yp_results_missing(&st->out, reg, "gdp", "theil", y, y, "",
	    "theil(sectors,employment)", "%s", why);
	for (i = 0; i < set->nsectors; i++)
		yp_results_missing(&st->out, reg, set->sectors[i], "deviation", y, y, "",
		    "deviation(sectors,employment)", "%s", why);
}

static void
moore_plans(struct structure *st)
{
	const struct settings *set = st->set;
	const char *reg = st->r->name;
	double w0[MAX_SECTORS], w1[MAX_SECTORS], angle;
	size_t i, p;
	int b, e, w, ok;
	char s;

	for (p = 0; p < set->nplans; p++) {
		const struct plan *pl = &set->plans[p];

		w = plan_window(st, pl, set->sectors, set->nsectors, &b, &e);
		if (w == 0)
			continue;
		s = 0;
		ok = w > 0;
		for (i = 0; ok && i < set->nsectors; i++)
			ok = V(st, set->sectors[i], b, &w0[i], &s) &&
			    V(st, set->sectors[i], e, &w1[i], &s);
		angle = ok ? moore_angle_degrees(w0, w1, set->nsectors) : NAN;
		if (!isnan(angle))
			plan_note(yp_results_value(&st->out, reg, "gdp", "moore_angle",
			    pl->first, e, "degree", angle, s,
			    "moore(sectors)"), pl, e);
		else
			plan_note(yp_results_missing(&st->out, reg, "gdp",
			    "moore_angle", pl->first, e, "degree",
			    "moore(sectors)", "needs every sector in %d and %d",
			    b, e), pl, e);
	}
}

/* The location quotient of part (of total) for every year it has. */
static void
lq_item(struct structure *st, const char *part, const char *total)
{
	const struct series *ps = S(st, part);
	const char *reg = st->r->name, *par = st->r->parent;
	double ei, e, Ei, E, lq;
	char s, src[160];
	int y;

	if (!ps || !par)
		return;
	snprintf(src, sizeof src, "lq(%s/%s;%s)", part, total, par);
	for (y = ps->first; y < ps->first + ps->n; y++) {
		if (!series_has_record(ps, y))
			continue;
		s = 0;
		if (!V(st, part, y, &ei, &s) || !V(st, total, y, &e, &s)) {
			yp_results_missing(&st->out, reg, part, "lq", y, y, "ratio", src,
			    "no %s for %d", V(st, part, y, &ei, NULL) ? total :
			    part, y);
			continue;
		}
		if (!V_of(st, par, part, y, &Ei, &s) ||
		    !V_of(st, par, total, y, &E, &s)) {
			yp_results_missing(&st->out, reg, part, "lq", y, y, "ratio", src,
			    "no %s or %s of the parent region %s for %d", part,
			    total, par, y);
			continue;
		}
		lq = location_quotient(ei, e, Ei, E);
		if (isnan(lq))
			yp_results_missing(&st->out, reg, part, "lq", y, y, "ratio", src,
			    "a total or the parent's value is 0 in %d", y);
		else
			yp_results_value(&st->out, reg, part, "lq", y, y, "ratio", lq, s,
			    src);
	}
}

/* Growth of item over b..e (a fraction): real when *real, from its
 * chained indices, else nominal.  Returns 1 or 0. */
static int
growth_over(const struct structure *st, const char *region, const char *item,
    int b, int e, int real, double *g, char *s)
{
	double x0, x1;
	int gap;

	if (real) {
		if (!chain_ratio(st, region, item, b, e, g, s, &gap))
			return 0;
		*g -= 1;
		return 1;
	}
	if (!V_of(st, region, item, b, &x0, s) ||
	    !V_of(st, region, item, e, &x1, s) || x0 == 0)
		return 0;
	*g = x1 / x0 - 1;
	return 1;
}

static const char *const shift_measures[4] = {
	"shift_share.g", "shift_share.n", "shift_share.p", "shift_share.d"
};

static void
shift_share_missing(struct structure *st, const struct plan *pl, int e,
    const char *why)
{
	const struct settings *set = st->set;
	size_t i, k;

	for (i = 0; i <= set->nsectors; i++)
		for (k = 0; k < 4; k++)
			plan_note(yp_results_missing(&st->out, st->r->name,
			    i < set->nsectors ? set->sectors[i] : "gdp",
			    shift_measures[k], pl->first, e,
			    unit_of(st, "gdp"), "shift_share(parent)", "%s",
			    why), pl, e);
}

static void
shift_share_plans(struct structure *st)
{
	const struct settings *set = st->set;
	const char *reg = st->r->name, *par = st->r->parent;
	double b0[MAX_SECTORS], r[MAX_SECTORS], Ri[MAX_SECTORS], R, sum[4];
	struct shift_share ss;
	size_t i, p;
	int b, e, w, real, ok;
	char s, why[200], src[160];

	if (!par)
		return;
	for (p = 0; p < set->nplans; p++) {
		const struct plan *pl = &set->plans[p];

		w = plan_window(st, pl, set->sectors, set->nsectors, &b, &e);
		if (w == 0)
			continue;
		if (w < 0) {
			shift_share_missing(st, pl, e, "no year of the plan with "
			    "every sector");
			continue;
		}
		/* Real when every chain exists, so that no mix of real and
		 * nominal growth enters one decomposition. */
		for (real = 1; real >= 0; real--) {
			s = 0;
			ok = growth_over(st, par, "gdp", b, e, real, &R, &s);
			for (i = 0; ok && i < set->nsectors; i++)
				ok = V(st, set->sectors[i], b, &b0[i], &s) &&
				    growth_over(st, reg, set->sectors[i], b, e,
				    real, &r[i], &s) &&
				    growth_over(st, par, set->sectors[i], b, e,
				    real, &Ri[i], &s);
			if (ok)
				break;
		}
		if (!ok) {
			snprintf(why, sizeof why, "needs every sector of %s and "
			    "of the parent region %s, and the parent's gdp, in "
			    "%d and %d", reg, par, b, e);
			shift_share_missing(st, pl, e, why);
			continue;
		}
		snprintf(src, sizeof src, "shift_share(%s;%s;%d-%d)", par,
		    real ? "real" : "nominal", b, e);
		sum[0] = sum[1] = sum[2] = sum[3] = 0;
		for (i = 0; i <= set->nsectors; i++) {
			const char *code = i < set->nsectors ? set->sectors[i] :
			    "gdp";
			double v[4];
			size_t k;

			if (i < set->nsectors) {
				ss = shift_share_split(b0[i], r[i], Ri[i], R);
				v[0] = ss.g;
				v[1] = ss.n;
				v[2] = ss.p;
				v[3] = ss.d;
			}
			for (k = 0; k < 4; k++) {
				struct yp_result *res;

				if (i < set->nsectors)
					sum[k] += v[k];
				res = yp_results_value(&st->out, reg, code,
				    shift_measures[k], pl->first, e,
				    unit_of(st, "gdp"), i < set->nsectors ?
				    v[k] : sum[k], s, src);
				plan_note(res, pl, e);
				yp_result_note(res, real ? "at %d prices" :
				    "at current prices (no complete index "
				    "chain)", b);
			}
		}
	}
}

static void
hhi_group(struct structure *st, const struct hhi_group *g)
{
	const struct series *parts[MAX_PARTS];
	const char *reg = st->r->name, *codes[MAX_PARTS];
	const struct series *ts;
	const struct label_class *band;
	double x[MAX_PARTS], h;
	size_t n = 0, i, k;
	int lo = 9999, hi = 0, y;
	char s, src[200];
	struct yp_result *res;

	for (k = 0; k < g->nparts && n < MAX_PARTS; k++)
		n += panel_matching(st->panel, reg, g->parts[k], parts + n,
		    MAX_PARTS - n);
	snprintf(src, sizeof src, "hhi(%s)", g->total);
	if (n < 2) {
		/* Not computable: say so for each year of the total. */
		if (!(ts = S(st, g->total)))
			return;
		for (y = ts->first; y < ts->first + ts->n; y++) {
			if (!series_has_record(ts, y))
				continue;
			yp_results_missing(&st->out, reg, g->total, "hhi", y, y, "",
			    src, "no sub-sector data (%s%s) for %s", g->parts[0],
			    g->nparts > 1 ? "…" : "", g->total);
			yp_results_missing(&st->out, reg, g->total, "hhi_band", y, y,
			    "code", src, "no sub-sector data for %s", g->total);
		}
		return;
	}
	for (i = 0; i < n; i++) {
		codes[i] = parts[i]->indicator;
		if (parts[i]->first < lo)
			lo = parts[i]->first;
		if (parts[i]->first + parts[i]->n - 1 > hi)
			hi = parts[i]->first + parts[i]->n - 1;
	}
	for (y = lo; y <= hi; y++) {
		const char *miss = first_missing(st, reg, codes, n, y);

		if (!codes_recorded(st, codes, n, y))
			continue;
		s = 0;
		for (i = 0; !miss && i < n; i++)
			V(st, codes[i], y, &x[i], &s);
		h = miss ? NAN : hhi_index(x, n);
		if (isnan(h)) {
			yp_results_missing(&st->out, reg, g->total, "hhi", y, y, "", src,
			    "no %s for %d", miss ? miss : "positive parts", y);
			yp_results_missing(&st->out, reg, g->total, "hhi_band", y, y,
			    "code", src, "no HHI for %d", y);
			continue;
		}
		yp_result_note(yp_results_value(&st->out, reg, g->total, "hhi", y, y, "", h,
		    s, src), "%zu parts", n);
		band = settings_classify(st->set, "hhi_band", h);
		if (band) {
			res = yp_results_value(&st->out, reg, g->total, "hhi_band", y, y,
			    "code", band->code, s, src);
			yp_result_note(res, "%s %s", band->zh, band->en);
		}
	}
	for (i = 0; i < n; i++)
		lq_item(st, codes[i], g->total);
}

void
industry_region(struct structure *st)
{
	const struct settings *set = st->set;
	const char *codes[MAX_SECTORS + 1];
	size_t i;
	int lo, hi, y;

	shares(st);
	for (i = 0; i < set->nsectors; i++)
		codes[i] = set->sectors[i];
	codes[set->nsectors] = "gdp";
	if (codes_span(st, codes, set->nsectors + 1, &lo, &hi))
		for (y = lo; y <= hi; y++)
			if (codes_recorded(st, codes, set->nsectors + 1, y))
				structure_year(st, y);
	if (codes_span(st, codes, set->nsectors, &lo, &hi))
		for (y = lo; y <= hi; y++)
			if (codes_recorded(st, codes, set->nsectors, y))
				rationalisation_year(st, y);
	moore_plans(st);
	for (i = 0; i < set->nsectors; i++) {
		lq_item(st, set->sectors[i], "gdp");
		lq_item(st, set->employment[i], "emp.total");
	}
	shift_share_plans(st);
	for (i = 0; i < set->nhhi; i++)
		hhi_group(st, &set->hhi[i]);
}
