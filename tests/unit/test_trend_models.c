/* Specification of stages/trend/models.c: each projection model against
 * values computed independently in R (tests/ref/trend_models.R, output in
 * tests/ref/trend_models.out) and numpy (tests/ref/trend_gm11.py, output
 * in tests/ref/trend_gm11.out). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "trend/models.h"

/* Series A of trend_models.R: an amount, 15 years. */
static const double A[] = {
	120.5, 131.2, 142.8, 155.1, 166.0, 178.9, 192.4, 205.0, 221.7,
	226.3, 245.8, 258.1, 271.9, 286.4, 300.2
};
/* Series U: a bounded rate, 75/(1+exp(-0.09(i-14))) plus fixed noise. */
static const double U[] = {
	16.88, 17.34, 19.19, 20.37, 21.41, 23.45, 24.43, 26.28, 27.28,
	29.29, 31.1, 32.28, 34.17, 35.56, 37.65, 39.52, 40.79, 42.32, 44.3,
	46.06, 47.09, 49.01, 50.64, 51.77, 53.34
};

/* |got - want| <= tol * max(1, |want|) */
static void
near(double got, double want, double tol)
{
	double scale = fabs(want) > 1 ? fabs(want) : 1;

	if (!(fabs(got - want) <= tol * scale))
		fail_msg("got %.15g, want %.15g (tolerance %g)", got, want, tol);
}

static void
check_forecasts(const struct model_fit *f, const double *mean,
	const double *lo80, const double *hi80, const double *lo95,
	const double *hi95, double tol)
{
	double lo, hi;
	int h;

	for (h = 1; h <= 5; h++) {
		near(model_point(f, h), mean[h - 1], tol);
		if (lo80) {
			model_interval(f, h, 0.80, &lo, &hi);
			near(lo, lo80[h - 1], tol);
			near(hi, hi80[h - 1], tol);
		}
		model_interval(f, h, 0.95, &lo, &hi);
		near(lo, lo95[h - 1], tol);
		near(hi, hi95[h - 1], tol);
	}
}

static void
fit_ok(enum model_kind kind, double k_fixed, const double *y, int n,
	struct model_fit *f)
{
	struct model_spec spec = { kind, k_fixed, INFINITY, NULL };
	char why[160] = "";

	if (!model_fit(&spec, y, n, 1, f, why, sizeof why))
		fail_msg("%s refused: %s", model_name(kind), why);
}

/* R: lm(a ~ t); predict(..., interval = "prediction").  OLS is exact up
 * to rounding, so 1e-9. */
static void
test_linear_matches_lm(void **state)
{
	static const double mean[] = { 309.965714286, 322.858928571,
	    335.752142857, 348.645357143, 361.538571429 };
	static const double lo80[] = { 305.867496576, 318.66575886,
	    331.455332681, 344.236830771, 357.010850867 };
	static const double hi80[] = { 314.063931996, 327.052098283,
	    340.048953033, 353.053883515, 366.06629199 };
	static const double lo95[] = { 303.408278824, 316.149563255,
	    328.876945537, 341.591406082, 354.293901313 };
	static const double hi95[] = { 316.523149747, 329.568293888,
	    342.627340177, 355.699308204, 368.783241544 };
	struct model_fit f;

	(void)state;
	fit_ok(MODEL_LINEAR, 0, A, 15, &f);
	/* R's intercept 116.5675 is at t = 0; ours is at tbar = 7. */
	near(f.c1, 12.8932142857, 1e-10);
	near(f.c0 - f.c1 * f.tbar, 116.5675, 1e-10);
	near(sqrt(f.s2), 2.66705119709, 1e-10);
	check_forecasts(&f, mean, lo80, hi80, lo95, hi95, 1e-9);
}

/* R: exp(predict(lm(log(a) ~ t), interval = "prediction")). */
static void
test_loglinear_matches_lm(void **state)
{
	static const double mean[] = { 334.049827319, 356.382522388,
	    380.208256005, 405.626844341, 432.744776714 };
	static const double lo80[] = { 319.776059456, 340.80949302,
	    363.192784985, 387.012836159, 412.362269258 };
	static const double hi80[] = { 348.96072996, 372.667149433,
	    398.020896644, 425.136123346, 454.134763858 };
	static const double lo95[] = { 311.505296035, 331.79321087,
	    353.350101943, 376.255752721, 400.595166354 };
	static const double hi95[] = { 358.225970961, 382.794156429,
	    409.107899332, 437.290687677, 467.474541636 };
	struct model_fit f;

	(void)state;
	fit_ok(MODEL_LOGLINEAR, 0, A, 15, &f);
	near(f.c1, 0.0647144896398, 1e-10);
	near(f.c0 - f.c1 * f.tbar, 4.84057282084, 1e-10);
	check_forecasts(&f, mean, lo80, hi80, lo95, hi95, 1e-9);
}

