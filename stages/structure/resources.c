/* yp-structure: resources, environment and public services: intensities, elasticity, Tapio, per-capita figures. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formulas.h"
#include "msg.h"
#include "structure.h"
#include "xalloc.h"

#define WHY 256

/* A quantity per unit of real GDP (base-year prices), in the unit of
 * code ("吨标准煤/万元"): 1 and *v, or 0 with a reason. */
static int
intensity_at(struct structure *st, const char *code, const char *num, int y,
    double *v, char *s, char *why)
{
	const char *unit = unit_of(st, code), *slash = strchr(unit, '/');
	char top[64];
	double x, level, fx, fy;

	if (!slash || (size_t)(slash - unit) >= sizeof top)
		yp_die(YP_EXIT_USAGE, "indicators.csv: the unit of %s should "
		    "be A/B, like 吨标准煤/万元", code);
	snprintf(top, sizeof top, "%.*s", (int)(slash - unit), unit);
	fx = unit_factor(st, unit_of(st, num), top);
	fy = unit_factor(st, unit_of(st, "gdp"), slash + 1);
	if (!V(st, num, y, &x, s)) {
		snprintf(why, WHY, "no %s for %d", num, y);
		return 0;
	}
	if (!real_level(st, st->r->name, "gdp", st->set->base_year, y, &level,
	    s, why, WHY))
		return 0;
	if (level == 0) {
		snprintf(why, WHY, "real GDP is 0 in %d", y);
		return 0;
	}
	*v = x * fx / (level * fy);
	return 1;
}

static void
intensity(struct structure *st, const char *code, const char *num)
{
	const struct series *ns = S(st, num);
	const char *reg = st->r->name;
	double v, vb, ve;
	char s, why[WHY], src[160];
	size_t p;
	int y, b, e, last;
	struct yp_result *r;

	if (!ns)
		return;
	snprintf(src, sizeof src, "intensity(%s/gdp.real_level;base=%d)", num,
	    st->set->base_year);
	for (y = ns->first; y < ns->first + ns->n; y++) {
		if (!series_has_record(ns, y))
			continue;
		s = 0;
		if (intensity_at(st, code, num, y, &v, &s, why)) {
			r = yp_results_value(&st->out, reg, code, "derived", y, y,
			    unit_of(st, code), v, s, src);
			yp_result_note(r, "GDP at %d prices", st->set->base_year);
		} else {
			yp_results_missing(&st->out, reg, code, "derived", y, y,
			    unit_of(st, code), src, "%s", why);
		}
	}
	for (p = 0; p < st->set->nplans; p++) {
		const struct plan *pl = &st->set->plans[p];

		if (!plan_touches(st, pl) ||
		    pl->first > ns->first + ns->n - 1 || pl->last < ns->first)
			continue;
		b = pl->first - 1;
		last = pl->last < st->r->last ? pl->last : st->r->last;
		for (e = last; e >= pl->first; e--)
			if (intensity_at(st, code, num, e, &v, &s, why))
				break;
		if (e < pl->first)
			e = last;
		s = 0;
		if (intensity_at(st, code, num, b, &vb, &s, why) &&
		    intensity_at(st, code, num, e, &ve, &s, why) && vb > 0) {
			plan_note(yp_results_value(&st->out, reg, code,
			    "derived.cum_change",
			    pl->first, e, "%", (ve / vb - 1) * 100, s, src),
			    pl, e);
			plan_note(yp_results_value(&st->out, reg, code, "derived.annual_change",
			    pl->first, e, "%", annual_rate(ve / vb, e - b) * 100,
			    s, src), pl, e);
		} else {
			plan_note(yp_results_missing(&st->out, reg, code, "derived.cum_change",
			    pl->first, e, "%", src, "%s", why), pl, e);
			plan_note(yp_results_missing(&st->out, reg, code,
			    "derived.annual_change", pl->first, e, "%", src, "%s", why),
			    pl, e);
		}
	}
}

