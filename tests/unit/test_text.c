/* Specification of common/text.c: UTF-8, folding, matching keys, labels
 * with units, and year column labels. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

static void
test_utf8_decode(void **state)
{
	unsigned cp = 0;

	(void)state;
	assert_int_equal(yp_utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(yp_utf8_decode("\xc2\xa0", 2, &cp), 2);	/* U+00A0 */
	assert_int_equal(cp, 0xA0);
	assert_int_equal(yp_utf8_decode("中", 3, &cp), 3);
	assert_int_equal(cp, 0x4E2D);
	assert_int_equal(yp_utf8_decode("\xf0\xa0\x80\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x20000);				/* 𠀀 */
	/* cut off: valid so far, more bytes needed */
	assert_int_equal(yp_utf8_decode("\xe4\xb8", 2, &cp), -1);
	assert_int_equal(yp_utf8_decode("", 0, &cp), -1);
	/* not UTF-8 */
	assert_int_equal(yp_utf8_decode("\x80", 1, &cp), 0);	/* lone trail */
	assert_int_equal(yp_utf8_decode("\xc0\x80", 2, &cp), 0);	/* overlong NUL */
	assert_int_equal(yp_utf8_decode("\xc1\xbf", 2, &cp), 0);
	assert_int_equal(yp_utf8_decode("\xe0\x80\x80", 3, &cp), 0);	/* overlong */
	assert_int_equal(yp_utf8_decode("\xed\xa0\x80", 3, &cp), 0);	/* surrogate */
	assert_int_equal(yp_utf8_decode("\xf4\x90\x80\x80", 4, &cp), 0); /* > U+10FFFF */
	assert_int_equal(yp_utf8_decode("\xf5\x80\x80\x80", 4, &cp), 0);
	assert_int_equal(yp_utf8_decode("\xe4\x41\x80", 3, &cp), 0);	/* bad trail */
	/* GB18030 bytes of 北京 (B1 B1 BE A9) are not UTF-8 */
	assert_int_equal(yp_utf8_decode("\xb1\xb1\xbe\xa9", 4, &cp), 0);
}

static void
test_utf8_valid(void **state)
{
	const char *s = "地区,2020年\n";
	size_t tail = 99;

	(void)state;
	assert_true(yp_utf8_valid(s, strlen(s), &tail));
	assert_int_equal(tail, 0);
	/* a character cut at the end of a chunk is fine: its length is
	 * reported so that the caller keeps it for the next chunk */
	assert_true(yp_utf8_valid(s, 2, &tail));	/* 2 of 地's 3 bytes */
	assert_int_equal(tail, 2);
	assert_true(yp_utf8_valid("ab\xf0\xa0\x80", 5, &tail));
	assert_int_equal(tail, 3);
	/* a bad byte: its offset */
	assert_false(yp_utf8_valid("abc\xff" "def", 7, &tail));
	assert_int_equal(tail, 3);
	assert_false(yp_utf8_valid("\xb1\xb1\xbe\xa9,1", 6, &tail));
	assert_int_equal(tail, 0);
	/* a cut character followed by more bytes is bad, not a tail */
	assert_false(yp_utf8_valid("\xe4\xb8" "a", 3, &tail));
	assert_int_equal(tail, 0);
	assert_true(yp_utf8_valid("", 0, &tail));
	assert_int_equal(tail, 0);
}

/* yp_fold and yp_key against expected strings. */
static void
check_fold(const char *in, const char *fold, const char *key)
{
	char *f = yp_fold(in), *k = yp_key(in);

	if (strcmp(f, fold) != 0 || strcmp(k, key) != 0)
		fail_msg("\"%s\": fold \"%s\" key \"%s\"; expected \"%s\" \"%s\"",
		    in, f, k, fold, key);
	free(f);
	free(k);
}

static void
test_fold_and_key(void **state)
{
	(void)state;
	/* padded yearbook region names meet their canonical form */
	check_fold("郑  州  市", "郑 州 市", "郑州市");
	check_fold("  郑州市  ", "郑州市", "郑州市");
	check_fold("郑\xe3\x80\x80州\xe3\x80\x80市", "郑 州 市", "郑州市");	/* U+3000 */
	check_fold("北\xc2\xa0京", "北 京", "北京");			/* no-break space */
	check_fold("北\t京\r\n", "北 京", "北京");
	/* full-width letters, digits and brackets fold to ASCII; the key
	 * lower-cases ASCII only */
	check_fold("ＧＤＰ", "GDP", "gdp");
	check_fold("地区生产总值（亿元）", "地区生产总值(亿元)", "地区生产总值(亿元)");
	check_fold("２０２０年", "2020年", "2020年");
	check_fold("指标：地区生产总值", "指标:地区生产总值", "指标:地区生产总值");
	check_fold("Gross Regional Product", "Gross Regional Product",
	    "grossregionalproduct");
	/* a byte-order mark anywhere disappears */
	check_fold("\xef\xbb\xbf指标", "指标", "指标");
	check_fold("数据库：分省年度数据 ", "数据库:分省年度数据", "数据库:分省年度数据");
	check_fold("", "", "");
	check_fold("   ", "", "");
	/* characters outside the full-width ASCII block are kept */
	check_fold("…", "…", "…");
	check_fold("—", "—", "—");
	check_fold("①", "①", "①");
	/* bytes that are not UTF-8 are kept as they are, not dropped */
	check_fold("a\xff" "b", "a\xff" "b", "a\xff" "b");
}

/* yp_trim tidies spaces only: a footnote is quoted as the bureau wrote
 * it, full-width colon, comma and brackets included. */
static void
test_trim(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80" "2.总人口和按性别分人口中包括现役军人，"
		    "按城乡分人口中现役军人计入城镇人口。",
		    "2.总人口和按性别分人口中包括现役军人，按城乡分人口中现役军人计入城镇人口。" },
		{ "注：1. 地方财政支出均为本级支出 ", "注：1. 地方财政支出均为本级支出" },
		{ "数据来源：国家统计局（ＮＢＳ）", "数据来源：国家统计局（ＮＢＳ）" },
		{ "\xef\xbb\xbf a \t b ", "a b" },
		{ "", "" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *t = yp_trim(cases[i].in);

		if (strcmp(t, cases[i].out) != 0)
			fail_msg("\"%s\" trimmed to \"%s\", expected \"%s\"",
			    cases[i].in, t, cases[i].out);
		free(t);
	}
}