/* R: nls(u ~ K/(1+exp(-r*(t-t0)))), delta-method interval with vcov().
 * nls stops at a relative offset of 3e-8 (its printed convergence
 * tolerance), so parameters agree to about 1e-8 and 1e-7 is safe. */
static void
test_logistic_fitted_k_matches_nls(void **state)
{
	static const double mean[] = { 54.6892858816, 55.9931147119,
	    57.2402454043, 58.4295749869, 59.5605462222 };
	static const double lo80[] = { 54.2989913772, 55.5778498966,
	    56.7953963306, 57.9509829571, 59.0446287272 };
	static const double hi80[] = { 55.079580386, 56.4083795271,
	    57.6850944779, 58.9081670167, 60.0764637172 };
	static const double lo95[] = { 54.0766619394, 55.3412962381,
	    56.5419901378, 57.6783552472, 58.7507387407 };
	static const double hi95[] = { 55.3019098238, 56.6449331856,
	    57.9385006708, 59.1807947266, 60.3703537037 };
	struct model_fit f;
	double t1, t2;

	(void)state;
	fit_ok(MODEL_LOGISTIC, 0, U, 25, &f);
	assert_true(f.k_free);
	near(f.K, 74.9583422457, 1e-7);
	near(f.r, 0.0900491453146, 1e-7);
	near(f.t0, 13.9774365966, 1e-7);
	near(sqrt(f.lcov[0]), 1.28543660472, 1e-6);	/* se(K) */
	near(sqrt(f.lcov[4]), 0.00155187345921, 1e-6);	/* se(r) */
	near(sqrt(f.lcov[8]), 0.413921638358, 1e-6);	/* se(t0) */
	check_forecasts(&f, mean, lo80, hi80, lo95, hi95, 1e-7);
	/* Stage points t0 -+ ln(2+sqrt 3)/r = 13.977 -+ 1.31696/0.090049 */
	logistic_stage_points(&f, &t1, &t2);
	near(t1, 13.9774365966 - 1.3169578969 / 0.0900491453146, 1e-6);
	near(t2, 13.9774365966 + 1.3169578969 / 0.0900491453146, 1e-6);
}

static void
test_logistic_fixed_k_matches_nls(void **state)
{
	static const double mean[] = { 55.1923237875, 56.6207902962,
	    57.9997904082, 59.3271492576, 60.6012087458 };
	static const double lo95[] = { 54.5403729314, 55.9663257307,
	    57.3432116776, 58.6688986251, 59.9417537144 };
	static const double hi95[] = { 55.8442746435, 57.2752548618,
	    58.6563691388, 59.98539989, 61.2606637772 };
	struct model_fit f;

	(void)state;
	fit_ok(MODEL_LOGISTIC, 80, U, 25, &f);
	assert_false(f.k_free);
	near(f.K, 80, 0);
	near(f.r, 0.08485833243, 1e-7);
	near(f.t0, 15.5764027065, 1e-7);
	near(sqrt(f.lcov[4]), 0.000487129529825, 1e-6);
	near(sqrt(f.lcov[8]), 0.0408310152739, 1e-6);
	check_forecasts(&f, mean, NULL, NULL, lo95, hi95, 1e-7);
}

/* A fitted K above the bound (100 for a share) is fixed at the bound,
 * when the data stay below it; else the logistic is refused. */
static void
test_logistic_k_bound(void **state)
{
	struct model_spec spec = { MODEL_LOGISTIC, 0, 56, NULL };
	struct model_fit f;
	char why[160];

	(void)state;
	/* U's unconstrained K is 74.96; with K <= 56 it is fixed at 56,
	 * still above every value (53.34 at most). */
	assert_true(model_fit(&spec, U, 25, 1, &f, why, sizeof why));
	assert_true(f.k_at_bound);
	near(f.K, 56, 0);
	/* With K <= 53 the data reach the bound: refused. */
	spec.k_max = 53;
	assert_false(model_fit(&spec, U, 25, 1, &f, why, sizeof why));
}

/* Holt, part 1: the recursion.  With R's fitted parameters (forecast::
 * holt = ets(AAN/AAdN, opt.crit = "mse")), our SSE, point forecasts and
 * intervals equal R's to rounding. */
