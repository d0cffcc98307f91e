/* yp-structure: population: age shares, dependency, ageing and urbanization stages, migration, vital rates. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "structure.h"

/* A derived ratio and, when the same code is published that year, the
 * gap between them. */
static struct yp_result *
derived(struct structure *st, const char *code, int y, double v, char s,
    const char *src)
{
	const char *reg = st->r->name;
	double pub;
	struct yp_result *r;
	size_t at;

	r = yp_results_value(&st->out, reg, code, "derived", y, y, unit_of(st, code),
	    v, s, src);
	at = st->out.n - 1;
	if (V(st, code, y, &pub, &s)) {
		yp_result_note(r, "published %.10g", pub);
		yp_result_note(yp_results_value(&st->out, reg, code, "derived_gap", y, y,
		    unit_of(st, code), v - pub, s, src), "derived %.10g − "
		    "published %.10g", v, pub);
	}
	return &st->out.r[at];	/* the buffer may have moved */
}

static void
ages(struct structure *st)
{
	static const char *const groups[3] = {
		"pop.age0_14", "pop.age15_64", "pop.age65p"
	};
	const char *reg = st->r->name, *miss;
	const struct label_class *stage;
	double g[3], sum;
	int lo, hi, y, i;
	char s;
	struct yp_result *r;

	if (!codes_span(st, groups, 3, &lo, &hi))
		return;
	for (y = lo; y <= hi; y++) {
		if (!codes_recorded(st, groups, 3, y))
			continue;
		s = 0;
		miss = NULL;
		for (i = 0; i < 3; i++)
			if (!V(st, groups[i], y, &g[i], &s) && !miss)
				miss = groups[i];
		sum = g[0] + g[1] + g[2];
		for (i = 0; i < 3; i++) {
			if (miss || sum == 0)
				yp_results_missing(&st->out, reg, groups[i], "share", y, y,
				    "%", "share(age groups)", "no %s for %d",
				    miss ? miss : "non-zero population", y);
			else
				yp_results_value(&st->out, reg, groups[i], "share", y, y,
				    "%", g[i] / sum * 100, s, "share(age groups)");
		}
		if (miss || sum == 0)
			yp_results_missing(&st->out, reg, "pop.age65p", "ageing_stage", y,
			    y, "code", "ageing_stage(share 65+)", "no %s for %d",
			    miss ? miss : "non-zero population", y);
		else if ((stage = settings_classify(st->set, "ageing_stage",
		    g[2] / sum * 100))) {
			r = yp_results_value(&st->out, reg, "pop.age65p", "ageing_stage",
			    y, y, "code", stage->code, s,
			    "ageing_stage(share 65+)");
			yp_result_note(r, "%s %s; 65+ %.2f%%", stage->zh, stage->en,
			    g[2] / sum * 100);
		}

		/* Dependency ratios need the working-age group and one other. */
		s = 0;
		if (!V(st, "pop.age15_64", y, &g[1], &s) || g[1] == 0) {
			yp_results_missing(&st->out, reg, "dep.child", "derived", y, y, "%",
			    "dependency(counts)", "no pop.age15_64 for %d", y);
			yp_results_missing(&st->out, reg, "dep.old", "derived", y, y, "%",
			    "dependency(counts)", "no pop.age15_64 for %d", y);
			yp_results_missing(&st->out, reg, "dep.total", "derived", y, y,
			    "%", "dependency(counts)", "no pop.age15_64 for %d", y);
			continue;
		}
		{
			char sc = s, so = s;
			int hc = V(st, "pop.age0_14", y, &g[0], &sc);
			int ho = V(st, "pop.age65p", y, &g[2], &so);

			if (hc)
				derived(st, "dep.child", y, g[0] / g[1] * 100, sc,
				    "dependency(pop.age0_14/pop.age15_64)");
			else
				yp_results_missing(&st->out, reg, "dep.child", "derived", y,
				    y, "%", "dependency(counts)", "no pop.age0_14 "
				    "for %d", y);
			if (ho)
				derived(st, "dep.old", y, g[2] / g[1] * 100, so,
				    "dependency(pop.age65p/pop.age15_64)");
			else
				yp_results_missing(&st->out, reg, "dep.old", "derived", y,
				    y, "%", "dependency(counts)", "no pop.age65p "
				    "for %d", y);
			if (hc && ho)
				derived(st, "dep.total", y, (g[0] + g[2]) / g[1] *
				    100, yp_status_weakest(sc, so),
				    "dependency(pop.age0_14+pop.age65p/pop.age15_64)");
			else
				yp_results_missing(&st->out, reg, "dep.total", "derived", y,
				    y, "%", "dependency(counts)", "no %s for %d",
				    hc ? "pop.age65p" : "pop.age0_14", y);
		}
	}
}

