/* Specification of yp-compare's statistics, with hand-checked numbers. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>

#include "compare/compare.h"

/* Peers 9, 1, 5, 3 (sorted 1, 3, 5, 9): mean 18/4 = 4.5, median
 * (3 + 5)/2 = 4, sd sqrt((12.25 + 2.25 + 0.25 + 20.25)/3) = sqrt(35/3)
 * = 3.415650255.  One peer: no sd; none: no statistics at all. */
static void
test_peer_stats(void **state)
{
	double v[4] = { 9, 1, 5, 3 }, one[1] = { 7 };
	struct peer_stats s = peer_stats(v, 4);

	(void)state;
	assert_int_equal(s.n, 4);
	assert_true(fabs(s.mean - 4.5) < 1e-12);
	assert_true(fabs(s.median - 4) < 1e-12);
	assert_true(fabs(s.sd - sqrt(35.0 / 3)) < 1e-12);
	assert_true(fabs(s.sd - 3.415650255) < 1e-9);
	s = peer_stats(one, 1);
	assert_true(s.mean == 7 && s.median == 7 && isnan(s.sd));
	s = peer_stats(v, 0);
	assert_true(isnan(s.mean));
}

/* Rank 1 = best; ties share the better rank (competition ranking). */
static void
test_rank(void **state)
{
	double peers[4] = { 50, 70, 90, 60 };

	(void)state;
	assert_int_equal(rank_among(60, peers, 4, 1), 3);	/* 70, 90 above */
	assert_int_equal(rank_among(60, peers, 4, 0), 2);	/* 50 below */
	assert_int_equal(rank_among(95, peers, 4, 1), 1);
	assert_int_equal(rank_among(95, peers, 4, 0), 5);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_peer_stats),
		cmocka_unit_test(test_rank),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
