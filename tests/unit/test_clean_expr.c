/* Specification of stages/clean/expr.c, rules.c (pattern lists and the
 * per-indicator settings), pool.c and quality.c, with hand-checked
 * numbers.  Uses the project's config/indicators.csv and units.csv. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cfg.h"
#include "clean/expr.h"
#include "clean/pool.h"
#include "clean/quality.h"
#include "clean/rules.h"

static struct yp_config *cfg;

static int
setup(void **state)
{
	(void)state;
	cfg = yp_config_load(yp_config_dir(NULL));
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	yp_config_free(cfg);
	return 0;
}

static size_t
var_of(const struct formula *f, const char *code, int lag)
{
	size_t i;

	for (i = 0; i < f->nvars; i++)
		if (strcmp(f->vars[i].code, code) == 0 && f->vars[i].lag == lag)
			return i;
	fail_msg("no variable %s[-%d]", code, lag);
	return 0;
}

/* Three sectors and GDP: 10 + 20 + 30.5 on the left, 60 on the right. */
static void
test_sum_identity(void **state)
{
	struct formula f;
	char err[256];
	double v[4], left, right;

	(void)state;
	assert_int_equal(formula_parse("gdp.primary + gdp.secondary + "
	    "gdp.tertiary = gdp", cfg, &f, err, sizeof err), 0);
	assert_int_equal(f.nvars, 4);
	assert_string_equal(f.lone, "gdp");
	v[var_of(&f, "gdp.primary", 0)] = 10;
	v[var_of(&f, "gdp.secondary", 0)] = 20;
	v[var_of(&f, "gdp.tertiary", 0)] = 30.5;
	v[var_of(&f, "gdp", 0)] = 60;
	assert_true(expr_eval(&f.left, v, &left));
	assert_true(expr_eval(&f.right, v, &right));
	assert_true(left == 60.5 && right == 60);
	formula_free(&f);
}

/* Precedence, brackets, unary minus and a lag: per-capita GDP on the mean
 * of two year-ends.  gdp = 100e8 元, population 50e4 and 49e4 人:
 * 100e8 / ((50e4 + 49e4) / 2) = 100e8 / 49.5e4 = 20202.0202... 元. */
static void
test_lag_and_precedence(void **state)
{
	struct formula f;
	char err[256];
	double v[4], left, right;

	(void)state;
	assert_int_equal(formula_parse("gdp.per_capita = gdp / ((pop.resident "
	    "+ pop.resident[-1]) / 2)", cfg, &f, err, sizeof err), 0);
	assert_int_equal(f.nvars, 4);	/* pop.resident this year and last */
	assert_string_equal(f.lone, "gdp.per_capita");
	v[var_of(&f, "gdp.per_capita", 0)] = 20000;
	v[var_of(&f, "gdp", 0)] = 100e8;
	v[var_of(&f, "pop.resident", 0)] = 50e4;
	v[var_of(&f, "pop.resident", 1)] = 49e4;
	assert_true(expr_eval(&f.left, v, &left) && left == 20000);
	assert_true(expr_eval(&f.right, v, &right));
	assert_true(fabs(right - 100e8 / 49.5e4) < 1e-9);
	formula_free(&f);

	/* 2 + 3 * 4 = 14, -(2 - 5) = 3, 1 - 2 - 3 = -4 (left to right). */
	assert_int_equal(formula_parse("2 + 3 * 4 = -(2 - 5) + 1 - 2 - 3", cfg,
	    &f, err, sizeof err), 0);
	assert_true(expr_eval(&f.left, NULL, &left) && left == 14);
	assert_true(expr_eval(&f.right, NULL, &right) && right == -1);
	assert_null(f.lone);
	formula_free(&f);
}

/* sum(pattern) adds every indicator whose code matches: the 36 census
 * groups pop.age5.[mf].* ; with each set to 1000 people the sum is
 * 36000. */
