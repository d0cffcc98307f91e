/* Specification of common/num.c: yearbook cells, plain numbers, and the
 * shortest round-trip form records carry. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

enum { N = YP_CELL_NUMBER, BLANK = YP_CELL_BLANK, BELOW = YP_CELL_BELOW_UNIT,
	NA = YP_CELL_NOT_APPLICABLE, BAD = YP_CELL_INVALID };

/* One cell as a yearbook or database export prints it, what it holds,
 * and the footnote marks that must be reported.  Values are written as
 * the decimal the cell means; the comparison is exact because each one
 * is the double nearest that decimal, as strtod gives it. */
static const struct cell_case {
	const char *cell;
	int kind;
	double value;
	const char *marks;
} cells[] = {
	/* plain numbers, as most cells are */
	{ "1015986.2", N, 1015986.2, "" },
	{ "0", N, 0, "" },
	{ "77754.1", N, 77754.1, "" },
	{ "-3.5", N, -3.5, "" },
	{ "+12", N, 12, "" },
	{ "0.30000000000000004", N, 0.30000000000000004, "" },
	{ "12.", N, 12, "" },
	{ ".5", N, 0.5, "" },
	{ "-.5", N, -0.5, "" },
	{ "1e3", N, 1000, "" },
	{ "1.5E-3", N, 0.0015, "" },
	{ "2.5e+4", N, 25000, "" },
	/* spaces around (libcsv keeps those inside quotes) */
	{ " 42 ", N, 42, "" },
	{ "\t7.25\t", N, 7.25, "" },
	{ "\xe3\x80\x80" "88" "\xe3\x80\x80", N, 88, "" },	/* ideographic spaces */
	/* full-width digits, point, signs and percent */
	{ "１２３４．５", N, 1234.5, "" },
	{ "－５", N, -5, "" },
	{ "＋５", N, 5, "" },
	{ "－１２．５", N, -12.5, "" },
	{ "１，２３４", N, 1234, "" },		/* full-width comma */
	{ "１２％", N, 12, "" },
	/* thousands separators: integer part only, groups of three */
	{ "1,234.5", N, 1234.5, "" },
	{ "1,234,567", N, 1234567, "" },
	{ "-1,234", N, -1234, "" },
	{ "+1,000", N, 1000, "" },
	{ "12,345.678", N, 12345.678, "" },
	{ "12,34", BAD, 0, "" },
	{ ",123", BAD, 0, "" },
	{ "1,2345", BAD, 0, "" },
	{ "1234,567", BAD, 0, "" },		/* first group too long */
	{ "0.1,234", BAD, 0, "" },		/* a comma in the fraction */
	{ "1,234,56", BAD, 0, "" },
	{ "1,", BAD, 0, "" },
	/* percent and per mille: the value in the cell's own unit */
	{ "12.5%", N, 12.5, "" },
	{ "12.5 %", N, 12.5, "" },
	{ "3.2‰", N, 3.2, "" },
	{ "%", BAD, 0, "" },
	/* footnote marks, before, after or around the figure */
	{ "123*", N, 123, "*" },
	{ "*123", N, 123, "*" },
	{ "12.3 *", N, 12.3, "*" },
	{ "123①", N, 123, "①" },
	{ "45.6②", N, 45.6, "②" },
	{ "123#", N, 123, "#" },
	{ "45.6△", N, 45.6, "△" },
	{ "7※", N, 7, "※" },
	{ "8¹", N, 8, "¹" },
	{ "1,234.5*", N, 1234.5, "*" },
	{ "１２３４．５①", N, 1234.5, "①" },
	{ "*99#", N, 99, "* #" },
	{ "12.5%*", N, 12.5, "*" },
	{ "*", BAD, 0, "*" },			/* a mark and no figure */
	{ "#N/A", BAD, 0, "#" },		/* a spreadsheet's error */
	/* the yearbook symbols for missing figures */
	{ "…", BELOW, 0, "" },
	{ "……", BELOW, 0, "" },
	{ "...", BELOW, 0, "" },
	{ " … ", BELOW, 0, "" },
	{ "—", NA, 0, "" },
	{ "——", NA, 0, "" },
	{ "-", NA, 0, "" },
	{ "--", NA, 0, "" },
	{ "－", NA, 0, "" },			/* full-width hyphen-minus */
	{ "–", NA, 0, "" },			/* en dash */
	{ "/", NA, 0, "" },
	{ "", BLANK, 0, "" },
	{ "   ", BLANK, 0, "" },
	{ "\xe3\x80\x80", BLANK, 0, "" },	/* one ideographic space */
	/* garbage: never a number, never zero */
	{ "abc", BAD, 0, "" },
	{ "12abc", BAD, 0, "" },
	{ "1 234", BAD, 0, "" },		/* two figures or one? */
	{ "1.2.3", BAD, 0, "" },
	{ "5-", BAD, 0, "" },
	{ "+-5", BAD, 0, "" },
	{ "- 5", BAD, 0, "" },
	{ "nan", BAD, 0, "" },
	{ "inf", BAD, 0, "" },
	{ "0x10", BAD, 0, "" },
	{ "1e999", BAD, 0, "" },		/* overflows a double */
	{ "(12.3)", BAD, 0, "" },
	{ "e5", BAD, 0, "" },
};

