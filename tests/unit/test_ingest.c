/* Specification of stages/ingest/ingest.c's functions: name matching
 * with one warning per unknown name, --strict, and what ingest_file
 * writes for a table (priorities of options, sources.csv and the file's
 * own lines; editions; footnotes).  Whole-program behaviour is in the
 * stage cases, tests/stages/ingest/. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "capture.h"
#include "ingest/ingest.h"
#include "msg.h"

static struct yp_config *cfg;

static int
setup(void **state)
{
	const char *root = getenv("ROOT");
	char dir[1024];

	(void)state;
	snprintf(dir, sizeof dir, "%s/tests/data/ingest/cfg",
	    root && *root ? root : ".");
	cfg = yp_config_load(dir);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	yp_config_free(cfg);
	return 0;
}

/* One run of ingest over files, its records and messages kept. */
struct run {
	struct ingest in;
	struct yp_writer *w;
	FILE *fp;
	char *text;
	size_t len;
};

static void
run_start(struct run *r, const struct ingest_options *opt)
{
	static const struct ingest_options none;

	memset(r, 0, sizeof *r);
	r->fp = open_memstream(&r->text, &r->len);
	r->w = yp_writer_open(r->fp);
	ingest_init(&r->in, cfg, opt ? opt : &none, r->w);
}

/* The records written (after the header line); call once. */
static const char *
run_end(struct run *r)
{
	yp_writer_close(r->w);
	ingest_free(&r->in);
	fclose(r->fp);
	return r->text + strlen(YP_RECORD_HEADER "\n");
}

static void
test_indicator_code(void **state)
{
	struct run r;
	const char *a, *b, *err;

	(void)state;
	run_start(&r, NULL);
	capture_begin();
	assert_string_equal(ingest_indicator_code(&r.in, "国内生产总值", "f", 2),
	    "gdp");
	assert_string_equal(ingest_indicator_code(&r.in, "ＧＤＰ", "f", 2), "gdp");
	a = ingest_indicator_code(&r.in, "广播节目 套数", "f", 3);
	b = ingest_indicator_code(&r.in, "广播节目 套数", "g", 9);
	assert_string_equal(a, "x.广播节目套数");	/* spaces removed */
	assert_ptr_equal(a, b);				/* interned */
	assert_string_equal(ingest_indicator_code(&r.in, "甲，乙", "f", 4),
	    "x.甲乙");					/* and commas */
	err = capture_end();
	/* one warning per name, at its first line */
	assert_string_equal(err, "yp: f:3: warning: unknown indicator \"广播节目 "
	    "套数\", kept as \"x.广播节目套数\"; add it (or an alias) to "
	    "config/indicators.csv\n"
	    "yp: f:4: warning: unknown indicator \"甲，乙\", kept as \"x.甲乙\"; "
	    "add it (or an alias) to config/indicators.csv\n");
	run_end(&r);
	free(r.text);
}

static void
test_region_name(void **state)
{
	struct run r;
	const char *err;

	(void)state;
	run_start(&r, NULL);
	capture_begin();
	assert_string_equal(ingest_region_name(&r.in, "郑  州  市", "f", 2),
	    "郑州市");
	assert_string_equal(ingest_region_name(&r.in, "新疆省", "f", 2),
	    "新疆维吾尔自治区");
	assert_string_equal(ingest_region_name(&r.in, "示 例 县", "f", 5),
	    "示例县");
	assert_string_equal(ingest_region_name(&r.in, "示 例 县", "f", 6),
	    "示例县");
	err = capture_end();
	assert_int_equal(count_lines(err), 1);
	assert_non_null(strstr(err, "f:5: warning: unknown region \"示 例 县\", "
	    "kept as \"示例县\"; add it (or an alias) to config/regions.csv"));
	run_end(&r);
	free(r.text);
}

/* --strict: NULL and an error for every unknown name, not just once. */
static void
test_strict(void **state)
{
	struct ingest_options opt = { .strict = 1 };
	struct run r;
	const char *err;

	(void)state;
	run_start(&r, &opt);
	capture_begin();
	assert_null(ingest_indicator_code(&r.in, "广播节目套数", "f", 3));
	assert_null(ingest_indicator_code(&r.in, "广播节目套数", "f", 4));
	assert_null(ingest_region_name(&r.in, "示例县", "f", 5));
	assert_string_equal(ingest_indicator_code(&r.in, "第三产业", "f", 6),
	    "gdp.tertiary");
	err = capture_end();
	assert_string_equal(err,
	    "yp: f:3: unknown indicator \"广播节目套数\"; add it (or an alias) to "
	    "config/indicators.csv\n"
	    "yp: f:4: unknown indicator \"广播节目套数\"; add it (or an alias) to "
	    "config/indicators.csv\n"
	    "yp: f:5: unknown region \"示例县\"; add it (or an alias) to "
	    "config/regions.csv\n");
	run_end(&r);
	free(r.text);
}

/* ingest_file on text written to a scratch file named name. */
static const char *
ingest_text(struct run *r, const char *name, const char *text, int *status)
{
	const char *path = scratch_text(name, text);

	*status = ingest_file(&r->in, path);
	return path;
}

/* ingest_file on name, written in the current folder (the scratch one),
 * so that its records' sources read as the user would give them. */
static int
ingest_here(struct run *r, const char *name, const char *text)
{
	FILE *fp = fopen(name, "w");

	fputs(text, fp);
	fclose(fp);
	return ingest_file(&r->in, name);
}

/* What a file says, sources.csv, and the options: options win, then
 * sources.csv, then the file. */