/* yp_split_label against expected name and unit (NULL: none). */
static void
check_split(const char *label, const char *name, const char *unit)
{
	char *n = NULL, *u = NULL;
	int got = yp_split_label(label, &n, &u);

	if (got != (unit != NULL) || strcmp(n, name) != 0 ||
	    (unit && (!u || strcmp(u, unit) != 0)) || (!unit && u))
		fail_msg("\"%s\": %d name \"%s\" unit \"%s\"; expected \"%s\" "
		    "\"%s\"", label, got, n, u ? u : "(none)", name,
		    unit ? unit : "(none)");
	free(n);
	free(u);
}

static void
test_split_label(void **state)
{
	(void)state;
	/* the unit is the LAST bracketed group at the end */
	check_split("人口数(人口抽样调查)(人)", "人口数(人口抽样调查)", "人");
	check_split("地区生产总值(亿元)", "地区生产总值", "亿元");
	check_split("国内生产总值（亿元）", "国内生产总值", "亿元");	/* full width */
	check_split("年末总人口（万人)", "年末总人口", "万人");		/* mixed */
	/* the newer export: a space before the bracket, one after */
	check_split("地方财政一般公共预算支出 (亿元) ", "地方财政一般公共预算支出",
	    "亿元");
	check_split("总抚养比(%)", "总抚养比", "%");
	check_split("出生率(‰)", "出生率", "‰");
	check_split("人均地区生产总值(元)", "人均地区生产总值", "元");
	check_split("Gross Regional Product(100 million yuan)",
	    "Gross Regional Product", "100 million yuan");
	check_split("GDP ( 亿元 )", "GDP", "亿元");
	check_split("城市(1)(个)", "城市(1)", "个");
	check_split("收入(城镇(居民))(元)", "收入(城镇(居民))", "元");
	check_split("指标（(亿元)）", "指标", "(亿元)");	/* nested group */
	/* no unit */
	check_split("城镇化率", "城镇化率", NULL);
	check_split("（一）农业", "(一)农业", NULL);	/* brackets not at the end */
	check_split("地区生产总值()", "地区生产总值", NULL);	/* empty brackets */
	check_split("a)b)", "a)b)", NULL);		/* unbalanced */
	check_split("", "", NULL);
	check_split("  城镇化率  ", "城镇化率", NULL);
}

static void
test_year_label(void **state)
{
	static const struct {
		const char *label;
		int year;
	} cases[] = {
		{ "2020年", 2020 }, { "2020", 2020 }, { " 2020年末 ", 2020 },
		{ "2020年底", 2020 }, { "2020年度", 2020 }, { "２０２０年", 2020 },
		{ "2020年\t", 2020 }, { "1900", 1900 }, { "2100年", 2100 },
		{ "1899", 0 }, { "2101", 0 }, { "20201", 0 }, { "202", 0 },
		{ "2020年1月", 0 }, { "2020-2021", 0 }, { "2020.0", 0 },
		{ "", 0 }, { "年份", 0 }, { "指标", 0 }, { "地区", 0 },
		{ "2020年 ", 2020 }, { "y2020", 0 }, { "2020年末数", 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (yp_year_label(cases[i].label) != cases[i].year)
			fail_msg("\"%s\": %d, expected %d", cases[i].label,
			    yp_year_label(cases[i].label), cases[i].year);
}

static void
test_starts_with(void **state)
{
	(void)state;
	assert_true(yp_starts_with("数据来源：国家统计局", "数据来源"));
	assert_true(yp_starts_with("abc", ""));
	assert_false(yp_starts_with("注", "注："));
	assert_false(yp_starts_with("", "a"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_decode),
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_fold_and_key),
		cmocka_unit_test(test_trim),
		cmocka_unit_test(test_split_label),
		cmocka_unit_test(test_year_label),
		cmocka_unit_test(test_starts_with),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