static void
test_parse_cell_table(void **state)
{
	size_t i;

	(void)state;
	assert_true(sizeof cells / sizeof cells[0] >= 40);
	for (i = 0; i < sizeof cells / sizeof cells[0]; i++) {
		const struct cell_case *c = &cells[i];
		char marks[64];
		double v = -999;
		enum yp_cell kind = yp_parse_cell(c->cell, &v, marks, sizeof marks);

		if ((int)kind != c->kind || strcmp(marks, c->marks) != 0 ||
		    (kind == YP_CELL_NUMBER && v != c->value))
			fail_msg("cell \"%s\": kind %d value %.17g marks \"%s\"; "
			    "expected kind %d value %.17g marks \"%s\"", c->cell,
			    (int)kind, v, marks, c->kind, c->value, c->marks);
	}
}

/* The marks buffer is optional and never overrun. */
static void
test_parse_cell_marks_buffer(void **state)
{
	char small[4];
	double v;

	(void)state;
	assert_int_equal(yp_parse_cell("5①", &v, NULL, 0), YP_CELL_NUMBER);
	assert_true(v == 5);
	/* "① ②" needs 8 bytes: what does not fit is left out whole. */
	assert_int_equal(yp_parse_cell("5①②", &v, small, sizeof small),
	    YP_CELL_NUMBER);
	assert_string_equal(small, "");
	assert_int_equal(yp_parse_cell("5*#", &v, small, sizeof small),
	    YP_CELL_NUMBER);
	assert_string_equal(small, "* #");
}

/* -0 is a number; records write it as 0 (yp_format_number). */
static void
test_parse_cell_negative_zero(void **state)
{
	char buf[YP_NUM_BUFSZ];
	double v = 1;

	(void)state;
	assert_int_equal(yp_parse_cell("-0", &v, NULL, 0), YP_CELL_NUMBER);
	assert_true(v == 0 && signbit(v));
	yp_format_number(v, buf);
	assert_string_equal(buf, "0");
}

static void
test_cell_reason(void **state)
{
	(void)state;
	assert_string_equal(yp_cell_reason(YP_CELL_BLANK), "blank (unknown)");
	assert_string_equal(yp_cell_reason(YP_CELL_BELOW_UNIT), "below unit (…)");
	assert_string_equal(yp_cell_reason(YP_CELL_NOT_APPLICABLE),
	    "not applicable (—)");
	assert_string_equal(yp_cell_reason(YP_CELL_INVALID), "not a number");
	assert_string_equal(yp_cell_reason(YP_CELL_NUMBER), "");
}

/* yp_parse_number reads what records carry and nothing else: no
 * separators, marks, spaces, full-width forms, hex, inf or nan. */
static void
test_parse_number_strict(void **state)
{
	static const char *const good[] = {
		"0", "-0", "1015986.2", "+3", "-3.25", ".5", "5.", "1e3",
		"1E-3", "0.30000000000000004", "1.7976931348623157e+308",
		"4.9406564584124654e-324", NULL
	};
	static const char *const bad[] = {
		"", "+", "-", ".", "e3", "1e", "1e+", "--5", "+-5", "1-2",
		"1e5e5", " 5", "5 ", "1,234", "12%", "5*", "１２", "0x10",
		"inf", "-inf", "nan", "infinity", "1e400", "-1e400", "1.2.3",
		"…", "—", NULL
	};
	const char *const *p;
	double v;

	(void)state;
	for (p = good; *p; p++)
		if (!yp_parse_number(*p, &v))
			fail_msg("\"%s\" should be a number", *p);
	for (p = bad; *p; p++)
		if (yp_parse_number(*p, &v))
			fail_msg("\"%s\" should not be a number", *p);
	assert_true(yp_parse_number("1015986.2", &v) && v == 1015986.2);
	assert_true(yp_parse_number("-3.25", &v) && v == -3.25);
}