static void
test_priorities(void **state)
{
	static const char *const table = "数据库：分省年度数据\n"
	    "指标：年末常住人口(万人)\n地区,2024年,2023年\n北京市,2183.2,2185.8\n";
	struct ingest_options opt = { .indicator = "第三产业", .unit = "亿元",
	    .edition = 2026 };
	char cwd[1024];
	struct run r;

	(void)state;
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(scratch_path("")), 0);

	/* the file alone: its 指标 line and latest year */
	run_start(&r, NULL);
	assert_int_equal(ingest_here(&r, "own.csv", table), 0);
	assert_string_equal(run_end(&r),
	    "北京市,pop.resident,value,2024,2183.2,万人,A,own.csv:4@2024,\n"
	    "北京市,pop.resident,value,2023,2185.8,万人,A,own.csv:4@2024,\n");
	free(r.text);

	/* sources.csv (the test config's row for 分省年度数据_6.csv: gdp,
	 * 亿元, edition 2025) wins over the 指标 line */
	run_start(&r, NULL);
	assert_int_equal(ingest_here(&r, "分省年度数据_6.csv", table), 0);
	assert_string_equal(run_end(&r),
	    "北京市,gdp,value,2024,2183.2,亿元,A,分省年度数据_6.csv:4@2025,\n"
	    "北京市,gdp,value,2023,2185.8,亿元,A,分省年度数据_6.csv:4@2025,\n");
	free(r.text);

	/* options win over both */
	run_start(&r, &opt);
	assert_int_equal(ingest_here(&r, "分省年度数据_6.csv", table), 0);
	assert_string_equal(run_end(&r),
	    "北京市,gdp.tertiary,value,2024,2183.2,亿元,A,分省年度数据_6.csv:4@2026,\n"
	    "北京市,gdp.tertiary,value,2023,2185.8,亿元,A,分省年度数据_6.csv:4@2026,\n");
	free(r.text);

	/* a region from sources.csv (郑州*.csv: 郑州, edition 2024) for a
	 * table of indicators */
	run_start(&r, NULL);
	assert_int_equal(ingest_here(&r, "郑州统计年鉴.csv",
	    "指标,2023年\n地区生产总值(亿元),13617.8\n"), 0);
	assert_string_equal(run_end(&r),
	    "郑州市,gdp,value,2023,13617.8,亿元,A,郑州统计年鉴.csv:2@2024,\n");
	free(r.text);
	assert_int_equal(chdir(cwd), 0);
}

/* Warnings are once per name over the whole run, not per file. */
static void
test_warned_once_across_files(void **state)
{
	struct ingest_options opt = { .region = "全国" };
	struct run r;
	const char *err;
	int st;

	(void)state;
	run_start(&r, &opt);
	capture_begin();
	ingest_text(&r, "a.csv", "指标,2020年\n示例指标(个),1\n", &st);
	ingest_text(&r, "b.csv", "指标,2021年\n示例指标(个),2\n", &st);
	err = capture_end();
	assert_int_equal(count_lines(err), 1);
	assert_non_null(strstr(err, "a.csv:2: warning: unknown indicator"));
	assert_int_equal(r.in.records, 2);
	run_end(&r);
	free(r.text);
}

/* Footnotes: the span of the table's years, its region and indicator
 * when it has one, else "*"; in every layout. */
static void
test_footnotes(void **state)
{
	struct ingest_options opt = { .region = "北京市" };
	struct run r;
	const char *path, *out;
	char want[2048];
	int st;

	(void)state;
	run_start(&r, &opt);
	path = ingest_text(&r, "years.csv", "年份,地区生产总值(亿元)\n2019,1\n"
	    "2021,2\n2020,3\n注：2021年为初步数，\n", &st);
	assert_int_equal(st, 0);
	out = run_end(&r);
	snprintf(want, sizeof want, "北京市,*,footnote,2019-2021,,,M,%s:5,"
	    "注：2021年为初步数，\n", path);
	assert_non_null(strstr(out, want));
	free(r.text);

	run_start(&r, NULL);
	path = ingest_text(&r, "one.csv", "指标：地区生产总值(亿元)\n地区,2024年\n"
	    "北京市,1\n注：　说明\n", &st);
	out = run_end(&r);
	/* spaces tidied (the ideographic one too), punctuation kept */
	snprintf(want, sizeof want, "*,gdp,footnote,2024,,,M,%s:4@2024,"
	    "注： 说明\n", path);
	assert_non_null(strstr(out, want));
	free(r.text);
}

/* A bad file leaves the run's state usable for the next one. */
static void
test_errors_and_records(void **state)
{
	struct ingest_options opt = { .region = "全国" };
	struct run r;
	const char *err, *out;
	int st;

	(void)state;
	run_start(&r, &opt);
	capture_begin();
	ingest_text(&r, "bad.csv", "指标,2020年\n国内生产总值(亿元),1,2\n", &st);
	assert_int_equal(st, YP_EXIT_DATA);
	ingest_text(&r, "empty.csv", "", &st);
	assert_int_equal(st, YP_EXIT_DATA);
	ingest_text(&r, "good.csv", "指标,2020年\n国内生产总值(亿元),1015986.2\n",
	    &st);
	assert_int_equal(st, 0);
	err = capture_end();
	assert_int_equal(count_lines(err), 2);
	out = run_end(&r);
	assert_non_null(strstr(out, "全国,gdp,value,2020,1015986.2,亿元,A,"));
	assert_int_equal(r.in.records, 1);
	free(r.text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_indicator_code),
		cmocka_unit_test(test_region_name),
		cmocka_unit_test(test_strict),
		cmocka_unit_test(test_priorities),
		cmocka_unit_test(test_warned_once_across_files),
		cmocka_unit_test(test_footnotes),
		cmocka_unit_test(test_errors_and_records),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
