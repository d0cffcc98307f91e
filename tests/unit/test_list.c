/* Specification of common/list.c: lists in one config cell. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "list.h"

static void
test_split(void **state)
{
	size_t n;
	char **v = yp_list_split(" gdp | gdp.primary||gdp.tertiary ", "|", &n);

	(void)state;
	assert_int_equal(n, 3);
	assert_string_equal(v[0], "gdp");
	assert_string_equal(v[1], "gdp.primary");
	assert_string_equal(v[2], "gdp.tertiary");
	assert_null(v[3]);
	yp_list_free(v);
	v = yp_list_split("东岭县,西川县|南湖县", "|,", &n);
	assert_int_equal(n, 3);
	assert_string_equal(v[2], "南湖县");
	yp_list_free(v);
	v = yp_list_split("  ", "|", &n);
	assert_int_equal(n, 0);
	assert_null(v[0]);
	yp_list_free(v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
