/* Specification of common/results.c: buffered result records. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rec.h"
#include "results.h"

/* Results come out sorted by region, indicator, measure, period in byte
 * order ("2021" < "2021-2025" < "2022"), whatever order they were added
 * in; a missing one has status M, no value and "not computable: ". */
static void
test_sorted_output(void **state)
{
	struct yp_results o = { 0 };
	struct yp_writer *w;
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	(void)state;
	yp_results_value(&o, "示例县", "gdp", "share", 2022, 2022, "%", 2, 'A', "s");
	yp_result_note(yp_results_value(&o, "示例县", "gdp", "share", 2021, 2025,
	    "%", 3, 'E', "s"), "十四五");
	yp_results_value(&o, "东岭县", "gdp", "share", 2021, 2021, "%", 1, 'I', "s");
	yp_results_missing(&o, "示例县", "gdp", "share", 2021, 2021, "%", "s",
	    "no %s for %d", "gdp", 2021);
	yp_result_span(yp_results_value(&o, "示例县", "gdp", "pull", 2021, 2021,
	    "pp", 0.5, 'A', "s"), 2021, 2021);
	w = yp_writer_open(fp);
	yp_results_flush(&o, w);
	yp_writer_close(w);
	fclose(fp);
	assert_string_equal(text,
	    YP_RECORD_HEADER "\n"
	    "东岭县,gdp,share,2021,1,%,E,s,\n"
	    "示例县,gdp,pull,2021-2021,0.5,pp,A,s,\n"
	    "示例县,gdp,share,2021,,%,M,s,not computable: no gdp for 2021\n"
	    "示例县,gdp,share,2021-2025,3,%,E,s,十四五\n"
	    "示例县,gdp,share,2022,2,%,A,s,\n");
	assert_int_equal(o.written, 5);
	assert_int_equal(o.missing, 1);
	assert_int_equal(o.n, 0);
	yp_results_free(&o);
	free(text);
}

static void
test_status_weakest(void **state)
{
	(void)state;
	assert_int_equal(yp_status_weakest(0, 'A'), 'A');
	assert_int_equal(yp_status_weakest('A', 'B'), 'A');
	assert_int_equal(yp_status_weakest('A', 'P'), 'P');
	assert_int_equal(yp_status_weakest('E', 'P'), 'E');
	assert_int_equal(yp_status_weakest('I', 'A'), 'E');
	assert_int_equal(yp_status_weakest('E', 'F'), 'F');
	assert_int_equal(yp_status_weakest('F', 'P'), 'F');
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sorted_output),
		cmocka_unit_test(test_status_weakest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
