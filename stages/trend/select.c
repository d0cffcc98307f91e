/* yp-trend: model choice by rolling-origin error, and projection records. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "select.h"

static struct model_spec
spec_for(const struct trend_setting *set, enum model_kind k)
{
	struct model_spec spec;

	spec.kind = k;
	spec.k_fixed = set->k_fixed;
	spec.k_max = set->hi;
	spec.warm = NULL;
	return spec;
}

static int
admissible_length(const struct trend_setting *set, enum model_kind k)
{
	struct model_spec spec = spec_for(set, k);
	int need = model_min_length(&spec) + set->holdout;

	return need > set->min_years ? need : set->min_years;
}

enum model_kind
select_model(const struct trend_setting *set, const double *y, int n,
	int horizon_steps, struct model_fit *fits, struct model_score *scores,
	int *mape)
{
	enum model_kind k, best = 0;
	struct model_fit f;
	struct model_spec spec;
	double sum, e, p;
	int i, o, h, count, need, positive = 1;

	for (i = 0; i < n; i++)
		if (!(y[i] > 0))
			positive = 0;
	*mape = positive;
	for (k = MODEL_FIRST; k <= MODEL_LAST; k++) {
		struct model_score *sc = &scores[k];

		sc->admissible = 0;
		sc->error = NAN;
		sc->why[0] = 0;
		if (!(set->models & 1u << k))
			continue;
		spec = spec_for(set, k);
		need = admissible_length(set, k);
		if (n < need) {
			snprintf(sc->why, sizeof sc->why, "too short: %d years "
			    "in the window, needs %d (%d fitted + %d held out)",
			    n, need, need - set->holdout, set->holdout);
			continue;
		}
		if (!model_fit(&spec, y, n, 1, &fits[k], sc->why,
		    sizeof sc->why))
			continue;
		/* A projection that leaves the possible range (a share above
		 * 100, a negative amount) is not a trend to report. */
		for (h = 1; h <= horizon_steps; h++) {
			p = model_point(&fits[k], h);
			if (!(p >= set->lo && p <= set->hi)) {
				snprintf(sc->why, sizeof sc->why, "projection "
				    "%.6g leaves the range [%g, %g] %d years "
				    "ahead", p, set->lo, set->hi, h);
				break;
			}
		}
		if (sc->why[0])
			continue;
		/* Rolling origin: fit to the first o years, forecast the
		 * rest, for o = n - holdout .. n - 1 (Tashman 2000). */
		sum = 0;
		count = 0;
		spec.warm = &fits[k];
		for (o = n - set->holdout; o < n; o++) {
			char why[120];

			if (!model_fit(&spec, y, o, 0, &f, why, sizeof why)) {
				snprintf(sc->why, sizeof sc->why, "fit to the "
				    "first %d years failed: %s", o, why);
				break;
			}
			for (h = 1; o - 1 + h < n; h++) {
				e = fabs(y[o - 1 + h] - model_point(&f, h));
				sum += positive ? 100 * e / y[o - 1 + h] : e;
				count++;
			}
		}
		if (sc->why[0])
			continue;
		sc->admissible = 1;
		sc->error = sum / count;
		/* Ties, to rounding, go to the simpler model (lower code):
		 * an exactly linear series fits linear and Holt alike. */
		if (!best || sc->error < scores[best].error * (1 - 1e-9) -
		    1e-12)
			best = k;
	}
	return best;
}

int
fit_window(const struct trend_setting *set, const struct series *s,
	int *first, const char **note, struct outbuf *o)
{
	int last, y, n;
	char st;

	*note = "";
	for (last = s->last; last >= s->first && !series_get(s, last, NULL,
	    NULL); last--)
		;
	if (last < s->first)
		return 0;
	for (y = last; y > s->first; y--) {
		st = s->st[y - s->first];
		if (st == YP_STATUS_BREAK) {
			*note = out_fmt(o, "window starts at the break (B) in %d",
			    y);
			break;
		}
		if (!series_get(s, y - 1, NULL, NULL)) {
			*note = out_fmt(o, "window starts after the missing "
			    "value of %d", y - 1);
			break;
		}
	}
	n = last - y + 1;
	if (set->window > 0 && n > set->window) {
		n = set->window;
		*note = out_fmt(o, "window limited to the last %d years",
		    set->window);
	}
	*first = last - n + 1;
	return n;
}