static void
test_sum_pattern(void **state)
{
	struct formula f;
	char err[256];
	double v[64], left;
	size_t i;

	(void)state;
	assert_int_equal(formula_parse("sum(pop.age5.*) = pop.resident", cfg, &f,
	    err, sizeof err), 0);
	assert_int_equal(f.nvars, 37);
	for (i = 0; i < f.nvars; i++)
		v[i] = 1000;
	assert_true(expr_eval(&f.left, v, &left));
	assert_true(left == 36000);
	formula_free(&f);
}

/* A division by zero is not a number to compare. */
static void
test_division_by_zero(void **state)
{
	struct formula f;
	char err[256];
	double v[3] = { 30, 15, 0 }, right;

	(void)state;
	assert_int_equal(formula_parse("dep.child = 100 * pop.age0_14 / "
	    "pop.age15_64", cfg, &f, err, sizeof err), 0);
	v[var_of(&f, "dep.child", 0)] = 30;
	v[var_of(&f, "pop.age0_14", 0)] = 15;
	v[var_of(&f, "pop.age15_64", 0)] = 0;
	assert_false(expr_eval(&f.right, v, &right));
	formula_free(&f);
}

/* What is wrong with a formula, in words. */
static void
test_errors(void **state)
{
	struct formula f;
	char err[256];

	(void)state;
	assert_int_equal(formula_parse("gdp.primary + gdp.nonsense = gdp", cfg,
	    &f, err, sizeof err), -1);
	assert_non_null(strstr(err, "\"gdp.nonsense\" is not an indicator code"));
	assert_int_equal(formula_parse("gdp.primary + gdp.secondary", cfg, &f,
	    err, sizeof err), -1);
	assert_non_null(strstr(err, "LEFT = RIGHT"));
	assert_int_equal(formula_parse("sum(nothing.*) = gdp", cfg, &f, err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "matches no indicator"));
	assert_int_equal(formula_parse("(gdp = gdp", cfg, &f, err, sizeof err),
	    -1);
	assert_non_null(strstr(err, "missing )"));
	assert_int_equal(formula_parse("gdp[+1] = gdp", cfg, &f, err, sizeof err),
	    -1);
	assert_non_null(strstr(err, "lag"));
	assert_int_equal(formula_parse("gdp = gdp gdp", cfg, &f, err, sizeof err),
	    -1);
	assert_non_null(strstr(err, "unexpected text"));
}

/* Pattern lists: codes, shell patterns, kind: and category:. */
static void
test_indicator_matches(void **state)
{
	const struct yp_indicator *gdp = yp_indicator_get(cfg, "gdp");
	const struct yp_indicator *urb = yp_indicator_get(cfg, "urbanization");
	const struct yp_indicator *idx = yp_indicator_get(cfg, "gdp.index");

	(void)state;
	assert_true(indicator_matches("gdp", "gdp", gdp));
	assert_false(indicator_matches("gdp.*", "gdp", gdp));
	assert_true(indicator_matches("gdp.*", "gdp.index", idx));
	assert_true(indicator_matches("pop.*|urbanization", "urbanization", urb));
	assert_true(indicator_matches("kind:amount", "gdp", gdp));
	assert_false(indicator_matches("kind:amount", "urbanization", urb));
	assert_true(indicator_matches("kind:index", "gdp.index", idx));
	assert_true(indicator_matches("category:population", "urbanization", urb));
	/* Not in indicators.csv: only code patterns can match. */
	assert_true(indicator_matches("x.*", "x.广播节目套数", NULL));
	assert_false(indicator_matches("kind:amount", "x.广播节目套数", NULL));
}

