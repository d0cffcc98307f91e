/* Specification of the fast paths in common/num.c: they must give
 * exactly what the slow, obviously-right way gives — printf "%.*g" with
 * the fewest of 15, 16, 17 digits that strtod reads back, and strtod
 * itself — on numbers of every shape. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

static void
slow_format(double v, char *buf)
{
	int prec;

	if (v == 0) {
		strcpy(buf, "0");
		return;
	}
	for (prec = 15; prec <= 17; prec++) {
		snprintf(buf, 32, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
}

static unsigned long long state = 88172645463325252ULL;

static unsigned long long
xorshift(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

/* 400 000 numbers: yearbook-like decimals, arbitrary bit patterns,
 * values across 40 orders of magnitude, and both signs. */
static void
test_format_matches_printf(void **unused)
{
	char fast[YP_NUM_BUFSZ], slow[32];
	double v, back;
	long i;

	(void)unused;
	for (i = 0; i < 400000; i++) {
		unsigned long long r = xorshift();

		switch (i % 3) {
		case 0:
			v = (double)(r % 100000000) / pow(10, (double)(r % 9));
			break;
		case 1:
			memcpy(&v, &r, sizeof v);
			if (!isfinite(v))
				continue;
			break;
		default:
			v = ((double)(r >> 11) / 9007199254740992.0) *
			    pow(10, (double)((int)(r % 40) - 20));
		}
		if (r & 1)
			v = -v;
		yp_format_number(v, fast);
		slow_format(v, slow);
		assert_string_equal(fast, slow);
		assert_true(yp_parse_number(fast, &back));
		assert_true(back == v);
	}
}

/* Numbers a few steps of the last bit around each power of ten from
 * 10^-5 to 10^15, where log10 rounds to the integer and the digits carry
 * (0.09999999999999999 is 16 digits, 0.1 the next double up); and the
 * results of arithmetic that need 16 or 17 digits (a third, a ratio, a
 * rate), which the integer path of yp_format_number writes. */
static void
test_format_near_powers_of_ten(void **unused)
{
	char fast[YP_NUM_BUFSZ], slow[32];
	double p, v;
	int e, step, i;

	(void)unused;
	for (e = -5; e <= 15; e++) {
		p = pow(10, e);
		for (step = -6; step <= 6; step++) {
			v = p;
			for (i = 0; i < step; i++)
				v = nextafter(v, INFINITY);
			for (i = 0; i > step; i--)
				v = nextafter(v, 0);
			yp_format_number(v, fast);
			slow_format(v, slow);
			assert_string_equal(fast, slow);
			yp_format_number(-v, fast);
			slow_format(-v, slow);
			assert_string_equal(fast, slow);
		}
	}
	yp_format_number(0.09999999999999999, fast);
	assert_string_equal(fast, "0.09999999999999999");
	for (i = 1; i < 200000; i++) {
		v = (double)i / 3.0 * pow(1.0001, i % 500) / (1 + i % 7);
		yp_format_number(v, fast);
		slow_format(v, slow);
		assert_string_equal(fast, slow);
	}
}

/* Decimals as tables print them read to exactly strtod's double. */
static void
test_parse_matches_strtod(void **unused)
{
	char text[48];
	double v;
	long i;

	(void)unused;
	for (i = 0; i < 400000; i++) {
		unsigned long long r = xorshift();

		snprintf(text, sizeof text, "%s%llu.%0*llu", (r & 1) ? "-" : "",
		    (r >> 20) % 100000000, (int)(r % 7) + 1,
		    (r >> 8) % 1000000);
		assert_true(yp_parse_number(text, &v));
		assert_true(v == strtod(text, NULL));
	}
	/* Past 15 significant digits the fast path steps aside. */
	assert_true(yp_parse_number("1234567890.12345678", &v));
	assert_true(v == strtod("1234567890.12345678", NULL));
	assert_true(yp_parse_number("0.000000000000000000000001", &v));
	assert_true(v == 1e-24);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_matches_printf),
		cmocka_unit_test(test_format_near_powers_of_ten),
		cmocka_unit_test(test_parse_matches_strtod),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
