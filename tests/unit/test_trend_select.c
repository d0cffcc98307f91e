/* Specification of stages/trend/select.c: the fitting window, the
 * rolling-origin choice (errors from numpy, tests/ref/trend_select.py and
 * .out), refusals, and the projection records. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "trend/select.h"

static struct trend_setting
setting(unsigned models)
{
	struct trend_setting s;

	memset(&s, 0, sizeof s);
	s.region = "*";
	s.indicator = "*";
	s.models = models;
	s.basis = BASIS_NOMINAL;
	s.lo = -INFINITY;
	s.hi = INFINITY;
	s.holdout = 3;
	s.horizon = 2030;
	return s;
}

#define BIT(k) (1u << (k))

static const double Y[] = { 52.0, 55.1, 57.9, 61.4, 64.0, 68.3, 71.5, 74.0,
	78.8, 81.9, 86.0, 88.9 };

/* numpy: linear 1.01852777398569, loglinear 2.08922866736646, gm11
 * 1.6577302450648 (MAPE over the 6 forecasts of origins 9, 10, 11). */
static void
test_rolling_origin_errors_match_numpy(void **state)
{
	struct trend_setting set = setting(BIT(MODEL_LINEAR) |
	    BIT(MODEL_LOGLINEAR) | BIT(MODEL_GM11));
	struct model_fit fits[MODEL_LAST + 1];
	struct model_score sc[MODEL_LAST + 1];
	int mape;
	enum model_kind best;

	(void)state;
	best = select_model(&set, Y, 12, 5, fits, sc, &mape);
	assert_true(mape);
	assert_int_equal(best, MODEL_LINEAR);
	assert_true(sc[MODEL_LINEAR].admissible);
	assert_true(fabs(sc[MODEL_LINEAR].error - 1.01852777398569) < 1e-11);
	assert_true(fabs(sc[MODEL_LOGLINEAR].error - 2.08922866736646) < 1e-11);
	assert_true(fabs(sc[MODEL_GM11].error - 1.6577302450648) < 1e-11);
	/* not asked for */
	assert_false(sc[MODEL_HOLT].admissible);
	assert_string_equal(sc[MODEL_HOLT].why, "");
}

/* A series with values <= 0 is scored by MAE: numpy 0.31547619047619;
 * log models refuse it. */
static void
test_mae_when_not_positive(void **state)
{
	static const double z[] = { -3.0, -1.5, 0.4, 1.1, 3.2, 4.0, 6.1, 6.9,
	    9.2, 10.1 };
	struct trend_setting set = setting(BIT(MODEL_LINEAR) |
	    BIT(MODEL_LOGLINEAR));
	struct model_fit fits[MODEL_LAST + 1];
	struct model_score sc[MODEL_LAST + 1];
	int mape;

	(void)state;
	assert_int_equal(select_model(&set, z, 10, 5, fits, sc, &mape),
	    MODEL_LINEAR);
	assert_false(mape);
	assert_true(fabs(sc[MODEL_LINEAR].error - 0.31547619047619) < 1e-12);
	assert_false(sc[MODEL_LOGLINEAR].admissible);
	assert_non_null(strstr(sc[MODEL_LOGLINEAR].why, "non-positive"));
}

/* Linear needs 5 fitted + 3 held out = 8 years; Holt 9 + 3 = 12. */
static void
test_too_short_for_the_rolling_origin(void **state)
{
	struct trend_setting set = setting(BIT(MODEL_LINEAR) | BIT(MODEL_HOLT));
	struct model_fit fits[MODEL_LAST + 1];
	struct model_score sc[MODEL_LAST + 1];
	int mape;

	(void)state;
	assert_int_equal(select_model(&set, Y, 7, 5, fits, sc, &mape), 0);
	assert_string_equal(sc[MODEL_LINEAR].why, "too short: 7 years in the "
	    "window, needs 8 (5 fitted + 3 held out)");
	assert_string_equal(sc[MODEL_HOLT].why, "too short: 7 years in the "
	    "window, needs 12 (9 fitted + 3 held out)");
	/* min_years raises the bar for every model */
	set.min_years = 13;
	assert_int_equal(select_model(&set, Y, 12, 5, fits, sc, &mape), 0);
	assert_non_null(strstr(sc[MODEL_LINEAR].why, "needs 13"));
}

/* A share rising 3 points a year from 80 leaves [0, 100] within the
 * horizon under the linear model (refused); the rest still compete. */
static void
test_bounds_refuse_a_model(void **state)
{
	static const double u[] = { 68, 71, 74.2, 77, 80.1, 83, 86, 88.9, 92,
	    94.8 };
	struct trend_setting set = setting(BIT(MODEL_LINEAR) |
	    BIT(MODEL_HOLT_DAMPED));
	struct model_fit fits[MODEL_LAST + 1];
	struct model_score sc[MODEL_LAST + 1];
	int mape;

	(void)state;
	set.lo = 0;
	set.hi = 100;
	set.holdout = 2;
	select_model(&set, u, 10, 5, fits, sc, &mape);
	assert_false(sc[MODEL_LINEAR].admissible);
	assert_non_null(strstr(sc[MODEL_LINEAR].why, "leaves the range "
	    "[0, 100]"));
}

static struct series
series_of(const double *v, const char *st, int first, int n, double *vb,
	char *sb)
{
	struct series s;
	int i;

	memset(&s, 0, sizeof s);
	s.indicator = "gdp";
	s.unit = "亿元";
	s.first = first;
	s.last = first + n - 1;
	s.v = vb;
	s.st = sb;
	for (i = 0; i < n; i++) {
		vb[i] = v[i];
		sb[i] = st[i];
	}
	return s;
}

