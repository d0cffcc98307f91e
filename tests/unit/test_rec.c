/* Specification of common/rec.c: the record stream of docs/FORMAT.md,
 * read with field-by-field checks and written with RFC 4180 quoting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"
#include "csvin.h"
#include "rec.h"

#define HEADER YP_RECORD_HEADER "\n"

static void
test_status_and_period(void **state)
{
	const char *p;
	int from, to;

	(void)state;
	for (p = "APEIFBM"; *p; p++)
		assert_true(yp_status_valid(*p));
	assert_false(yp_status_valid('X'));
	assert_false(yp_status_valid('a'));
	assert_false(yp_status_valid(0));

	assert_true(yp_period_parse("2024", &from, &to));
	assert_int_equal(from, 2024);
	assert_int_equal(to, 2024);
	assert_true(yp_period_parse("2021-2025", &from, &to));
	assert_int_equal(from, 2021);
	assert_int_equal(to, 2025);
	assert_true(yp_period_parse("2021-2021", &from, &to));
	assert_false(yp_period_parse("2025-2021", &from, &to));	/* first > last */
	assert_false(yp_period_parse("2021-25", &from, &to));
	assert_false(yp_period_parse("2021/2025", &from, &to));
	assert_false(yp_period_parse("2021-20255", &from, &to));
	assert_false(yp_period_parse("202", &from, &to));
	assert_false(yp_period_parse("20245", &from, &to));
	assert_false(yp_period_parse("2024年", &from, &to));
	assert_false(yp_period_parse("2024 ", &from, &to));
	assert_false(yp_period_parse("", &from, &to));
}

static void
test_source_parse(void **state)
{
	char file[64];
	unsigned long line;
	int edition;

	(void)state;
	assert_true(yp_source_parse("data/raw/gdp.csv:7@2024", file, sizeof file,
	    &line, &edition));
	assert_string_equal(file, "data/raw/gdp.csv");
	assert_int_equal(line, 7);
	assert_int_equal(edition, 2024);
	assert_true(yp_source_parse("国内生产总值.csv:3", file, sizeof file, &line,
	    &edition));
	assert_string_equal(file, "国内生产总值.csv");
	assert_int_equal(line, 3);
	assert_int_equal(edition, 0);
	/* names with spaces, brackets and colons of their own */
	assert_true(yp_source_parse("分省年度数据 (1).csv:5@2025", file,
	    sizeof file, &line, &edition));
	assert_string_equal(file, "分省年度数据 (1).csv");
	assert_int_equal(line, 5);
	assert_int_equal(edition, 2025);
	assert_true(yp_source_parse("C:/raw/a.csv:12", file, sizeof file, &line,
	    &edition));
	assert_string_equal(file, "C:/raw/a.csv");
	assert_int_equal(line, 12);
	/* derived records name a method: not FILE:LINE */
	assert_false(yp_source_parse("interp.steffen(2019,2021)", file,
	    sizeof file, &line, &edition));
	assert_false(yp_source_parse("cagr(2020,2025)", file, sizeof file, &line,
	    &edition));
	assert_false(yp_source_parse("a.csv", file, sizeof file, &line, &edition));
	assert_false(yp_source_parse("a.csv:", file, sizeof file, &line, &edition));
	assert_false(yp_source_parse("a.csv:7@20x4", file, sizeof file, &line,
	    &edition));
	/* a file name longer than the buffer is cut, not overrun */
	assert_true(yp_source_parse("data/raw/gdp.csv:7", file, 8, &line,
	    &edition));
	assert_string_equal(file, "data/ra");
	assert_int_equal(line, 7);
}

/* Read every record of text as a file; return how many were read before
 * the end (got 0) or an error (got -1), with the message in *err. */
static int
read_text(const char *text, int *got, const char **err, char *path_out)
{
	const char *path = scratch_text("r.csv", text);
	struct yp_reader *r;
	struct yp_rec rec;
	int n = 0;

	strcpy(path_out, path);
	capture_begin();
	r = yp_reader_open(path);
	*got = -2;
	if (r) {
		while ((*got = yp_read(r, &rec)) > 0)
			n++;
		yp_reader_close(r);
	}
	*err = capture_end();
	return n;
}

/* A stream whose line `line` breaks the format: the records before it are
 * read, then one message "yp: FILE:LINE: <what>...", and -1. */