static void
holt_from_params(struct model_fit *f, enum model_kind kind, const double *y,
	int n, double alpha, double beta, double phi, double l0, double b0)
{
	memset(f, 0, sizeof *f);
	f->kind = kind;
	f->n = n;
	f->alpha = alpha;
	f->beta = beta;
	f->phi = phi;
	f->npar = kind == MODEL_HOLT ? 4 : 5;
	f->sse = holt_sse(y, n, alpha, beta, phi, l0, b0, &f->level,
	    &f->slope);
	f->s2 = f->sse / (n - f->npar);
}

static void
test_holt_recursion_matches_ets(void **state)
{
	static const double mean[] = { 313.870841626, 328.147657761,
	    342.424473896, 356.701290031, 370.978106166 };
	static const double lo80[] = { 310.443681285, 324.417040056,
	    338.090760911, 351.46617416, 364.585614541 };
	static const double hi80[] = { 317.298001968, 331.878275467,
	    346.758186881, 361.936405903, 377.370597792 };
	static const double lo95[] = { 308.629452189, 322.442170335,
	    335.796631835, 348.69487122, 361.201633885 };
	static const double hi95[] = { 319.112231063, 333.853145188,
	    349.052315958, 364.707708843, 380.754578448 };
	static const double dmean[] = { 313.310641284, 327.090088551,
	    340.593946805, 353.827727827, 366.796833162 };
	static const double dlo95[] = { 306.764634046, 319.288219064,
	    330.563606736, 340.79478509, 350.185724692 };
	static const double dhi95[] = { 319.856648522, 334.891958039,
	    350.624286874, 366.860670563, 383.407941633 };
	struct model_fit f;

	(void)state;
	holt_from_params(&f, MODEL_HOLT, A, 15, 0.216578121548,
	    0.213456608108, 1, 107.711169085, 11.3347053941);
	near(f.sse, 78.6664154548, 1e-9);
	near(f.s2, 7.15149231407, 1e-9);
	check_forecasts(&f, mean, lo80, hi80, lo95, hi95, 1e-9);
	holt_from_params(&f, MODEL_HOLT_DAMPED, A, 15, 0.327508960387,
	    0.327508906279, 0.979999995048, 107.882764741, 11.5916579232);
	near(f.sse, 111.546713795, 1e-9);
	near(f.s2, 11.1546713795, 1e-9);
	check_forecasts(&f, dmean, NULL, NULL, dlo95, dhi95, 1e-9);
}

/* Holt, part 2: the least squares.  R's Nelder-Mead (etsNelderMead,
 * tolerance sqrt(machine eps) on the objective) and ours (GSL
 * nmsimplex2 with restarts) stop at slightly different points of a flat
 * valley; ours must reach an SSE no larger than R's, and then the
 * forecasts agree within 0.1 % (the measured gap on these series is at
 * most 0.02 %; the valley is flat, so parameters may differ by 0.01). */
static void
holt_vs_r(enum model_kind kind, const double *y, int n, double r_sse,
	const double *r_mean, const double *r_lo95, const double *r_hi95)
{
	struct model_fit f;
	double lo, hi;
	int h;

	fit_ok(kind, 0, y, n, &f);
	if (!(f.sse <= r_sse * (1 + 1e-9)))
		fail_msg("%s SSE %.12g above R's %.12g", model_name(kind),
		    f.sse, r_sse);
	for (h = 1; h <= 5; h++) {
		near(model_point(&f, h), r_mean[h - 1], 1e-3);
		model_interval(&f, h, 0.95, &lo, &hi);
		near(lo, r_lo95[h - 1], 1e-3);
		near(hi, r_hi95[h - 1], 1e-3);
	}
	/* parameters within ets's bounds */
	assert_true(f.alpha >= 1e-4 && f.alpha <= 0.9999);
	assert_true(f.beta >= 1e-4 && f.beta <= f.alpha);
	assert_true(f.phi >= 0.8 && f.phi <= 1);
}