/* The window: back from the last observed year to a break (the break
 * year included) or a missing year (excluded), at most `window` years. */
static void
test_fit_window(void **state)
{
	static const double v[12] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0 };
	/* 2014..2025: M in 2016, B in 2019, trailing M in 2025 */
	static const char st[12] = { 'A', 'A', 'M', 'A', 'A', 'B', 'A', 'A',
	    'E', 'A', 'A', 'M' };
	double vb[12];
	char sb[12];
	struct series s = series_of(v, st, 2014, 12, vb, sb);
	struct trend_setting set = setting(BIT(MODEL_LINEAR));
	struct outbuf o;
	const char *note;
	int first, n;

	(void)state;
	outbuf_init(&o);
	n = fit_window(&set, &s, &first, &note, &o);
	assert_int_equal(first, 2019);
	assert_int_equal(n, 6);		/* 2019..2024 */
	assert_string_equal(note, "window starts at the break (B) in 2019");
	sb[5] = 'A';			/* no break: back to the gap */
	n = fit_window(&set, &s, &first, &note, &o);
	assert_int_equal(first, 2017);
	assert_int_equal(n, 8);
	assert_string_equal(note, "window starts after the missing value of "
	    "2016");
	set.window = 5;
	n = fit_window(&set, &s, &first, &note, &o);
	assert_int_equal(first, 2020);
	assert_int_equal(n, 5);
	assert_string_equal(note, "window limited to the last 5 years");
	outbuf_free(&o);
}

static const struct out_rec *
find(const struct outbuf *o, const char *measure, const char *period)
{
	size_t i;

	for (i = 0; i < o->n; i++)
		if (strcmp(o->r[i].measure, measure) == 0 &&
		    strcmp(o->r[i].period, period) == 0)
			return &o->r[i];
	fail_msg("no record %s %s", measure, period);
	return NULL;
}

/* Records of a projection: the chosen model and its error over the
 * holdout, each model's error, forecasts with intervals to the horizon,
 * the implied 十五五 growth when the data end in 2025. */
static void
test_projection_records(void **state)
{
	struct trend_setting set = setting(BIT(MODEL_LINEAR) |
	    BIT(MODEL_LOGLINEAR) | BIT(MODEL_GM11));
	struct projection res;
	struct outbuf o;
	const struct out_rec *r, *lo, *hi;
	double p;

	(void)state;
	outbuf_init(&o);
	/* Y as the years 2014..2025 */
	project_series(&set, "gdp", "", "亿元", KIND_AMOUNT, Y, 2014, 12, "",
	    &o, &res);
	assert_true(res.ok);
	assert_int_equal(res.chosen, MODEL_LINEAR);
	r = find(&o, "model", "2014-2025");
	assert_true(r->value == 1);
	assert_string_equal(r->note, "linear");
	r = find(&o, "model_error", "2023-2025");
	assert_true(fabs(r->value - 1.01852777398569) < 1e-11);
	assert_string_equal(r->unit, "%");
	r = find(&o, "model_error.gm11", "2023-2025");
	assert_true(fabs(r->value - 1.6577302450648) < 1e-11);
	r = find(&o, "forecast", "2030");
	assert_int_equal(r->status, 'F');
	p = r->value;
	lo = find(&o, "forecast.lo95", "2030");
	hi = find(&o, "forecast.hi95", "2030");
	assert_true(lo->value < p && p < hi->value);
	assert_true(find(&o, "forecast.lo80", "2030")->value > lo->value);
	/* linear: the OLS slope over the whole window, numpy 3.3993006993007 */
	r = find(&o, "linear.slope", "2014-2025");
	assert_true(fabs(r->value - 3.3993006993007) < 1e-12);
	/* implied 十五五 growth: (p / 88.9)^(1/5) - 1 */
	r = find(&o, "cagr", "2026-2030");
	assert_int_equal(r->status, 'F');
	assert_true(fabs(r->value - (pow(p / 88.9, 0.2) - 1) * 100) < 1e-9);
	find(&o, "forecast.loglinear", "2030");
	find(&o, "gm11.grade", "2014-2025");
	outbuf_free(&o);
}

/* Nothing admissible: one M record at the horizon saying why, and each
 * model's refusal. */
static void
test_refusal_records(void **state)
{
	struct trend_setting set = setting(BIT(MODEL_LINEAR) | BIT(MODEL_HOLT));
	struct projection res;
	struct outbuf o;
	const struct out_rec *r;

	(void)state;
	outbuf_init(&o);
	project_series(&set, "gdp", "", "亿元", KIND_AMOUNT, Y, 2019, 7,
	    "window starts at the break (B) in 2019", &o, &res);
	assert_false(res.ok);
	r = find(&o, "forecast", "2030");
	assert_int_equal(r->status, 'M');
	assert_string_equal(r->note, "not projected: too short: 7 years in "
	    "the window, needs 8 (5 fitted + 3 held out); window starts at "
	    "the break (B) in 2019");
	r = find(&o, "model_error.holt", "2023-2025");
	assert_int_equal(r->status, 'M');
	assert_string_equal(r->note, "holt refused: too short: 7 years in the "
	    "window, needs 12 (9 fitted + 3 held out)");
	outbuf_free(&o);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rolling_origin_errors_match_numpy),
		cmocka_unit_test(test_mae_when_not_positive),
		cmocka_unit_test(test_too_short_for_the_rolling_origin),
		cmocka_unit_test(test_bounds_refuse_a_model),
		cmocka_unit_test(test_fit_window),
		cmocka_unit_test(test_projection_records),
		cmocka_unit_test(test_refusal_records),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
