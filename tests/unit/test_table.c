/* Specification of common/table.c: the small CSV tables users edit in
 * config/, and their errors (exit 2 naming FILE:LINE). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"
#include "table.h"

static void
test_load(void **state)
{
	const char *path = scratch_text("t.csv",
	    "# comment: not a row\n"
	    "code, name ,aliases\n"
	    "\n"
	    "110000,北京市,\"北京|Beijing\"\n"
	    "#110100,commented out,\n"
	    "410100,  郑  州  市 ,郑州\n"
	    "650000,新疆维吾尔自治区\n"		/* short: padded */
	    ",,\n"					/* blank: skipped */
	    "ＧＤＰ,（亿元）,x\n");
	struct yp_table *t = yp_table_load(path, 0);

	(void)state;
	assert_non_null(t);
	assert_string_equal(t->path, path);
	assert_int_equal(t->ncols, 3);
	assert_int_equal(t->nrows, 4);
	assert_string_equal(t->header[1], "name");	/* folded: spaces trimmed */
	assert_int_equal(yp_table_col(t, "code"), 0);
	assert_int_equal(yp_table_col(t, "name"), 1);
	assert_int_equal(yp_table_col(t, "aliases"), 2);
	assert_int_equal(yp_table_col(t, "parent"), -1);
	assert_string_equal(yp_table_cell(t, 0, 2), "北京|Beijing");
	assert_int_equal(t->lines[0], 4);
	/* cells are folded: padding squeezed, full-width made ASCII */
	assert_string_equal(yp_table_cell(t, 1, 1), "郑 州 市");
	assert_int_equal(t->lines[1], 6);
	assert_string_equal(yp_table_cell(t, 2, 1), "新疆维吾尔自治区");
	assert_string_equal(yp_table_cell(t, 2, 2), "");
	assert_string_equal(yp_table_cell(t, 3, 0), "GDP");
	assert_string_equal(yp_table_cell(t, 3, 1), "(亿元)");
	assert_int_equal(t->lines[3], 9);
	/* out of range: empty, never a crash */
	assert_string_equal(yp_table_cell(t, 99, 0), "");
	assert_string_equal(yp_table_cell(t, 0, -1), "");
	yp_table_free(t);
	yp_table_free(NULL);
}

/* A table saved by a Chinese Windows program, in GB18030 with CRLF. */
static void
test_load_gb18030(void **state)
{
	const char *utf8 = "code,name\r\n110000,北京市\r\n650000,新疆维吾尔自治区\r\n";
	char gb[256], *in = (char *)utf8, *out = gb;
	size_t inleft = strlen(utf8), outleft = sizeof gb;
	iconv_t cd = iconv_open("GB18030", "UTF-8");
	struct yp_table *t;

	(void)state;
	assert_true(iconv(cd, &in, &inleft, &out, &outleft) != (size_t)-1);
	iconv_close(cd);
	t = yp_table_load(scratch_file("gb.csv", gb, (size_t)(out - gb)), 0);
	assert_int_equal(t->nrows, 2);
	assert_string_equal(yp_table_cell(t, 1, 1), "新疆维吾尔自治区");
	assert_int_equal(t->lines[1], 3);
	yp_table_free(t);
}

static void
test_optional_missing(void **state)
{
	(void)state;
	assert_null(yp_table_load(scratch_path("sources.csv"), 1));
}

static void
load_required(void *path)
{
	yp_table_free(yp_table_load(path, 0));
}

static void
need_column(void *path)
{
	struct yp_table *t = yp_table_load(path, 0);

	yp_table_need_col(t, "parent");
	yp_table_free(t);
}

/* Each error exits 2 (a config error) with one line naming FILE:LINE. */
static void
expect_exit2(void (*fn)(void *), const char *path, const char *what)
{
	char err[1024], want[512];
	int status = exit_status_of(fn, (void *)path, err, sizeof err);

	snprintf(want, sizeof want, "yp: %s%s", path, what);
	if (status != 2 || strncmp(err, want, strlen(want)) != 0 ||
	    count_lines(err) != 1)
		fail_msg("status %d, message \"%s\"; expected 2 and \"%s...\"",
		    status, err, want);
}

static void
test_errors(void **state)
{
	(void)state;
	expect_exit2(load_required, scratch_path("missing.csv"),
	    ": cannot open: No such file or directory");
	expect_exit2(load_required, scratch_text("wide.csv",
	    "code,name\n110000,北京市\n410100,郑州市,郑州\n"),
	    ":3: 3 cells but the header names 2 columns; quote a cell that "
	    "holds a comma");
	expect_exit2(load_required, scratch_text("empty.csv", "# only a comment\n"),
	    ":1: empty table; it needs at least a header line");
	expect_exit2(need_column, scratch_text("nocol.csv", "code,name\n1,a\n"),
	    ":1: no column \"parent\"; add it to the header line");
	expect_exit2(load_required, scratch_file("bin.csv", "code\0", 5),
	    ":1: a binary file");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_load_gb18030),
		cmocka_unit_test(test_optional_missing),
		cmocka_unit_test(test_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