/* The Tapio elasticity and state of one result period. */
static void
tapio_result(struct structure *st, const char *code, int from, int to,
    double dx, double dy, char s, const char *src, const struct plan *pl)
{
	const char *reg = st->r->name;
	const struct label_class *l;
	enum tapio_state state;
	struct yp_result *r;
	double e = 0;

	state = tapio_classify(dx, dy, &e);
	if (state == TAPIO_NONE) {
		r = yp_results_missing(&st->out, reg, code, "tapio_e", from, to, "ratio",
		    src, "real GDP did not change");
		if (pl)
			plan_note(r, pl, to);
		r = yp_results_missing(&st->out, reg, code, "tapio_state", from, to,
		    "code", src, "real GDP did not change");
		if (pl)
			plan_note(r, pl, to);
		return;
	}
	r = yp_results_value(&st->out, reg, code, "tapio_e", from, to, "ratio", e, s,
	    src);
	yp_result_note(r, "Δ%s %+.4g%%, Δreal GDP %+.4g%%", code, dx * 100,
	    dy * 100);
	if (pl)
		plan_note(r, pl, to);
	l = settings_label(st->set, "tapio_state", state);
	r = yp_results_value(&st->out, reg, code, "tapio_state", from, to, "code",
	    state, s, src);
	yp_result_note(r, "%s %s", l->zh, l->en);
	if (pl)
		plan_note(r, pl, to);
}

/* Tapio decoupling of code against real GDP, and for energy its
 * elasticity, year by year and over each plan. */
static void
decoupling(struct structure *st, const char *code, int elasticity)
{
	const struct series *xs = S(st, code);
	const char *reg = st->r->name;
	double x0, x1, index, ry, gx, gy;
	char s, src[160], why[WHY];
	size_t p;
	int y, b, e, gap, last;

	if (!xs)
		return;
	snprintf(src, sizeof src, "tapio(%s;gdp.index)", code);
	for (y = xs->first; y < xs->first + xs->n; y++) {
		if (!series_has_record(xs, y))
			continue;
		s = 0;
		if (!V(st, code, y - 1, &x0, &s) || !V(st, code, y, &x1, &s) ||
		    x0 == 0 || !index_of(st, reg, "gdp", y, &index, &s)) {
			snprintf(why, sizeof why, "needs %s for %d and %d and "
			    "gdp.index for %d", code, y - 1, y, y);
			yp_results_missing(&st->out, reg, code, "tapio_e", y, y, "ratio",
			    src, "%s", why);
			yp_results_missing(&st->out, reg, code, "tapio_state", y, y,
			    "code", src, "%s", why);
			if (elasticity)
				yp_results_missing(&st->out, reg, code, "elasticity", y, y,
				    "ratio", "elasticity(growth/real GDP growth)",
				    "%s", why);
			continue;
		}
		tapio_result(st, code, y, y, x1 / x0 - 1, index / 100 - 1, s, src,
		    NULL);
		if (!elasticity)
			continue;
		if (index == 100)
			yp_results_missing(&st->out, reg, code, "elasticity", y, y,
			    "ratio", "elasticity(growth/real GDP growth)",
			    "real GDP did not change in %d", y);
		else
			yp_results_value(&st->out, reg, code, "elasticity", y, y,
			    "ratio", (x1 / x0 - 1) / (index / 100 - 1), s,
			    "elasticity(growth/real GDP growth)");
	}
	for (p = 0; p < st->set->nplans; p++) {
		const struct plan *pl = &st->set->plans[p];

		if (!plan_touches(st, pl) ||
		    pl->first > xs->first + xs->n - 1 || pl->last < xs->first)
			continue;
		b = pl->first - 1;
		last = pl->last < st->r->last ? pl->last : st->r->last;
		for (e = last; e > pl->first; e--)
			if (V(st, code, e, &x1, NULL))
				break;
		s = 0;
		if (!V(st, code, b, &x0, &s) || !V(st, code, e, &x1, &s) ||
		    x0 == 0 || x1 <= 0 ||
		    !chain_ratio(st, reg, "gdp", b, e, &ry, &s, &gap)) {
			snprintf(why, sizeof why, "needs %s for %d and %d and "
			    "gdp.index for every year between", code, b, e);
			plan_note(yp_results_missing(&st->out, reg, code, "tapio_e",
			    pl->first, e, "ratio", src, "%s", why), pl, e);
			plan_note(yp_results_missing(&st->out, reg, code, "tapio_state",
			    pl->first, e, "code", src, "%s", why), pl, e);
			if (elasticity)
				plan_note(yp_results_missing(&st->out, reg, code,
				    "elasticity", pl->first, e, "ratio",
				    "elasticity(average annual growths)", "%s",
				    why), pl, e);
			continue;
		}
		tapio_result(st, code, pl->first, e, x1 / x0 - 1, ry - 1, s, src,
		    pl);
		if (!elasticity)
			continue;
		gx = annual_rate(x1 / x0, e - b);
		gy = annual_rate(ry, e - b);
		if (gy == 0)
			plan_note(yp_results_missing(&st->out, reg, code, "elasticity",
			    pl->first, e, "ratio",
			    "elasticity(average annual growths)", "real GDP did "
			    "not change"), pl, e);
		else
			plan_note(yp_results_value(&st->out, reg, code, "elasticity",
			    pl->first, e, "ratio", gx / gy, s,
			    "elasticity(average annual growths)"), pl, e);
	}
}