/* clean.csv: each matching row applies in order, filled cells override. */
static void
test_settings(void **state)
{
	char path[] = "/tmp/yp-clean-settings-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");
	struct settings s;
	struct series_settings out;

	(void)state;
	fputs("indicator,max_gap,method,revision_threshold,note\n"
	    "*,2,linear,1,\n"
	    "kind:amount,,steffen,,\n"
	    "pop.*,0,,,\n"
	    "gdp,,,2.5,\n", fp);
	fclose(fp);
	settings_load(&s, path);
	settings_for(&s, "urbanization", yp_indicator_get(cfg, "urbanization"),
	    &out);
	assert_int_equal(out.max_gap, 2);
	assert_int_equal(out.method, INTERP_LINEAR);
	assert_true(out.revision_threshold == 1);
	settings_for(&s, "gdp", yp_indicator_get(cfg, "gdp"), &out);
	assert_int_equal(out.max_gap, 2);
	assert_int_equal(out.method, INTERP_STEFFEN);
	assert_true(out.revision_threshold == 2.5);
	settings_for(&s, "pop.resident", yp_indicator_get(cfg, "pop.resident"),
	    &out);
	assert_int_equal(out.max_gap, 0);
	assert_int_equal(out.method, INTERP_STEFFEN);
	settings_free(&s);
	unlink(path);

	/* No clean.csv: the defaults. */
	settings_load(&s, "/nonexistent/clean.csv");
	settings_for(&s, "gdp", NULL, &out);
	assert_int_equal(out.max_gap, SETTINGS_DEFAULT_MAX_GAP);
	assert_int_equal(out.method, SETTINGS_DEFAULT_METHOD);
	settings_free(&s);
}

/* The pool: one id per string, ranks in byte order. */
static void
test_pool(void **state)
{
	struct pool p;
	uint32_t a, b, c, found;

	(void)state;
	pool_init(&p);
	a = pool_id(&p, "示例县");
	b = pool_id(&p, "东岭县");
	c = pool_id(&p, "gdp");
	assert_int_equal(pool_id(&p, "示例县"), a);
	assert_true(pool_find(&p, "东岭县", &found) && found == b);
	assert_false(pool_find(&p, "西川县", &found));
	pool_rank(&p);
	/* "gdp" (ASCII) < "东" (U+4E1C, E4 B8 9C) < "示" (U+793A, E7 A4 BA) */
	assert_true(p.rank[c] < p.rank[b] && p.rank[b] < p.rank[a]);
	assert_string_equal(pool_str(&p, a), "示例县");
	pool_free(&p);
}

/* The quality table: sorted by severity first, quoted where needed. */
static void
test_quality(void **state)
{
	struct quality q;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	(void)state;
	quality_init(&q);
	quality_add(&q, SEV_INFO, "revision", "示例县", "gdp", "2020", "a.csv:4",
	    "kept edition 2026 over 2024", "%s → %s", "1", "2");
	quality_add(&q, SEV_WARNING, "sectors-sum-gdp", "示例县", "gdp", "2008",
	    "a.csv:5; a.csv:6", "flagged; value kept", "left %d, right %d", 61,
	    60);
	quality_add(&q, SEV_ERROR, "nonnegative", "示例县", "gdp", "2001", "",
	    "stopped", "-1 亿元 outside [0, +∞]");
	quality_sort(&q);
	assert_int_equal(quality_write(&q, fp), 0);
	fclose(fp);
	assert_string_equal(buf,
	    "severity,rule,region,indicator,period,values,source,action\n"
	    "error,nonnegative,示例县,gdp,2001,\"-1 亿元 outside [0, +∞]\",,stopped\n"
	    "warning,sectors-sum-gdp,示例县,gdp,2008,\"left 61, right 60\","
	    "a.csv:5; a.csv:6,flagged; value kept\n"
	    "info,revision,示例县,gdp,2020,1 → 2,a.csv:4,kept edition 2026 over 2024\n");
	assert_int_equal(q.count[SEV_ERROR], 1);
	assert_int_equal(q.count[SEV_WARNING], 1);
	free(buf);
	quality_free(&q);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sum_identity),
		cmocka_unit_test(test_lag_and_precedence),
		cmocka_unit_test(test_sum_pattern),
		cmocka_unit_test(test_division_by_zero),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_indicator_matches),
		cmocka_unit_test(test_settings),
		cmocka_unit_test(test_pool),
		cmocka_unit_test(test_quality),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