static void
test_holt_least_squares_vs_ets(void **state)
{
	static const double am[] = { 313.870841626, 328.147657761,
	    342.424473896, 356.701290031, 370.978106166 };
	static const double alo[] = { 308.629452189, 322.442170335,
	    335.796631835, 348.69487122, 361.201633885 };
	static const double ahi[] = { 319.112231063, 333.853145188,
	    349.052315958, 364.707708843, 380.754578448 };
	static const double dm[] = { 313.310641284, 327.090088551,
	    340.593946805, 353.827727827, 366.796833162 };
	static const double dlo[] = { 306.764634046, 319.288219064,
	    330.563606736, 340.79478509, 350.185724692 };
	static const double dhi[] = { 319.856648522, 334.891958039,
	    350.624286874, 366.860670563, 383.407941633 };
	static const double um[] = { 54.8831691834, 56.2989678703,
	    57.7147665572, 59.1305652441, 60.546363931 };
	static const double ulo[] = { 54.1812214602, 55.5118715817,
	    56.7635579047, 57.9423070516, 59.0616436244 };
	static const double uhi[] = { 55.5851169067, 57.086064159,
	    58.6659752097, 60.3188234365, 62.0310842376 };
	static const double vm[] = { 54.7594228145, 56.1197554092,
	    57.4528813386, 58.7593447363, 60.0396788532 };
	static const double vlo[] = { 53.9848176097, 55.2242605691,
	    56.3361131205, 57.3369881817, 58.2475851363 };
	static const double vhi[] = { 55.5340280193, 57.0152502493,
	    58.5696495567, 60.1817012909, 61.83177257 };

	(void)state;
	holt_vs_r(MODEL_HOLT, A, 15, 78.6664154548, am, alo, ahi);
	holt_vs_r(MODEL_HOLT_DAMPED, A, 15, 111.546713795, dm, dlo, dhi);
	holt_vs_r(MODEL_HOLT, U, 25, 2.69359720135, um, ulo, uhi);
	holt_vs_r(MODEL_HOLT_DAMPED, U, 25, 3.123882105, vm, vlo, vhi);
}

/* GM(1,1) on the classic textbook series (刘思峰): a = -0.0372,
 * b = 3.0653, fitted (2.874, 3.2320, 3.3545, 3.4817, 3.6137); the full
 * precision values from numpy (trend_gm11.out), the interval from R. */
static void
test_gm11_classic_example(void **state)
{
	static const double x0[] = { 2.874, 3.278, 3.337, 3.390, 3.679 };
	static const double fitted[] = { 2.874, 3.23203891387, 3.35454976334,
	    3.48170440227, 3.6136788541 };
	static const double mean[] = { 3.75065581444, 3.89282490403,
	    4.04038293119, 4.1935341643, 4.35249061453 };
	static const double lo80[] = { 3.48019660289, 3.55404347946,
	    3.62323759792, 3.69010134797, 3.75589553558 };
	static const double hi80[] = { 4.04213343198, 4.26389992723,
	    4.50555443564, 4.76564926782, 5.04385022696 };
	static const double lo95[] = { 3.1618409983, 3.1625441298,
	    3.15089169364, 3.13215498067, 3.10917688417 };
	static const double hi95[] = { 4.44912285153, 4.79173890117,
	    5.18097599599, 5.61457810858, 6.0929870687 };
	struct model_fit f;
	double fit[5];
	int i;

	(void)state;
	fit_ok(MODEL_GM11, 0, x0, 5, &f);
	near(f.gm.a, -0.0372043819436, 1e-10);
	near(f.gm.b, 3.065363313, 1e-9);
	model_fitted(&f, x0, fit);
	for (i = 0; i < 5; i++)
		near(fit[i], fitted[i], 1e-10);
	near(f.gm.ratio_lo, 0.716531310574, 1e-11);	/* e^(-2/6) */
	near(f.gm.ratio_hi, 1.33071219745, 1e-11);	/* e^(2/7) */
	assert_true(f.gm.ratio_ok);
	near(f.gm.rho_max, 0.0900084983945, 1e-10);
	near(f.gm.c, 0.212471986075, 1e-10);
	near(f.gm.p, 1, 0);
	assert_int_equal(f.gm.grade, 1);
	check_forecasts(&f, mean, lo80, hi80, lo95, hi95, 1e-9);
}

/* C = 0.410, P = 0.9: grade 2 (合格) by C < 0.5 and P > 0.8. */
static void
test_gm11_grade_two(void **state)
{
	static const double x0[] = { 30, 33, 31, 35, 38, 34, 40, 42, 39, 45 };
	struct model_fit f;

	(void)state;
	fit_ok(MODEL_GM11, 0, x0, 10, &f);
	near(f.gm.a, -0.039394680071, 1e-10);
	near(f.gm.b, 30.0097928777, 1e-9);
	near(f.gm.c, 0.41045898358, 1e-9);
	near(f.gm.p, 0.9, 1e-12);
	assert_int_equal(f.gm.grade, 2);
	near(model_point(&f, 1), 45.3524418106, 1e-9);
	near(model_point(&f, 5), 53.0928750326, 1e-9);
}

