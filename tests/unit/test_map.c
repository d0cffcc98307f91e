/* Specification of common/map.c: a string map and interning. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "map.h"

/* Values stored under keys come back, replacing returns the old value,
 * and the map grows past its first 64 slots without losing anything. */
static void
test_put_get_grow(void **state)
{
	struct yp_map *m = yp_map_new();
	static int values[1000];
	char key[32];
	int i;

	(void)state;
	for (i = 0; i < 1000; i++) {
		snprintf(key, sizeof key, "地区%d", i);
		assert_null(yp_map_put(m, key, &values[i]));
	}
	assert_int_equal(yp_map_size(m), 1000);
	for (i = 0; i < 1000; i++) {
		snprintf(key, sizeof key, "地区%d", i);
		assert_ptr_equal(yp_map_get(m, key), &values[i]);
	}
	assert_null(yp_map_get(m, "地区1000"));
	assert_ptr_equal(yp_map_put(m, "地区7", &values[8]), &values[7]);
	assert_int_equal(yp_map_size(m), 1000);
	yp_map_free(m, NULL);
}

/* Equal strings intern to one pointer; different ones do not. */
static void
test_intern(void **state)
{
	struct yp_map *m = yp_map_new();
	char a[] = "示例县", b[] = "示例县";
	const char *pa, *pb;

	(void)state;
	pa = yp_intern(m, a);
	pb = yp_intern(m, b);
	assert_ptr_equal(pa, pb);
	assert_ptr_not_equal(pa, a);
	assert_string_equal(pa, "示例县");
	assert_ptr_not_equal(yp_intern(m, "东岭县"), pa);
	yp_map_free(m, NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_put_get_grow),
		cmocka_unit_test(test_intern),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