/* num / den, converted to unit, year by year over num's years, as
 * measure on code. */
static struct yp_result *
per_unit_year(struct structure *st, const char *code, const char *measure,
    const char *num, const char *den, const char *unit, double f, int y,
    const char *src)
{
	double a, b;
	char s = 0;

	if (V(st, num, y, &a, &s) && V(st, den, y, &b, &s) && b != 0)
		return yp_results_value(&st->out, st->r->name, code, measure, y, y, unit,
		    a / b * f, s, src);
	return yp_results_missing(&st->out, st->r->name, code, measure, y, y, unit, src,
	    "needs %s and non-zero %s for %d", num, den, y);
}

static void
per_unit(struct structure *st, const char *code, const char *measure,
    const char *num, const char *den, const char *unit, double f,
    const char *src)
{
	const struct series *ns = S(st, num);
	int y;

	if (!ns)
		return;
	for (y = ns->first; y < ns->first + ns->n; y++)
		if (series_has_record(ns, y))
			per_unit_year(st, code, measure, num, den, unit, f, y, src);
}

/* A derived ratio with the gap to the published one. */
static void
per_unit_derived(struct structure *st, const char *code, const char *num,
    const char *den, double f, const char *src)
{
	const struct series *ns = S(st, num);
	const char *unit = unit_of(st, code);
	struct yp_result *r;
	double pub, v;
	char s;
	int y;

	if (!ns)
		return;
	for (y = ns->first; y < ns->first + ns->n; y++) {
		if (!series_has_record(ns, y))
			continue;
		r = per_unit_year(st, code, "derived", num, den, unit, f, y, src);
		if (!r->has_value)
			continue;
		v = r->value;
		s = r->status;
		if (V(st, code, y, &pub, &s)) {
			yp_result_note(r, "published %.10g", pub);
			yp_result_note(yp_results_value(&st->out, st->r->name, code,
			    "derived_gap", y, y, unit, v - pub, s, src),
			    "derived %.10g − published %.10g", v, pub);
		}
	}
}

void
resources_region(struct structure *st)
{
	double f;

	intensity(st, "energy.intensity", "energy.total");
	intensity(st, "water.per_gdp", "water.total");
	intensity(st, "co2.intensity", "co2");
	decoupling(st, "energy.total", 1);
	decoupling(st, "water.total", 0);
	decoupling(st, "co2", 0);
	per_unit(st, "gdp", "per_km2_construction", "gdp", "land.construction",
	    panel_intern(st->panel, "亿元/平方公里"), unit_factor(st,
	    unit_of(st, "gdp"), "亿元") / unit_factor(st,
	    unit_of(st, "land.construction"), "平方公里"),
	    "per_km2(gdp/land.construction)");
	f = unit_factor(st, unit_of(st, "land.arable"), "亩") /
	    unit_factor(st, unit_of(st, "pop.resident"), "人");
	per_unit(st, "land.arable", "per_capita", "land.arable", "pop.resident",
	    "亩/人", f, "per_capita(land.arable/pop.resident)");
}