static void
expect_bad(const char *text, int good, unsigned long line, const char *what)
{
	char path[256], want[512];
	const char *err;
	int got, n = read_text(text, &got, &err, path);

	snprintf(want, sizeof want, "yp: %s:%lu: %s", path, line, what);
	if (n != good || got != -1 || strncmp(err, want, strlen(want)) != 0 ||
	    count_lines(err) != 1)
		fail_msg("read %d records (got %d), message \"%s\"; expected %d "
		    "and \"%s...\"", n, got, err, good, want);
}

static void
test_reader_errors(void **state)
{
	const char *ok = "示例县,gdp,value,2024,1,亿元,A,a.csv:2,\n";
	char text[1024];

	(void)state;
	/* a row of 8 or 10 fields */
	snprintf(text, sizeof text, HEADER "%s示例县,gdp,value,2024,1,亿元,A,a.csv:3\n",
	    ok);
	expect_bad(text, 1, 3, "expected 9 fields, got 8");
	snprintf(text, sizeof text, HEADER "%s%s示例县,gdp,value,2024,1,亿元,A,"
	    "a.csv:3,,extra\n", ok, ok);
	expect_bad(text, 2, 4, "expected 9 fields, got 10");
	/* status */
	expect_bad(HEADER "示例县,gdp,value,2024,1,亿元,X,a.csv:2,\n", 0, 2,
	    "status \"X\" is not one of A P E I F B M");
	expect_bad(HEADER "示例县,gdp,value,2024,1,亿元,AA,a.csv:2,\n", 0, 2,
	    "status \"AA\"");
	expect_bad(HEADER "示例县,gdp,value,2024,1,亿元,,a.csv:2,\n", 0, 2,
	    "status \"\"");
	/* value and status M go together */
	expect_bad(HEADER "示例县,gdp,value,2024,,亿元,A,a.csv:2,\n", 0, 2,
	    "empty value with status A; a missing value has status M");
	expect_bad(HEADER "示例县,gdp,value,2024,0,亿元,M,a.csv:2,blank\n", 0, 2,
	    "status M with value \"0\"; a missing value is left empty");
	expect_bad(HEADER "示例县,gdp,value,2024,\"1,234\",亿元,A,a.csv:2,\n", 0, 2,
	    "value \"1,234\" is not a number");
	expect_bad(HEADER "示例县,gdp,value,2024,12%,%,A,a.csv:2,\n", 0, 2,
	    "value \"12%\" is not a number");
	expect_bad(HEADER "示例县,gdp,value,2024,inf,亿元,A,a.csv:2,\n", 0, 2,
	    "value \"inf\" is not a number");
	/* period */
	expect_bad(HEADER "示例县,gdp,value,20x4,1,亿元,A,a.csv:2,\n", 0, 2,
	    "period \"20x4\" is neither a year (2024) nor a span (2021-2025)");
	expect_bad(HEADER "示例县,gdp,value,2025-2021,1,亿元,A,a.csv:2,\n", 0, 2,
	    "period \"2025-2021\"");
	expect_bad(HEADER "示例县,gdp,value,2024年,1,亿元,A,a.csv:2,\n", 0, 2,
	    "period \"2024年\"");
	/* indicator and measure are never empty */
	expect_bad(HEADER "示例县,,value,2024,1,亿元,A,a.csv:2,\n", 0, 2,
	    "empty indicator");
	expect_bad(HEADER "示例县,gdp,,2024,1,亿元,A,a.csv:2,\n", 0, 2,
	    "empty measure");
	/* a quoted line break before the bad row: its physical line */
	expect_bad(HEADER "示例县,gdp,value,2024,1,亿元,A,a.csv:2,\"two\nlines\"\n"
	    "示例县,gdp,value,2024,1,亿元,Z,a.csv:2,\n", 1, 4, "status \"Z\"");
}