/* numerator / denominator * scale as a derived code, year by year. */
static void
ratio_series(struct structure *st, const char *code, const char *num,
    const char *den, double scale, const char *src)
{
	const char *codes[2] = { num, den }, *reg = st->r->name;
	double a, b, f = unit_factor(st, unit_of(st, num), unit_of(st, den));
	int lo, hi, y;
	char s;

	if (!codes_span(st, codes, 2, &lo, &hi))
		return;
	for (y = lo; y <= hi; y++) {
		if (!codes_recorded(st, codes, 2, y))
			continue;
		s = 0;
		if (V(st, num, y, &a, &s) && V(st, den, y, &b, &s) && b != 0)
			derived(st, code, y, a * f / b * scale, s, src);
		else
			yp_results_missing(&st->out, reg, code, "derived", y, y,
			    unit_of(st, code), src, "needs %s and non-zero %s "
			    "for %d", num, den, y);
	}
}

static void
urbanization(struct structure *st)
{
	const struct series *pub = S(st, "urbanization");
	const char *codes[3] = { "pop.urban", "pop.resident", "urbanization" };
	const char *reg = st->r->name, *src;
	const struct label_class *stage;
	double u, p, rate;
	int lo, hi, y;
	char s;
	struct yp_result *r;

	if (S(st, "pop.urban"))
		ratio_series(st, "urbanization", "pop.urban", "pop.resident", 100,
		    "urbanization(pop.urban/pop.resident)");
	if (!S(st, "pop.urban") && !pub)
		return;
	codes_span(st, codes, 3, &lo, &hi);
	for (y = lo; y <= hi; y++) {
		if (!series_has_record(S(st, "pop.urban"), y) &&
		    !series_has_record(pub, y))
			continue;
		s = 0;
		if (V(st, "urbanization", y, &rate, &s)) {
			src = "urbanization_stage(urbanization)";
		} else if (V(st, "pop.urban", y, &u, &s) &&
		    V(st, "pop.resident", y, &p, &s) && p != 0) {
			rate = u / p * 100;
			src = "urbanization_stage(pop.urban/pop.resident)";
		} else {
			yp_results_missing(&st->out, reg, "urbanization",
			    "urbanization_stage", y, y, "code",
			    "urbanization_stage", "no urbanization rate and no "
			    "pop.urban with pop.resident for %d", y);
			continue;
		}
		stage = settings_classify(st->set, "urbanization_stage", rate);
		if (!stage)
			continue;
		r = yp_results_value(&st->out, reg, "urbanization", "urbanization_stage",
		    y, y, "code", stage->code, s, src);
		yp_result_note(r, "%s %s; rate %.2f%%", stage->zh, stage->en, rate);
	}
}

static void
migration(struct structure *st)
{
	const char *codes[2] = { "pop.resident", "pop.registered" };
	const char *reg = st->r->name;
	double a, b;
	int lo, hi, y;
	char s;
	struct yp_result *r;

	if (!S(st, "pop.registered") || !codes_span(st, codes, 2, &lo, &hi))
		return;
	for (y = lo; y <= hi; y++) {
		if (!codes_recorded(st, codes, 2, y))
			continue;
		s = 0;
		if (V(st, "pop.resident", y, &a, &s) &&
		    V(st, "pop.registered", y, &b, &s)) {
			r = yp_results_value(&st->out, reg, "pop.resident",
			    "net_migration", y, y, unit_of(st, "pop.resident"),
			    a - b, s, "net_migration(pop.resident-pop.registered)");
			yp_result_note(r, a < b ? "net outflow 净流出" : a > b ?
			    "net inflow 净流入" : "balanced");
		} else {
			yp_results_missing(&st->out, reg, "pop.resident", "net_migration",
			    y, y, unit_of(st, "pop.resident"),
			    "net_migration(pop.resident-pop.registered)",
			    "needs pop.resident and pop.registered for %d", y);
		}
	}
}