/* GDP per head of the average resident population (NBS convention). */
static void
gdp_per_capita(struct structure *st)
{
	const struct series *gs = S(st, "gdp");
	const char *reg = st->r->name, *src = "per_capita(gdp/average pop.resident)";
	double f = unit_factor(st, unit_of(st, "gdp"), "元") /
	    unit_factor(st, unit_of(st, "pop.resident"), "人");
	double g, p0, p1, pub, v;
	struct yp_result *r;
	char s;
	int y, avg;

	if (!gs)
		return;
	for (y = gs->first; y < gs->first + gs->n; y++) {
		if (!series_has_record(gs, y))
			continue;
		s = 0;
		if (!V(st, "gdp", y, &g, &s) || !V(st, "pop.resident", y, &p1, &s) ||
		    p1 == 0) {
			yp_results_missing(&st->out, reg, "gdp.per_capita", "derived", y, y,
			    unit_of(st, "gdp.per_capita"), src, "needs gdp and "
			    "pop.resident for %d", y);
			continue;
		}
		avg = V(st, "pop.resident", y - 1, &p0, &s);
		v = g * f / (avg ? (p0 + p1) / 2 : p1);
		r = yp_results_value(&st->out, reg, "gdp.per_capita", "derived", y, y,
		    unit_of(st, "gdp.per_capita"), v, s, src);
		if (!avg)
			yp_result_note(r, "year-end population: no pop.resident for "
			    "%d", y - 1);
		if (V(st, "gdp.per_capita", y, &pub, &s)) {
			yp_result_note(r, "published %.10g", pub);
			yp_result_note(yp_results_value(&st->out, reg, "gdp.per_capita",
			    "derived_gap", y, y, unit_of(st, "gdp.per_capita"),
			    v - pub, s, src), "derived %.10g − published %.10g",
			    v, pub);
		}
	}
}

void
services_region(struct structure *st)
{
	const struct settings *set = st->set;
	const struct yp_unit *u;
	const char *pu = unit_of(st, "pop.resident"), *code, *unit;
	double per_person = unit_factor(st, pu, "人");
	char buf[96], *src;
	size_t i;

	per_unit_derived(st, "health.beds_per_1000", "health.beds",
	    "pop.resident", unit_factor(st, unit_of(st, "health.beds"), "张") /
	    per_person * 1000, "per_1000(health.beds/pop.resident)");
	per_unit_derived(st, "health.doctors_per_1000", "health.doctors",
	    "pop.resident", unit_factor(st, unit_of(st, "health.doctors"), "人") /
	    per_person * 1000, "per_1000(health.doctors/pop.resident)");
	per_unit(st, "edu.students", "per_teacher", "edu.students",
	    "edu.teachers", "人/人", unit_factor(st, unit_of(st, "edu.students"),
	    unit_of(st, "edu.teachers")), "per_teacher(edu.students/edu.teachers)");
	per_unit(st, "fiscal.revenue", "self_sufficiency", "fiscal.revenue",
	    "fiscal.expenditure", "%", unit_factor(st,
	    unit_of(st, "fiscal.revenue"), unit_of(st, "fiscal.expenditure")) *
	    100, "self_sufficiency(fiscal.revenue/fiscal.expenditure)");

	for (i = 0; i < set->nper_capita; i++) {
		code = set->per_capita[i];
		if (strcmp(code, "gdp") == 0) {
			gdp_per_capita(st);
			continue;
		}
		u = yp_unit_get(st->cfg, unit_of(st, code));
		if (!u)
			yp_die(YP_EXIT_USAGE, "units.csv: no row for %s, the unit "
			    "of %s", unit_of(st, code), code);
		snprintf(buf, sizeof buf, "%s.per_capita", code);
		src = xasprintf("per_capita(%s/pop.resident)", code);
		if (yp_indicator_get(st->cfg, buf)) {
			/* The bureaus publish it: the derived one sits beside,
			 * in its unit ("吨/人": the part before the slash). */
			const char *pc = panel_intern(st->panel, buf);
			const char *pcu = unit_of(st, pc);

			snprintf(buf, sizeof buf, "%.*s", (int)strcspn(pcu, "/"),
			    pcu);
			per_unit_derived(st, pc, code, "pop.resident",
			    unit_factor(st, unit_of(st, code), buf) / per_person,
			    src);
		} else {
			snprintf(buf, sizeof buf, "%s/人", u->base);
			unit = panel_intern(st->panel, buf);
			per_unit(st, code, "per_capita", code, "pop.resident", unit,
			    u->factor / per_person, src);
		}
		free(src);
	}
}