static void
test_reader_header(void **state)
{
	char path[256], want[512];
	const char *err;
	int got;

	(void)state;
	/* one column short */
	read_text("region,indicator,measure,period,value,unit,status,source\n",
	    &got, &err, path);
	assert_int_equal(got, -2);
	snprintf(want, sizeof want, "yp: %s:1: not a record stream: the header "
	    "must be \"" YP_RECORD_HEADER "\"", path);
	assert_true(strncmp(err, want, strlen(want)) == 0);
	assert_int_equal(count_lines(err), 1);
	/* a raw table */
	read_text("指标,2020年\n国内生产总值(亿元),1015986.2\n", &got, &err, path);
	assert_int_equal(got, -2);
	assert_true(strncmp(err, want, strlen(want)) == 0);
	/* columns in another order */
	read_text("indicator,region,measure,period,value,unit,status,source,note\n",
	    &got, &err, path);
	assert_int_equal(got, -2);
	assert_true(strncmp(err, want, strlen(want)) == 0);
	/* nothing at all: the stage before failed */
	read_text("", &got, &err, path);
	assert_int_equal(got, -2);
	snprintf(want, sizeof want, "yp: %s:1: empty record stream", path);
	assert_true(strncmp(err, want, strlen(want)) == 0);
	/* the header alone is an empty, valid stream */
	assert_int_equal(read_text(HEADER, &got, &err, path), 0);
	assert_int_equal(got, 0);
	assert_string_equal(err, "");
}

/* What a valid stream gives: fields, value, line numbers. */
static void
test_reader_fields(void **state)
{
	const char *path = scratch_text("ok.csv", "\xef\xbb\xbf" HEADER
	    "示例县,gdp,value,2024,1015986.2,亿元,A,a.csv:2@2024,\n"
	    "\"郑州市\",pop.resident,value,2021-2025,,万人,M,b.csv:9,"
	    "\"blank (unknown), see\nnote\"\n"
	    "全国,gdp,cagr,2020-2025,-0.5e-2,%,F,\"cagr(2020,2025)\",\n");
	struct yp_reader *r = yp_reader_open(path);
	struct yp_rec rec;

	(void)state;
	assert_non_null(r);
	assert_string_equal(yp_reader_name(r), path);
	assert_int_equal(yp_read(r, &rec), 1);
	assert_string_equal(rec.region, "示例县");
	assert_string_equal(rec.indicator, "gdp");
	assert_string_equal(rec.measure, "value");
	assert_string_equal(rec.period, "2024");
	assert_true(rec.has_value && rec.value == 1015986.2);
	assert_string_equal(rec.unit, "亿元");
	assert_int_equal(rec.status, 'A');
	assert_string_equal(rec.source, "a.csv:2@2024");
	assert_string_equal(rec.note, "");
	assert_int_equal(rec.line, 2);
	assert_int_equal(yp_read(r, &rec), 1);
	assert_string_equal(rec.region, "郑州市");
	assert_false(rec.has_value);
	assert_int_equal(rec.status, 'M');
	assert_string_equal(rec.note, "blank (unknown), see\nnote");
	assert_int_equal(rec.line, 3);
	assert_int_equal(yp_read(r, &rec), 1);
	assert_true(rec.value == -0.005);
	assert_string_equal(rec.source, "cagr(2020,2025)");
	assert_int_equal(rec.line, 5);
	assert_int_equal(yp_read(r, &rec), 0);
	yp_reader_close(r);
}

/* yp_reader_adopt goes on from a header row the caller read. */
static void
test_reader_adopt(void **state)
{
	const char *path = scratch_text("adopt.csv", HEADER
	    "全国,gdp,value,2020,1015986.2,亿元,A,x.csv:3@2020,\n");
	struct yp_csv *csv = yp_csv_open(path, YP_ENC_AUTO);
	struct yp_reader *r;
	struct yp_row row;
	struct yp_rec rec;
	const char *err;

	(void)state;
	assert_int_equal(yp_csv_next(csv, &row), 1);
	r = yp_reader_adopt(csv, &row);
	assert_non_null(r);
	assert_int_equal(yp_read(r, &rec), 1);
	assert_true(rec.value == 1015986.2);
	assert_int_equal(yp_read(r, &rec), 0);
	yp_reader_close(r);

	/* a header that is not ours: NULL, one message, csv closed */
	path = scratch_text("adopt2.csv", "指标,2020年\n");
	csv = yp_csv_open(path, YP_ENC_AUTO);
	assert_int_equal(yp_csv_next(csv, &row), 1);
	capture_begin();
	r = yp_reader_adopt(csv, &row);
	err = capture_end();
	assert_null(r);
	assert_non_null(strstr(err, ":1: not a record stream"));
}