/* Births, deaths and the rates built on them. */
static void
vital(struct structure *st)
{
	static const struct {
		const char *code, *src;
		double wb, wd;	/* weights of births and deaths */
	} rates[] = {
		{ "birth_rate", "rate(births/average pop.resident)", 1, 0 },
		{ "death_rate", "rate(deaths/average pop.resident)", 0, 1 },
		{ "natural_growth_rate",
		  "rate(births-deaths/average pop.resident)", 1, -1 },
	};
	const char *codes[2] = { "births", "deaths" }, *reg = st->r->name;
	const char *pu = unit_of(st, "pop.resident"), *bu = unit_of(st, "births");
	double fb = unit_factor(st, bu, "人"), fp = unit_factor(st, pu, "人");
	double b, d, p0, p1, avg, num;
	int lo, hi, y, hb, hd, both;
	size_t k;
	char s, sb, sd;
	struct yp_result *r;

	if (!codes_span(st, codes, 2, &lo, &hi))
		return;
	for (y = lo; y <= hi; y++) {
		if (!codes_recorded(st, codes, 2, y))
			continue;
		sb = sd = 0;
		hb = V(st, "births", y, &b, &sb);
		hd = V(st, "deaths", y, &d, &sd);
		both = hb && hd;
		if (both)
			yp_results_value(&st->out, reg, "pop.resident", "natural_increase",
			    y, y, bu, b - d, yp_status_weakest(sb, sd),
			    "natural_increase(births-deaths)");
		else
			yp_results_missing(&st->out, reg, "pop.resident",
			    "natural_increase", y, y, bu,
			    "natural_increase(births-deaths)", "needs births and "
			    "deaths for %d", y);
		/* Mechanical growth: the change of residents not explained by
		 * births and deaths. */
		s = yp_status_weakest(sb, sd);
		if (both && V(st, "pop.resident", y, &p1, &s) &&
		    V(st, "pop.resident", y - 1, &p0, &s))
			yp_results_value(&st->out, reg, "pop.resident",
			    "mechanical_growth", y, y, pu, (p1 - p0) - (b - d) *
			    fb / fp, s, "mechanical_growth(Δpop.resident-"
			    "(births-deaths))");
		else
			yp_results_missing(&st->out, reg, "pop.resident",
			    "mechanical_growth", y, y, pu, "mechanical_growth("
			    "Δpop.resident-(births-deaths))", "needs births, "
			    "deaths and pop.resident for %d and %d", y - 1, y);

		for (k = 0; k < sizeof rates / sizeof rates[0]; k++) {
			if ((rates[k].wb != 0 && !hb) || (rates[k].wd != 0 && !hd)) {
				yp_results_missing(&st->out, reg, rates[k].code, "derived",
				    y, y, "‰", rates[k].src, "no %s for %d",
				    rates[k].wb != 0 && !hb ? "births" : "deaths",
				    y);
				continue;
			}
			s = yp_status_weakest(rates[k].wb != 0 ? sb : 0,
			    rates[k].wd != 0 ? sd : 0);
			if (!V(st, "pop.resident", y, &p1, &s) || p1 == 0) {
				yp_results_missing(&st->out, reg, rates[k].code, "derived",
				    y, y, "‰", rates[k].src, "no pop.resident "
				    "for %d", y);
				continue;
			}
			num = rates[k].wb * (hb ? b : 0) +
			    rates[k].wd * (hd ? d : 0);
			if (V(st, "pop.resident", y - 1, &p0, &s)) {
				avg = (p0 + p1) / 2;
				derived(st, rates[k].code, y, num * fb /
				    (avg * fp) * 1000, s, rates[k].src);
			} else {
				r = derived(st, rates[k].code, y, num * fb /
				    (p1 * fp) * 1000, s, rates[k].src);
				yp_result_note(r, "year-end population: no "
				    "pop.resident for %d", y - 1);
			}
		}
	}
}

void
population_region(struct structure *st)
{
	ages(st);
	if (S(st, "pop.male") || S(st, "pop.female"))
		ratio_series(st, "pop.sex_ratio", "pop.male", "pop.female", 100,
		    "sex_ratio(pop.male/pop.female)");
	urbanization(st);
	migration(st);
	vital(st);
}