static void
test_parse_long(void **state)
{
	long v;

	(void)state;
	assert_true(yp_parse_long("2020", 1900, 2100, &v) && v == 2020);
	assert_true(yp_parse_long("-5", -10, 10, &v) && v == -5);
	assert_false(yp_parse_long("1899", 1900, 2100, &v));
	assert_false(yp_parse_long("2101", 1900, 2100, &v));
	assert_false(yp_parse_long("20x0", 1900, 2100, &v));
	assert_false(yp_parse_long("", 1900, 2100, &v));
	assert_false(yp_parse_long(" 2020", 1900, 2100, &v));
	assert_false(yp_parse_long("2020.5", 1900, 2100, &v));
	assert_false(yp_parse_long("99999999999999999999", 0, 10, &v));
}

/* The shortest text that reads back to the same double. */
static void
test_format_number(void **state)
{
	static const struct {
		double v;
		const char *text;
	} cases[] = {
		{ 1015986.2, "1015986.2" },
		{ 77754.1, "77754.1" },
		{ 0.1 + 0.2, "0.30000000000000004" },	/* 17 digits needed */
		{ 0.3, "0.3" },
		{ 1.0 / 3.0, "0.3333333333333333" },	/* 16 are enough */
		{ -0.0, "0" },				/* no signed zero */
		{ 0.0, "0" },
		{ 100, "100" },
		{ -2.5, "-2.5" },
		{ 17767, "17767" },
		{ 335775, "335775" },
		{ 1e-7, "1e-07" },
		{ 1e21, "1e+21" },
		{ 123456789012345678.0, "1.2345678901234568e+17" },
	};
	char buf[YP_NUM_BUFSZ];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		yp_format_number(cases[i].v, buf);
		if (strcmp(buf, cases[i].text) != 0)
			fail_msg("%.17g written as \"%s\", expected \"%s\"",
			    cases[i].v, buf, cases[i].text);
	}
}

/* Every double written reads back bit for bit, through yp_parse_number
 * (the record reader's parser): extremes and a deterministic sweep. */
static void
test_format_round_trip(void **state)
{
	double specials[] = { DBL_MAX, -DBL_MAX, DBL_MIN, 4.9406564584124654e-324,
	    1e15, 1e16, 1e17, 123456.789, 5e-5, 2.0 / 3.0, 1e100, 0.1 };
	char buf[YP_NUM_BUFSZ];
	unsigned long long x = 88172645463325252ULL;
	double v, back;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof specials / sizeof specials[0]; i++) {
		yp_format_number(specials[i], buf);
		assert_true(yp_parse_number(buf, &back));
		if (back != specials[i])
			fail_msg("%.17g -> \"%s\" -> %.17g", specials[i], buf, back);
	}
	for (i = 0; i < 100000; i++) {
		/* xorshift64: bit patterns of finite doubles, and figures with
		 * one decimal as tables hold them */
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		if (i % 2) {
			memcpy(&v, &x, sizeof v);
			if (!isfinite(v))
				continue;
		} else {
			v = (double)(x % 100000000) / 10.0;
		}
		yp_format_number(v, buf);
		assert_true(strlen(buf) < YP_NUM_BUFSZ);
		if (!yp_parse_number(buf, &back) || (back != v && v != 0))
			fail_msg("%.17g -> \"%s\" does not read back", v, buf);
		/* a figure with one decimal is written as the table wrote it,
		 * never as 17 digits: 1234567.8 stays "1234567.8" */
		if (i % 2 == 0)
			assert_true(strlen(buf) <= 9);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_cell_table),
		cmocka_unit_test(test_parse_cell_marks_buffer),
		cmocka_unit_test(test_parse_cell_negative_zero),
		cmocka_unit_test(test_cell_reason),
		cmocka_unit_test(test_parse_number_strict),
		cmocka_unit_test(test_parse_long),
		cmocka_unit_test(test_format_number),
		cmocka_unit_test(test_format_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