static double
clamp(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void
parameter_records(const struct model_fit *f, const char *code,
	const char *prefix, const char *unit, const char *window, int first,
	struct outbuf *o)
{
	const char *name = model_name(f->kind);
	const char *src = out_fmt(o, "%s(%s)", name, window);
	double t1, t2;
	static const char *const grades[] = { "", "1 好 good",
	    "2 合格 qualified", "3 勉强 barely", "4 不合格 unqualified" };
	const char *band;

#define M(suffix) out_cat(o, prefix, name, ".", suffix, (char *)NULL)
	switch (f->kind) {
	case MODEL_LINEAR:
		out_value(o, code, M("slope"), window, f->c1,
		    out_fmt(o, "%s/年", unit), 'A', src, "y = a + b·t");
		break;
	case MODEL_LOGLINEAR:
		out_value(o, code, M("rate"), window, (exp(f->c1) - 1) * 100,
		    UNIT_PERCENT, 'A', src, "constant growth (e^b - 1)·100");
		break;
	case MODEL_LOGISTIC:
		out_value(o, code, M("k"), window, f->K, unit, 'A', src,
		    f->k_at_bound ? "saturation fixed at the upper bound "
		    "(the fit wanted more)" : f->k_free ? "saturation fitted" :
		    "saturation fixed in config/trend.csv");
		out_value(o, code, M("r"), window, f->r, "", 'A', src,
		    "rate r per year");
		out_value(o, code, M("t0"), window, first + f->t0, "年", 'A',
		    src, "inflection year (U = K/2)");
		logistic_stage_points(f, &t1, &t2);
		out_value(o, code, M("stage1"), window, first + t1, "年", 'A',
		    src, "stage point t0 - ln(2+√3)/|r|: U = 21.1 % of K");
		out_value(o, code, M("stage2"), window, first + t2, "年", 'A',
		    src, "stage point t0 + ln(2+√3)/|r|: U = 78.9 % of K");
		break;
	case MODEL_GM11:
		band = -f->gm.a <= 0.3 ? "-a <= 0.3: medium and long term" :
		    -f->gm.a <= 0.5 ? "-a in (0.3, 0.5]: short term" :
		    -f->gm.a <= 0.8 ? "-a in (0.5, 0.8]: short term with care" :
		    -f->gm.a <= 1 ? "-a in (0.8, 1]: needs residual correction" :
		    "-a > 1: not for forecasting";
		if (f->gm.a > 0)
			band = "a > 0: a declining series";
		out_value(o, code, M("a"), window, f->gm.a, "", 'A', src,
		    out_fmt(o, "development coefficient; %s (刘思峰)", band));
		out_value(o, code, M("b"), window, f->gm.b, unit, 'A', src,
		    "grey input");
		out_value(o, code, M("ratio"), window, f->gm.ratio_ok, "", 'A',
		    src, f->gm.ratio_ok ?
		    out_fmt(o, "class ratios inside (%.4f, %.4f): passed",
		    f->gm.ratio_lo, f->gm.ratio_hi) :
		    out_fmt(o, "ratio x(%d)/x(%d) outside (%.4f, %.4f): failed",
		    first + f->gm.ratio_bad_first - 1,
		    first + f->gm.ratio_bad_first, f->gm.ratio_lo,
		    f->gm.ratio_hi));
		out_value(o, code, M("rho"), window, f->gm.rho_max, "", 'A',
		    src, "largest |ratio deviation|; < 0.1 good, < 0.2 "
		    "acceptable");
		out_value(o, code, M("c"), window, f->gm.c, "", 'A', src,
		    "posterior-error ratio S2/S1");
		out_value(o, code, M("p"), window, f->gm.p, "", 'A', src,
		    "small-error probability P(|e - mean e| < 0.6745 S1)");
		out_value(o, code, M("grade"), window, f->gm.grade, "", 'A', src,
		    grades[f->gm.grade]);
		break;
	case MODEL_HOLT:
	case MODEL_HOLT_DAMPED:
		out_value(o, code, M("alpha"), window, f->alpha, "", 'A', src,
		    "level smoothing");
		out_value(o, code, M("beta"), window, f->beta, "", 'A', src,
		    out_fmt(o, "trend smoothing, state-space form (classic "
		    "beta* = beta/alpha = %.6g)", f->beta / f->alpha));
		if (f->kind == MODEL_HOLT_DAMPED)
			out_value(o, code, M("phi"), window, f->phi, "", 'A',
			    src, "damping");
		break;
	}
#undef M
}

void
project_series(const struct trend_setting *set, const char *code,
	const char *prefix, const char *unit, enum kind kind, const double *y,
	int first, int n, const char *window_note, struct outbuf *o,
	struct projection *res)
{
	struct model_fit fits[MODEL_LAST + 1];
	struct model_score scores[MODEL_LAST + 1];
	enum model_kind k, best;
	int last = first + n - 1, steps = set->horizon - last, h, mape;
	char window[12], hold[12], period[12];
	const char *err_unit, *err_note, *src, *name;
	double p, lo80, hi80, lo95, hi95;
	const struct plan *plan;

#define M(m) out_cat(o, prefix, m, (char *)NULL)
	memset(res, 0, sizeof *res);
	res->last = last;
	res->horizon = set->horizon;
	period_year(period, set->horizon);
	if (n <= 0 || steps < 1) {
		res->why = n <= 0 ? "not projected: no observation" :
		    out_fmt(o, "not projected: the data reach %d, past the "
		    "horizon %d", last, set->horizon);
		out_missing(o, code, M("forecast"), period, unit, "trend",
		    res->why);
		return;
	}
	period_span(window, first, last);
	period_span(hold, last - set->holdout + 1, last);
	best = select_model(set, y, n, steps, fits, scores, &mape);
	err_unit = mape ? UNIT_PERCENT : unit;
	err_note = mape ? out_fmt(o, "MAPE over %d rolling origins",
	    set->holdout) : out_fmt(o, "MAE (values not all positive) over "
	    "%d rolling origins", set->holdout);
	src = out_fmt(o, "rolling-origin(%s)", hold);
	for (k = MODEL_FIRST; k <= MODEL_LAST; k++) {
		if (!(set->models & 1u << k))
			continue;
		name = model_name(k);
		if (scores[k].admissible) {
			out_value(o, code, out_cat(o, prefix, "model_error.",
			    name, (char *)NULL), hold, scores[k].error, err_unit,
			    'A', src, out_fmt(o, "%s %s", name, err_note));
			parameter_records(&fits[k], code, prefix, unit, window,
			    first, o);
			out_value(o, code, out_cat(o, prefix, "forecast.", name,
			    (char *)NULL), period, model_point(&fits[k], steps),
			    unit, YP_STATUS_FORECAST, out_fmt(o, "%s(%s)", name,
			    window), name);
		} else {
			out_missing(o, code, out_cat(o, prefix, "model_error.",
			    name, (char *)NULL), hold, err_unit, src,
			    out_fmt(o, "%s refused: %s", name, scores[k].why));
			/* Show why GM(1,1) failed its ratio test. */
			if (k == MODEL_GM11 && strstr(scores[k].why, "ratio")) {
				struct model_spec spec = spec_for(set, k);
				struct model_fit f;

				if (model_fit(&spec, y, n, 0, &f, NULL, 0))
					parameter_records(&f, code, prefix, unit,
					    window, first, o);
			}
		}
	}
	if (!best) {
		int shortest = 1 << 30, k2;
		const char *why = NULL;

		for (k2 = MODEL_FIRST; k2 <= MODEL_LAST; k2++)
			if ((set->models & 1u << k2) &&
			    admissible_length(set, k2) < shortest) {
				shortest = admissible_length(set, k2);
				why = scores[k2].why;
			}
		if (n < shortest)
			res->why = out_fmt(o, "not projected: %s%s%s", why,
			    *window_note ? "; " : "", window_note);
		else
			res->why = out_fmt(o, "not projected: no model is "
			    "admissible (see %smodel_error.*)", prefix);
		out_missing(o, code, M("forecast"), period, unit,
		    out_fmt(o, "trend(%s)", window), res->why);
		return;
	}
	name = model_name(best);
	out_value(o, code, M("model"), window, best, "", 'A', src,
	    *window_note ? out_fmt(o, "%s; %s", name, window_note) : name);
	out_value(o, code, M("model_error"), hold, scores[best].error,
	    err_unit, 'A', src, out_fmt(o, "%s %s", name, err_note));
	src = out_fmt(o, "%s(%s)", name, window);
	for (h = 1; h <= steps; h++) {
		period_year(period, last + h);
		p = model_point(&fits[best], h);
		model_interval(&fits[best], h, 0.80, &lo80, &hi80);
		model_interval(&fits[best], h, 0.95, &lo95, &hi95);
		lo80 = clamp(lo80, set->lo, set->hi);
		hi80 = clamp(hi80, set->lo, set->hi);
		lo95 = clamp(lo95, set->lo, set->hi);
		hi95 = clamp(hi95, set->lo, set->hi);
		out_value(o, code, M("forecast"), period, p, unit,
		    YP_STATUS_FORECAST, src, name);
		out_value(o, code, M("forecast.lo80"), period, lo80, unit,
		    YP_STATUS_FORECAST, src, name);
		out_value(o, code, M("forecast.hi80"), period, hi80, unit,
		    YP_STATUS_FORECAST, src, name);
		out_value(o, code, M("forecast.lo95"), period, lo95, unit,
		    YP_STATUS_FORECAST, src, name);
		out_value(o, code, M("forecast.hi95"), period, hi95, unit,
		    YP_STATUS_FORECAST, src, name);
	}
	res->ok = 1;
	res->chosen = best;
	res->point = p;
	res->lo95 = lo95;
	res->hi95 = hi95;
	res->error = scores[best].error;
	/* The growth the projection implies over the next plan. */
	plan = plan_ending(set->horizon);
	if (plan && plan->base == last) {
		period_span(period, plan->base + 1, plan->end);
		src = out_fmt(o, "%s(%s)+data(%d)", name, window, last);
		if (*prefix) {
			out_value(o, code, "cagr_real", period,
			    (pow(p / y[n - 1], 1.0 / steps) - 1) * 100,
			    UNIT_PERCENT, YP_STATUS_FORECAST, src,
			    out_fmt(o, "%s real, implied by the %s projection",
			    plan->name, name));
		} else if (kind == KIND_RATE) {
			out_value(o, code, "pp_change", period, p - y[n - 1],
			    UNIT_PP, YP_STATUS_FORECAST, src,
			    out_fmt(o, "%s, implied by the %s projection",
			    plan->name, name));
		} else if (y[n - 1] > 0 && p >= 0) {
			out_value(o, code, "cagr", period,
			    (pow(p / y[n - 1], 1.0 / steps) - 1) * 100,
			    UNIT_PERCENT, YP_STATUS_FORECAST, src,
			    out_fmt(o, "%s%s, implied by the %s projection",
			    plan->name, strstr(unit, "元") ? " nominal" : "",
			    name));
		}
	}
#undef M
}