/* Quoting: only fields that need it, as RFC 4180 says. */
static void
test_put_field(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "", "" },
		{ "示例县", "示例县" },
		{ "a,b", "\"a,b\"" },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"" },
		{ "two\nlines", "\"two\nlines\"" },
		{ "cr\r", "\"cr\r\"" },
		{ " lead", "\" lead\"" },
		{ "trail ", "\"trail \"" },
		{ "\ttab", "\"\ttab\"" },
		{ "in side", "in side" },
		{ "注:1.总人口,含现役军人", "\"注:1.总人口,含现役军人\"" },
	};
	char buf[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		FILE *fp;

		memset(buf, 0, sizeof buf);	/* nothing written: "" */
		fp = fmemopen(buf, sizeof buf, "w");
		yp_csv_put_field(fp, cases[i].in);
		fclose(fp);
		if (strcmp(buf, cases[i].out) != 0)
			fail_msg("\"%s\" written as [%s], expected [%s]",
			    cases[i].in, buf, cases[i].out);
	}
}

/* The writer's lines, and the reader reading them back unchanged. */
static void
test_write_and_read_back(void **state)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);
	struct yp_writer *w = yp_writer_open(fp);
	struct yp_reader *r;
	struct yp_rec rec, back;

	(void)state;
	yp_rec_init(&rec);
	assert_string_equal(rec.measure, "value");
	assert_int_equal(rec.status, 'A');
	assert_false(rec.has_value);
	rec.region = "郑州市";
	rec.indicator = "gdp";
	rec.period = "2020";
	rec.value = 0.1 + 0.2;
	rec.has_value = 1;
	rec.unit = "亿元";
	rec.source = "分省年度数据 (1).csv:5@2025";
	rec.note = "footnote *, revised";
	yp_write(w, &rec);
	/* no value: written as missing whatever status was set */
	rec.has_value = 0;
	rec.status = 'A';
	rec.note = "blank (unknown)";
	yp_write(w, &rec);
	/* status M wins over a value left in the struct */
	rec.has_value = 1;
	rec.value = 5;
	rec.status = 'M';
	rec.note = "say \"x\"";
	yp_write(w, &rec);
	rec.status = 'A';
	rec.value = -0.0;
	rec.note = " padded ";
	yp_write(w, &rec);
	assert_int_equal(yp_writer_close(w), 0);
	fclose(fp);
	assert_string_equal(text, YP_RECORD_HEADER "\n"
	    "郑州市,gdp,value,2020,0.30000000000000004,亿元,A,分省年度数据 (1).csv:5@2025,"
	    "\"footnote *, revised\"\n"
	    "郑州市,gdp,value,2020,,亿元,M,分省年度数据 (1).csv:5@2025,blank (unknown)\n"
	    "郑州市,gdp,value,2020,,亿元,M,分省年度数据 (1).csv:5@2025,\"say \"\"x\"\"\"\n"
	    "郑州市,gdp,value,2020,0,亿元,A,分省年度数据 (1).csv:5@2025,\" padded \"\n");

	r = yp_reader_open(scratch_text("back.csv", text));
	assert_non_null(r);
	assert_int_equal(yp_read(r, &back), 1);
	assert_true(back.value == 0.1 + 0.2);
	assert_string_equal(back.note, "footnote *, revised");
	assert_string_equal(back.source, "分省年度数据 (1).csv:5@2025");
	assert_int_equal(yp_read(r, &back), 1);
	assert_false(back.has_value);
	assert_int_equal(yp_read(r, &back), 1);
	assert_string_equal(back.note, "say \"x\"");
	assert_int_equal(yp_read(r, &back), 1);
	assert_string_equal(back.note, " padded ");
	assert_true(back.has_value && back.value == 0);
	assert_int_equal(yp_read(r, &back), 0);
	yp_reader_close(r);
	free(text);
}

/* A full disk is reported by yp_writer_close. */
static void
test_writer_error(void **state)
{
	FILE *fp = fopen("/dev/full", "w");
	struct yp_writer *w;
	struct yp_rec rec;

	(void)state;
	if (!fp)
		skip();
	w = yp_writer_open(fp);
	yp_rec_init(&rec);
	rec.indicator = "gdp";
	rec.period = "2020";
	yp_write(w, &rec);
	assert_int_equal(yp_writer_close(w), -1);
	fclose(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_and_period),
		cmocka_unit_test(test_source_parse),
		cmocka_unit_test(test_reader_errors),
		cmocka_unit_test(test_reader_header),
		cmocka_unit_test(test_reader_fields),
		cmocka_unit_test(test_reader_adopt),
		cmocka_unit_test(test_put_field),
		cmocka_unit_test(test_write_and_read_back),
		cmocka_unit_test(test_writer_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