/* 10/13 = 0.769 is below e^(-2/9) = 0.8007: refused when the test is on,
 * fitted (a = -0.06575) when it is off (rolling-origin refits). */
static void
test_gm11_ratio_test_refuses(void **state)
{
	static const double x0[] = { 10, 13, 11.5, 14.8, 13.2, 16.9, 15.0,
	    18.8 };
	struct model_spec spec = { MODEL_GM11, 0, INFINITY, NULL };
	struct model_fit f;
	char why[160] = "";

	(void)state;
	assert_false(model_fit(&spec, x0, 8, 1, &f, why, sizeof why));
	assert_non_null(strstr(why, "class-ratio test failed"));
	assert_false(f.gm.ratio_ok);
	assert_int_equal(f.gm.ratio_bad_first, 1);
	assert_true(model_fit(&spec, x0, 8, 0, &f, why, sizeof why));
	near(f.gm.a, -0.0657527053447, 1e-10);
}

static void
refused(enum model_kind kind, double k_fixed, const double *y, int n,
	const char *reason)
{
	struct model_spec spec = { kind, k_fixed, INFINITY, NULL };
	struct model_fit f;
	char why[160] = "";

	if (model_fit(&spec, y, n, 1, &f, why, sizeof why))
		fail_msg("%s accepted, want refusal \"%s\"", model_name(kind),
		    reason);
	if (!strstr(why, reason))
		fail_msg("%s refused with \"%s\", want \"%s\"",
		    model_name(kind), why, reason);
}

/* Minimum lengths: linear, log-linear, GM(1,1) 5; logistic 6 with K
 * fixed, 8 fitted; Holt 9 and damped 10 (forecast::ets refuses n <=
 * parameters + 4). */
static void
test_refusals(void **state)
{
	static const double flat[] = { 7, 7, 7, 7, 7, 7, 7, 7, 7, 7 };
	static const double neg[] = { 3, 2, 1, 0, -1, -2, -3, -4, -5, -6 };
	int k;

	(void)state;
	refused(MODEL_LINEAR, 0, A, 4, "too short: 4 years, needs 5");
	refused(MODEL_LOGLINEAR, 0, A, 4, "too short: 4 years, needs 5");
	refused(MODEL_GM11, 0, A, 4, "too short: 4 years, needs 5");
	refused(MODEL_LOGISTIC, 80, U, 5, "too short: 5 years, needs 6");
	refused(MODEL_LOGISTIC, 0, U, 7, "too short: 7 years, needs 8");
	refused(MODEL_HOLT, 0, A, 8, "too short: 8 years, needs 9");
	refused(MODEL_HOLT_DAMPED, 0, A, 9, "too short: 9 years, needs 10");
	for (k = MODEL_FIRST; k <= MODEL_LAST; k++)
		refused(k, 0, flat, 10, "constant series");
	refused(MODEL_LOGLINEAR, 0, neg, 10, "non-positive values");
	refused(MODEL_GM11, 0, neg, 10, "non-positive values");
	refused(MODEL_LOGISTIC, 0, neg, 10, "non-positive values");
	/* values above a fixed saturation */
	refused(MODEL_LOGISTIC, 50, U, 25, "values reach the fixed saturation K = 50");
	/* linear and Holt take negative values */
	{
		struct model_spec spec = { MODEL_LINEAR, 0, INFINITY, NULL };
		struct model_fit f;

		assert_true(model_fit(&spec, neg, 10, 1, &f, NULL, 0));
		near(model_point(&f, 1), -7, 1e-12);
	}
}

static void
test_names(void **state)
{
	(void)state;
	assert_string_equal(model_name(MODEL_HOLT_DAMPED), "holt_damped");
	assert_int_equal(model_by_name("gm11"), MODEL_GM11);
	assert_int_equal(model_by_name("arima"), 0);
	assert_null(model_name(0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_linear_matches_lm),
		cmocka_unit_test(test_loglinear_matches_lm),
		cmocka_unit_test(test_logistic_fitted_k_matches_nls),
		cmocka_unit_test(test_logistic_fixed_k_matches_nls),
		cmocka_unit_test(test_logistic_k_bound),
		cmocka_unit_test(test_holt_recursion_matches_ets),
		cmocka_unit_test(test_holt_least_squares_vs_ets),
		cmocka_unit_test(test_gm11_classic_example),
		cmocka_unit_test(test_gm11_grade_two),
		cmocka_unit_test(test_gm11_ratio_test_refuses),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
