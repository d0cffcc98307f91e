/* Specification of stages/structure/formulas.c, with hand-checked numbers. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>

#include "structure/formulas.h"

#define near(a, b) assert_true(fabs((a) - (b)) < 1e-12)

/* Tapio's eight states (methods reference 2.9): the state follows from the
 * sign of ΔGDP and e = ΔEnv/ΔGDP.  With ΔGDP = 0.5, e = 2·ΔEnv exactly in
 * binary, so the cut-offs 0.8 and 1.2 are hit exactly and both belong to
 * coupling. */
static void
test_tapio_states(void **state)
{
	double e = 0;

	(void)state;
	/* growing economy */
	assert_int_equal(tapio_classify(-0.02, 0.05, &e), TAPIO_STRONG_DECOUPLING);
	near(e, -0.4);				/* -0.02 / 0.05 */
	assert_int_equal(tapio_classify(0.02, 0.05, &e), TAPIO_WEAK_DECOUPLING);
	near(e, 0.4);
	assert_int_equal(tapio_classify(0.0, 0.05, &e), TAPIO_WEAK_DECOUPLING);
	near(e, 0);				/* pressure unchanged: weak */
	assert_int_equal(tapio_classify(0.4, 0.5, &e), TAPIO_EXPANSIVE_COUPLING);
	assert_true(e == 0.8);			/* the lower cut-off */
	assert_int_equal(tapio_classify(0.6, 0.5, &e), TAPIO_EXPANSIVE_COUPLING);
	assert_true(e == 1.2);			/* the upper cut-off */
	assert_int_equal(tapio_classify(0.7, 0.5, &e),
	    TAPIO_EXPANSIVE_NEG_DECOUPLING);	/* e = 1.4 */
	/* shrinking economy */
	assert_int_equal(tapio_classify(0.03, -0.02, &e),
	    TAPIO_STRONG_NEG_DECOUPLING);	/* e = -1.5 */
	near(e, -1.5);
	assert_int_equal(tapio_classify(-0.01, -0.05, &e),
	    TAPIO_WEAK_NEG_DECOUPLING);		/* e = 0.2 */
	assert_int_equal(tapio_classify(-0.05, -0.05, &e),
	    TAPIO_RECESSIVE_COUPLING);		/* e = 1 */
	assert_int_equal(tapio_classify(-0.4, -0.5, &e),
	    TAPIO_RECESSIVE_COUPLING);		/* e = 0.8 exactly */
	assert_int_equal(tapio_classify(-0.08, -0.05, &e),
	    TAPIO_RECESSIVE_DECOUPLING);	/* e = 1.6 */
	/* GDP unchanged: e is undefined */
	assert_int_equal(tapio_classify(0.03, 0, &e), TAPIO_NONE);
}

/* Moore: cos θ = w0·w1 / (|w0| |w1|).
 * (0.2,0.5,0.3) and (0.1,0.4,0.5): dot = 0.02 + 0.20 + 0.15 = 0.37,
 * |w0|² = 0.38, |w1|² = 0.42, cos = 0.37 / √0.1596 = 0.926158422495,
 * θ = 22.156311471833 degrees (acos by a calculator).
 * Orthogonal vectors are 90°, (1,1,0) and (1,0,0) 45°, equal ones 0°. */
static void
test_moore_angle(void **state)
{
	double a[3] = { 0.2, 0.5, 0.3 }, b[3] = { 0.1, 0.4, 0.5 };
	double x[3] = { 1, 0, 0 }, y[3] = { 0, 1, 0 }, z[3] = { 1, 1, 0 };
	double zero[3] = { 0, 0, 0 };

	(void)state;
	assert_true(fabs(moore_angle_degrees(a, b, 3) - 22.156311471833) < 1e-9);
	near(moore_angle_degrees(x, y, 3), 90);
	near(moore_angle_degrees(z, x, 3), 45);
	near(moore_angle_degrees(a, a, 3), 0);
	/* shares or levels: the angle does not depend on scale */
	{
		double a10[3] = { 2, 5, 3 };

		near(moore_angle_degrees(a10, b, 3), moore_angle_degrees(a, b, 3));
	}
	assert_true(isnan(moore_angle_degrees(zero, a, 3)));
}

