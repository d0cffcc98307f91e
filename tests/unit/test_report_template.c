/* Specification of stages/report/template.c: the report template's front
 * matter, its text cut into literal pieces and {{placeholders}}, and how a
 * placeholder is taken apart. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"
#include "msg.h"
#include "report/template.h"

static void
test_front_matter_and_segments(void **state)
{
	struct rp_template t;
	const char *text =
	    "---\n"				/* 1 */
	    "title: 示例县形势研判报告\n"	/* 2 */
	    "region:  示例县 \n"		/* 3: value trimmed */
	    "# a comment\n"			/* 4 */
	    "note: \"  spaced  \"\n"		/* 5: quotes keep spaces */
	    "---\n"				/* 6 */
	    "# {{title}}\n"			/* 7 */
	    "\n"				/* 8 */
	    "GDP {{value gdp 2025}}，{{growth gdp 2025}}。\n"	/* 9 */
	    "literal \\{{not a placeholder}}\n"	/* 10 */
	    "{{table targets 2021-2025 binding}}\n";	/* 11 */

	(void)state;
	assert_int_equal(rp_template_parse(&t, "t.md", text), 0);
	assert_string_equal(rp_template_meta(&t, "title"), "示例县形势研判报告");
	assert_string_equal(rp_template_meta(&t, "region"), "示例县");
	assert_string_equal(rp_template_meta(&t, "note"), "  spaced  ");
	assert_null(rp_template_meta(&t, "# a comment"));
	assert_null(rp_template_meta(&t, "year"));
	assert_int_equal(t.meta[1].line, 3);
	/* "# ", title, "\n\nGDP ", value, "，", growth, "。\nliteral {{not
	 * a placeholder}}\n", table, "\n" */
	assert_int_equal(t.nseg, 9);
	assert_false(t.seg[0].placeholder);
	assert_string_equal(t.seg[0].text, "# ");
	assert_int_equal(t.seg[0].line, 7);
	assert_true(t.seg[1].placeholder);
	assert_string_equal(t.seg[1].text, "title");
	assert_int_equal(t.seg[1].line, 7);
	assert_string_equal(t.seg[3].text, "value gdp 2025");
	assert_int_equal(t.seg[3].line, 9);
	assert_string_equal(t.seg[5].text, "growth gdp 2025");
	assert_int_equal(t.seg[5].line, 9);
	/* the escaped braces are literal text */
	assert_string_equal(t.seg[6].text,
	    "。\nliteral {{not a placeholder}}\n");
	assert_int_equal(t.seg[6].line, 9);
	assert_string_equal(t.seg[7].text, "table targets 2021-2025 binding");
	assert_int_equal(t.seg[7].line, 11);
	rp_template_free(&t);
}

static void
test_no_front_matter(void **state)
{
	struct rp_template t;

	(void)state;
	assert_int_equal(rp_template_parse(&t, "t.md", "{{region}}的报告\n"), 0);
	assert_int_equal(t.nmeta, 0);
	assert_int_equal(t.nseg, 2);
	assert_string_equal(t.seg[0].text, "region");
	assert_int_equal(t.seg[0].line, 1);
	rp_template_free(&t);
}

static void
test_template_errors(void **state)
{
	struct rp_template t;
	const char *err;

	(void)state;
	capture_begin();
	assert_int_equal(rp_template_parse(&t, "t.md",
	    "a\nb {{value gdp\n2025}}\n"), -1);
	err = capture_end();
	assert_non_null(strstr(err, "t.md:2: \"{{\" without \"}}\" on the same line"));
	assert_int_equal(count_lines(err), 1);
	rp_template_free(&t);

	capture_begin();
	assert_int_equal(rp_template_parse(&t, "t.md", "---\ntitle: x\n"), -1);
	err = capture_end();
	assert_non_null(strstr(err, "t.md:1: front matter not closed"));
	rp_template_free(&t);

	capture_begin();
	assert_int_equal(rp_template_parse(&t, "t.md", "---\ntitle x\n---\n"), -1);
	err = capture_end();
	assert_non_null(strstr(err, "t.md:2: front matter line without"));
	rp_template_free(&t);
}

static void
test_placeholder_words(void **state)
{
	struct rp_placeholder p;
	char *err;

	(void)state;
	assert_int_equal(rp_placeholder_parse(
	    " value gdp.tertiary share 2025 region=东岭县 | 万元 0 nounit ", 12,
	    &p, &err), 0);
	assert_null(err);
	assert_int_equal(p.line, 12);
	assert_string_equal(p.kind, "value");
	assert_int_equal(p.nargs, 3);
	assert_string_equal(p.args[0], "gdp.tertiary");
	assert_string_equal(p.args[1], "share");
	assert_string_equal(p.args[2], "2025");
	assert_int_equal(p.nopts, 1);
	assert_string_equal(rp_placeholder_opt(&p, "region"), "东岭县");
	assert_null(rp_placeholder_opt(&p, "of"));
	assert_int_equal(p.nformat, 3);
	assert_string_equal(p.format[0], "万元");
	assert_true(rp_placeholder_flag(&p, "nounit"));
	assert_false(rp_placeholder_flag(&p, "abs"));
	rp_placeholder_free(&p);

	/* the ideographic space of Chinese input methods separates words,
	 * quotes keep spaces, and a unit like 上年=100 after | is a word */
	assert_int_equal(rp_placeholder_parse("table\xe3\x80\x80peers "
	    "title=\"与 对标县 比较\" | 上年=100", 1, &p, &err), 0);
	assert_string_equal(p.kind, "table");
	assert_int_equal(p.nargs, 1);
	assert_string_equal(p.args[0], "peers");
	assert_string_equal(rp_placeholder_opt(&p, "title"), "与 对标县 比较");
	assert_int_equal(p.nformat, 1);
	assert_string_equal(p.format[0], "上年=100");
	rp_placeholder_free(&p);
}

static void
test_placeholder_errors(void **state)
{
	struct rp_placeholder p;
	char *err;

	(void)state;
	assert_int_equal(rp_placeholder_parse("  ", 3, &p, &err), -1);
	assert_string_equal(err, "empty placeholder {{}}");
	free(err);
	assert_int_equal(rp_placeholder_parse("value gdp | 1 | 2", 3, &p, &err), -1);
	assert_string_equal(err, "more than one \"|\"");
	free(err);
	assert_int_equal(rp_placeholder_parse("meta \"title", 3, &p, &err), -1);
	assert_string_equal(err, "a quote \" is not closed");
	free(err);
}

static void
test_is_period(void **state)
{
	(void)state;
	assert_true(rp_is_period("2025"));
	assert_true(rp_is_period("2021-2025"));
	assert_false(rp_is_period("2025-2021"));
	assert_false(rp_is_period("gdp"));
	assert_false(rp_is_period("$year"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_front_matter_and_segments),
		cmocka_unit_test(test_no_front_matter),
		cmocka_unit_test(test_template_errors),
		cmocka_unit_test(test_placeholder_words),
		cmocka_unit_test(test_placeholder_errors),
		cmocka_unit_test(test_is_period),
	};

	yp_set_program("yp-report");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
