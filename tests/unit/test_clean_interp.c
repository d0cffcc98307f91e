/* Specification of stages/clean/interp.c: GSL's linear and Steffen
 * interpolation as yp-clean uses them, against values computed without
 * GSL by tests/ref/clean_steffen.py (exact rational arithmetic from
 * Steffen 1990's formulas; printed in tests/ref/clean_steffen.out). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <math.h>

#include "clean/interp.h"

static void
close_to(double got, double want)
{
	if (fabs(got - want) > 1e-12 * fmax(1, fabs(want)))
		fail_msg("got %.17g, want %.17g", got, want);
}

/* The sample's water use (亿立方米) with 2018 missing:
 * clean_steffen.out "water 2018 steffen 2.2995833333333335" and
 * "water 2018 linear 2.30235" (the mean of 2.3355 and 2.2692). */
static void
test_water(void **state)
{
	const double x[] = { 2014, 2015, 2016, 2017, 2019, 2020, 2021 };
	const double y[] = { 2.4013, 2.3876, 2.3702, 2.3355, 2.2692, 2.2511,
	    2.2304 };
	double xi = 2018, yi;
	enum interp_method used;

	(void)state;
	assert_int_equal(interp_values(INTERP_STEFFEN, x, y, 7, &xi, &yi, 1,
	    &used), 0);
	assert_int_equal(used, INTERP_STEFFEN);
	close_to(yi, 2.2995833333333335);
	assert_int_equal(interp_values(INTERP_LINEAR, x, y, 7, &xi, &yi, 1,
	    &used), 0);
	assert_int_equal(used, INTERP_LINEAR);
	close_to(yi, 2.30235);
}

/* A hump: 10 12 15 | gap 2013-2014 | 14 13.  By hand: at 2012 the slopes
 * change sign (3 then -1/3), so y' = 0; at 2015, s = -1/3 and -1, p =
 * (-1/3·1 - 1·3)/4 = -5/6, y' = -2·min(1/3, 1, 5/12) = -2/3; the cubic on
 * [2012, 2015] is 15 - t²/9: 14.888… in 2013, 14.555… in 2014, never
 * above 15 (a natural cubic spline would overshoot).  Linear: 15 - t/3. */
static void
test_hump(void **state)
{
	const double x[] = { 2010, 2011, 2012, 2015, 2016 };
	const double y[] = { 10, 12, 15, 14, 13 };
	const double xi[] = { 2013, 2014 };
	double yi[2];
	enum interp_method used;

	(void)state;
	assert_int_equal(interp_values(INTERP_STEFFEN, x, y, 5, xi, yi, 2,
	    &used), 0);
	close_to(yi[0], 14.88888888888889);
	close_to(yi[1], 14.555555555555555);
	assert_int_equal(interp_values(INTERP_LINEAR, x, y, 5, xi, yi, 2,
	    &used), 0);
	close_to(yi[0], 14.666666666666666);
	close_to(yi[1], 14.333333333333334);
}

/* Flat then rising: 5 5 | 2002 | 8 8.5; clean_steffen.out gives
 * 6.291666666666667 (Steffen) and 6.5 (linear). */
static void
test_flat_then_rise(void **state)
{
	const double x[] = { 2000, 2001, 2003, 2004 };
	const double y[] = { 5, 5, 8, 8.5 };
	double xi = 2002, yi;
	enum interp_method used;

	(void)state;
	assert_int_equal(interp_values(INTERP_STEFFEN, x, y, 4, &xi, &yi, 1,
	    &used), 0);
	close_to(yi, 6.291666666666667);
}

/* Steffen needs three points; with two yp-clean draws the line and says
 * so: 100 in 2019, 130 in 2022 give 110 and 120. */
static void
test_two_points_fall_back_to_linear(void **state)
{
	const double x[] = { 2019, 2022 };
	const double y[] = { 100, 130 };
	const double xi[] = { 2020, 2021 };
	double yi[2];
	enum interp_method used;

	(void)state;
	assert_int_equal(interp_values(INTERP_STEFFEN, x, y, 2, xi, yi, 2,
	    &used), 0);
	assert_int_equal(used, INTERP_LINEAR);
	close_to(yi[0], 110);
	close_to(yi[1], 120);
}

/* Never extrapolate: a place outside the points, or one point, is
 * refused. */
static void
test_no_extrapolation(void **state)
{
	const double x[] = { 2019, 2020, 2021 };
	const double y[] = { 1, 2, 3 };
	double xi = 2022, yi = -1;
	enum interp_method used;

	(void)state;
	assert_int_equal(interp_values(INTERP_LINEAR, x, y, 3, &xi, &yi, 1,
	    &used), -1);
	xi = 2018;
	assert_int_equal(interp_values(INTERP_STEFFEN, x, y, 3, &xi, &yi, 1,
	    &used), -1);
	xi = 2019;
	assert_int_equal(interp_values(INTERP_LINEAR, x, y, 1, &xi, &yi, 1,
	    &used), -1);
	assert_true(yi == -1);
}

static void
test_names(void **state)
{
	enum interp_method m;

	(void)state;
	assert_true(interp_parse("steffen", &m) && m == INTERP_STEFFEN);
	assert_true(interp_parse("linear", &m) && m == INTERP_LINEAR);
	assert_false(interp_parse("cspline", &m));
	assert_string_equal(interp_name(INTERP_STEFFEN), "steffen");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_water),
		cmocka_unit_test(test_hump),
		cmocka_unit_test(test_flat_then_rise),
		cmocka_unit_test(test_two_points_fall_back_to_linear),
		cmocka_unit_test(test_no_extrapolation),
		cmocka_unit_test(test_names),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