/* Theil (干春晖 et al. 2011): Y = (10, 40, 50), L = (50, 30, 20), so
 * Y/L = 1 overall and 0.2, 4/3, 2.5 by sector:
 * TL = 0.1 ln 0.2 + 0.4 ln(4/3) + 0.5 ln 2.5
 *    = -0.160943791 + 0.115072829 + 0.458145366 = 0.412274404.
 * Deviation E_i = (Y_i/Y)/(L_i/L) - 1: 0.1/0.5 - 1 = -0.8,
 * 0.4/0.3 - 1 = 0.3333, 0.5/0.2 - 1 = 1.5.  Equal productivity: TL = 0. */
static void
test_theil_and_deviation(void **state)
{
	double y[3] = { 10, 40, 50 }, l[3] = { 50, 30, 20 }, tl = -1;
	double ye[3] = { 10, 30, 60 }, le[3] = { 1, 3, 6 };
	double lz[3] = { 50, 0, 20 };

	(void)state;
	assert_true(theil_index(y, l, 3, &tl));
	assert_true(fabs(tl - 0.412274404) < 1e-9);
	near(structural_deviation(y, l, 3, 0), -0.8);
	near(structural_deviation(y, l, 3, 1), 1.0 / 3);
	near(structural_deviation(y, l, 3, 2), 1.5);
	assert_true(theil_index(ye, le, 3, &tl));
	near(tl, 0);
	assert_false(theil_index(y, lz, 3, &tl));	/* no workers: undefined */
}

/* HHI with shares in %: (50, 30, 20) gives 2500 + 900 + 400 = 3800; four
 * equal parts 4 * 25² = 2500; the shares are of the parts' sum, so
 * (5, 3, 2) is the same 3800. */
static void
test_hhi(void **state)
{
	double a[3] = { 50, 30, 20 }, b[4] = { 1, 1, 1, 1 }, c[3] = { 5, 3, 2 };
	double z[2] = { 0, 0 };

	(void)state;
	near(hhi_index(a, 3), 3800);
	near(hhi_index(b, 4), 2500);
	near(hhi_index(c, 3), 3800);
	assert_true(isnan(hhi_index(z, 2)));
}

/* LQ = (30/100) / (200/1000) = 0.3 / 0.2 = 1.5. */
static void
test_location_quotient(void **state)
{
	(void)state;
	near(location_quotient(30, 100, 200, 1000), 1.5);
	near(location_quotient(20, 100, 200, 1000), 1.0);
	assert_true(isnan(location_quotient(30, 100, 0, 1000)));
}

/* Dunn: b0 = 100, r = 50 %, R_i = 30 %, R = 20 %:
 * G = 50, N = 100·0.2 = 20, P = 100·(0.3 - 0.2) = 10,
 * D = 100·(0.5 - 0.3) = 20, and N + P + D = G. */
static void
test_shift_share(void **state)
{
	struct shift_share s = shift_share_split(100, 0.5, 0.3, 0.2);

	(void)state;
	near(s.g, 50);
	near(s.n, 20);
	near(s.p, 10);
	near(s.d, 20);
	near(s.n + s.p + s.d, s.g);
}

/* The methods reference's examples: a cumulative fall of 13.5 % over
 * five years is 2.86 % a year, 17 % is 3.66 % a year
 * (0.865^(1/5) - 1 = -0.0285885, 0.83^(1/5) - 1 = -0.0365801). */
static void
test_annual_rate(void **state)
{
	(void)state;
	assert_true(fabs(annual_rate(0.865, 5) - -0.0285885426) < 1e-9);
	assert_true(fabs(annual_rate(0.83, 5) - -0.0365800871) < 1e-9);
	near(annual_rate(1.21, 2), 0.1);	/* 1.1² = 1.21 */
	assert_true(isnan(annual_rate(1.1, 0)));
	assert_true(isnan(annual_rate(-1, 5)));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tapio_states),
		cmocka_unit_test(test_moore_angle),
		cmocka_unit_test(test_theil_and_deviation),
		cmocka_unit_test(test_hhi),
		cmocka_unit_test(test_location_quotient),
		cmocka_unit_test(test_shift_share),
		cmocka_unit_test(test_annual_rate),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
