/* Unit tests for yp-ingest's workbook reader: the cell merge, the layout
 * heuristics on small synthetic sheets, and whole workbooks made by
 * tests/data/excel/make-fixtures.py (run from the project root, as
 * scripts/run-tests does; they need ssconvert, from scripts/install-deps). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"
#include "cfg.h"
#include "ingest/ingest.h"
#include "ingest/workbook.h"
#include "ingest/yearbook.h"
#include "msg.h"
#include "rec.h"
#include "xalloc.h"

#define FIXTURES "tests/data/excel/"

/* ---- workbook_merge_cell ---------------------------------------------- */

static void
check_merge(const char *shown, const char *raw, const char *want)
{
	char *got = workbook_merge_cell(shown, raw);

	assert_string_equal(got, want);
	free(got);
}

static void
test_merge_cell(void **state)
{
	(void)state;
	/* The display is the published figure: format 0.00 over
	 * 11586.417288961509 (ssconvert's raw form of the stored double). */
	check_merge("11586.42", "11586.417288961509257", "11586.42");
	check_merge("94944", "94943.78465894071269", "94944");
	/* General format squeezed into a narrow column: the raw value,
	 * here an administrative code 230900 shown as 2E+05. */
	check_merge("2E+05", "230900", "230900");
	check_merge("###", "1234.5", "1234.5");
	/* ... with the binary noise of a sum removed: 141.17000000000002 is
	 * the double nearest 141.17 plus one unit in the last place. */
	check_merge("1E+02", "141.17000000000001592", "141.17");
	/* A format that hides a value (0;-0;;) publishes nothing. */
	check_merge("", "0", "");
	/* Text and numbers written as text pass as shown. */
	check_merge("郑  州  市", "郑  州  市", "郑  州  市");
	check_merge("2019年", "2019", "2019年");
	check_merge("12.3%", "0.123", "12.3%");
	check_merge("", "", "");
}

/* ---- synthetic sheets ------------------------------------------------- */

/* A sheet from rows of cells; NULL ends a row, a row of only NULL is
 * blank; the list ends with a NULL row. */
static struct yb_sheet *
make_sheet(size_t ncols, const char *const *rows[])
{
	struct yb_sheet *s = xcalloc(1, sizeof *s);
	size_t r, c, n = 0;

	while (rows[n])
		n++;
	s->name = xstrdup("Sheet1");
	s->nrows = n;
	s->ncols = ncols;
	s->cell = xcalloc(n * ncols + 1, sizeof *s->cell);
	for (r = 0; r < n; r++) {
		int ended = 0;
		for (c = 0; c < ncols; c++) {
			const char *v = ended ? NULL : rows[r][c];
			if (!v)
				ended = 1;
			s->cell[r * ncols + c] = xstrdup(v ? v : "");
		}
	}
	return s;
}

static void
free_sheet(struct yb_sheet *s)
{
	size_t i;

	for (i = 0; i < s->nrows * s->ncols; i++)
		free(s->cell[i]);
	free(s->cell);
	free(s->name);
	free(s);
}

static const char *const blank[] = { NULL };

/* Henan 2012's layout: 生产总值 over 第一产业, 第二产业 (itself over 工业
 * and 建筑业) and 第三产业, units in cells of their own, English under
 * Chinese with a word broken over two rows (Constr- / uction). */
static const char *const h1[] = { "3-10各市生产总值(2012年)", NULL };
static const char *const h2[] = { "Gross Domestic Product by City(2012)", NULL };
static const char *const h3[] = { "本表按当年价格计算。", NULL };
static const char *const h4[] = { "市(县)", "City(County)", "生产总值", "", "",
	"", "", "", "人均生产总值", NULL };
static const char *const h5[] = { "", "", "(亿元)", "第一产业", "第二产业", "",
	"", "第三产业", "(元)", NULL };
static const char *const h6[] = { "", "", "Gross Domestic", "", "", "工业",
	"建筑业", "", "", NULL };
static const char *const h7[] = { "", "", "Product", "", "", "", "", "",
	"Per Capita", NULL };
static const char *const h8[] = { "", "", "(100 million", "Primary",
	"Secondary", "", "Constr-", "Tertiary", "GDP", NULL };
static const char *const h9[] = { "", "", "yuan)", "Industry", "Industry",
	"Industry", "uction", "Industry", "(yuan)", NULL };
static const char *const h10[] = { "省辖市", "City", NULL };
static const char *const h11[] = { "郑州市", "Zhengzhou", "5549.79", "142.40",
	"3132.92", "2802.47", "330.45", "2274.46", "62054", NULL };
static const char *const h12[] = { "开封市", "Kaifeng", "1207.05", "257.66",
	"533.26", "487.10", "46.16", "416.13", "25922", NULL };
static const char *const h13[] = { "注：人均生产总值按常住人口计算。", NULL };
static const char *const *const henan2012[] = { h1, h2, h3, blank, h4, h5,
	h6, h7, h8, h9, blank, h10, h11, h12, blank, h13, NULL };

static void
test_layout_two_level_header(void **state)
{
	struct yb_sheet *s = make_sheet(9, (const char *const **)henan2012);
	struct yb_override ov = { 0, 0, -1, 0, NULL, NULL };
	struct yb_layout lay;

	(void)state;
	assert_int_equal(yb_analyse(s, &ov, "t.xls", &lay), YB_TABLE);
	/* Rows 5-10 of the sheet are the header, 12 the first figures (row
	 * 11 is blank, row 12 the group row 省辖市), 16 a footnote. */
	assert_int_equal(lay.header_first + 1, 5);
	assert_int_equal(lay.header_last + 1, 10);
	assert_int_equal(lay.data_first + 1, 13);
	assert_int_equal(lay.footer_first + 1, 16);
	assert_int_equal(lay.label_col, 0);
	assert_int_equal(lay.label_col_en, 1);
	assert_int_equal(lay.rows, YB_DIM_REGION);
	assert_int_equal(lay.cols, YB_DIM_INDICATOR);
	assert_int_equal(lay.title_year, 2012);
	assert_string_equal(lay.title_en, "Gross Domestic Product by City(2012)");
	assert_int_equal(lay.nnotes, 1);		/* 本表按当年价格计算。 */
	/* C: 生产总值 in 亿元; its English name joined over three rows. */
	assert_string_equal(lay.col[2].name, "生产总值");
	assert_string_equal(lay.col[2].unit, "亿元");
	assert_string_equal(lay.col[2].name_en, "Gross Domestic Product");
	/* D: 第一产业 under 生产总值, whose unit it takes. */
	assert_int_equal(lay.col[3].parent, 2);
	assert_string_equal(lay.col[3].name, "生产总值第一产业");
	assert_string_equal(lay.col[3].own, "第一产业");
	assert_string_equal(lay.col[3].unit, "亿元");
	assert_string_equal(lay.col[3].name_en, "Primary Industry");
	/* F, G: 工业 and 建筑业 under 第二产业 under 生产总值. */
	assert_int_equal(lay.col[5].parent, 4);
	assert_int_equal(lay.col[4].parent, 2);
	assert_string_equal(lay.col[5].name, "生产总值第二产业工业");
	assert_string_equal(lay.col[6].name_en, "Construction");
	assert_string_equal(lay.col[6].unit, "亿元");
	/* I: 人均生产总值 in 元, no parent. */
	assert_int_equal(lay.col[8].parent, -1);
	assert_string_equal(lay.col[8].unit, "元");
	assert_true(lay.col[2].value && lay.col[8].value);
	assert_false(lay.col[0].value || lay.col[1].value);
	yb_layout_free(&lay);
	free_sheet(s);
}

/* Sichuan's layout: years across, the unit in rows of its own above. */
static const char *const s1[] = { "2-7 各市(州)地区生产总值", NULL };
static const char *const s2[] = { "单位:亿元", NULL };
static const char *const s3[] = { "(100 million yuan)", NULL };
static const char *const s4[] = { "市(州)", "Region", "2012", "2013", NULL };
static const char *const s5[] = { "全省", "Sichuan", "23922.41", "26518.02", NULL };
static const char *const s6[] = { "成都市", "Chengdu", "8619.60", "9450.66", NULL };
static const char *const *const sichuan[] = { s1, s2, s3, s4, s5, s6, NULL };

static void
test_layout_years_across(void **state)
{
	struct yb_sheet *s = make_sheet(4, (const char *const **)sichuan);
	struct yb_override ov = { 0, 0, -1, 0, NULL, NULL };
	struct yb_layout lay;

	(void)state;
	assert_int_equal(yb_analyse(s, &ov, "t.xlsx", &lay), YB_TABLE);
	assert_int_equal(lay.header_first + 1, 4);
	assert_int_equal(lay.header_last + 1, 4);
	assert_int_equal(lay.cols, YB_DIM_YEAR);
	assert_int_equal(lay.rows, YB_DIM_REGION);	/* 市(州) */
	assert_int_equal(lay.col[2].year, 2012);
	assert_int_equal(lay.col[3].year, 2013);
	/* The Chinese unit wins over the English one. */
	assert_string_equal(lay.unit, "亿元");
	assert_int_equal(lay.title_year, 0);
	yb_layout_free(&lay);
	free_sheet(s);
}

/* Years down the first column, indicators across, the unit in a header
 * cell of an empty column (as 我国客运量情况.xls). */
static const char *const y1[] = { "2010-2019年我国客运量情况", NULL };
static const char *const y2[] = { "年份", "客运量总计", "铁路", "单位万人", NULL };
static const char *const y3[] = { "2010", "3269508.16", "167609.02", "", NULL };
static const char *const y4[] = { "2011", "3526318.73", "186226.07", "", NULL };
static const char *const *const year_rows[] = { y1, y2, y3, y4, NULL };

static void
test_layout_year_rows(void **state)
{
	struct yb_sheet *s = make_sheet(4, (const char *const **)year_rows);
	struct yb_override ov = { 0, 0, -1, 0, NULL, NULL };
	struct yb_layout lay;

	(void)state;
	assert_int_equal(yb_analyse(s, &ov, "t.xls", &lay), YB_TABLE);
	assert_int_equal(lay.rows, YB_DIM_YEAR);
	assert_int_equal(lay.cols, YB_DIM_INDICATOR);
	assert_int_equal(lay.label_col, 0);
	assert_string_equal(lay.unit, "万人");
	/* A span in the title is no single year. */
	assert_int_equal(lay.title_year, 0);
	assert_true(lay.col[1].value && lay.col[2].value);
	assert_false(lay.col[3].value);
	yb_layout_free(&lay);
	free_sheet(s);
}

static const char *const t1[] = { "城市", "省份", NULL };
static const char *const t2[] = { "郑州市", "河南省", NULL };
static const char *const *const text_only[] = { t1, t2, NULL };
static const char *const c1[] = { "ct_adcode", "ct_name", NULL };
static const char *const c2[] = { "410100", "郑州市", NULL };
static const char *const *const codes[] = { c1, c2, NULL };

static void
test_layout_no_numbers(void **state)
{
	struct yb_override ov = { 0, 0, -1, 0, NULL, NULL };
	struct yb_sheet *s = make_sheet(2, (const char *const **)text_only);
	struct yb_layout lay;

	(void)state;
	assert_int_equal(yb_analyse(s, &ov, "t.xls", &lay), YB_NO_NUMBERS);
	yb_layout_free(&lay);
	free_sheet(s);
	/* Administrative codes are names, not figures. */
	s = make_sheet(2, (const char *const **)codes);
	assert_int_equal(yb_analyse(s, &ov, "t.xls", &lay), YB_NO_NUMBERS);
	yb_layout_free(&lay);
	free_sheet(s);
}

static void
test_layout_no_header(void **state)
{
	struct yb_override ov = { 0, 0, -1, 0, NULL, NULL };
	struct yb_sheet *s = make_sheet(4, (const char *const **)(const char
	    *const *const[]){ h11, h12, NULL });
	struct yb_layout lay;
	const char *err;

	(void)state;
	capture_begin();
	assert_int_equal(yb_analyse(s, &ov, "t.xls", &lay), YB_ERROR);
	err = capture_end();
	assert_string_equal(err, "yp-ingest: t.xls:1: no column header above "
	    "the first row of figures; give header_rows (the sheet rows of the "
	    "header, e.g. 5-7) or columns in config/sources.csv\n");
	yb_layout_free(&lay);
	/* header_rows given but past the end of the sheet. */
	ov.header_first = 5;
	ov.header_last = 9;
	capture_begin();
	assert_int_equal(yb_analyse(s, &ov, "t.xls", &lay), YB_ERROR);
	err = capture_end();
	assert_string_equal(err, "yp-ingest: t.xls: header_rows 5-9: the sheet "
	    "has 2 rows; fix header_rows in config/sources.csv\n");
	yb_layout_free(&lay);
	free_sheet(s);
}

/* ---- whole workbooks ---------------------------------------------------- */

static void
test_load_fixture(void **state)
{
	struct yb_sheet *sheets;
	int n;

	(void)state;
	n = workbook_load(FIXTURES "yearbook.xls", &sheets);
	assert_int_equal(n, 1);
	assert_string_equal(sheets[0].name, "2-9");
	/* Row 13 (郑州市): stored 11586.41728896151 under format 0.00_ ;
	 * 141.17000000000002 under the same; 94943.78465894071 under 0_ . */
	assert_string_equal(yb_cell(&sheets[0], 12, 0), "郑  州  市");
	assert_string_equal(yb_cell(&sheets[0], 12, 2), "11586.42");
	assert_string_equal(yb_cell(&sheets[0], 12, 3), "141.17");
	assert_string_equal(yb_cell(&sheets[0], 12, 6), "94944");
	assert_string_equal(yb_cell(&sheets[0], 14, 4), "…");
	workbook_free_sheets(sheets, n);
	/* Two sheets, the second empty; a name broken over two lines keeps
	 * its row: 阿坝 is row 8 of the sheet and 注 row 9. */
	n = workbook_load(FIXTURES "years-across.xlsx", &sheets);
	assert_int_equal(n, 2);
	assert_string_equal(yb_cell(&sheets[0], 7, 0), "阿坝藏族\n羌族自治州");
	assert_string_equal(yb_cell(&sheets[0], 8, 0), "注:本表按当年价格计算。");
	assert_int_equal(sheets[1].nrows, 0);
	workbook_free_sheets(sheets, n);
}

/* Run yp-ingest's reader on files with the small config beside the
 * fixtures; returns what it wrote, sets *status and *err. */
static char *
ingest_files(const char *const *paths, int *status, const char **err)
{
	struct ingest_options opt = { 0 };
	struct yp_config *cfg = yp_config_load(FIXTURES "config");
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	struct yp_writer *w = yp_writer_open(fp);
	struct ingest in;

	ingest_init(&in, cfg, &opt, w);
	*status = 0;
	capture_begin();
	for (; *paths; paths++)
		if (ingest_file(&in, *paths) != 0)
			*status = YP_EXIT_DATA;
	*err = capture_end();
	yp_writer_close(w);
	fclose(fp);
	ingest_free(&in);
	yp_config_free(cfg);
	return buf;
}

static void
test_ingest_yearbook(void **state)
{
	static const char *const files[] = { FIXTURES "yearbook.xlsx", NULL };
	const char *err;
	char *out;
	int status;

	(void)state;
	out = ingest_files(files, &status, &err);
	assert_int_equal(status, 0);
	assert_string_equal(err, "");
	/* Title year 2019 is the period of every cell and the edition; the
	 * group row 省辖市 gives nothing; 全省 is 河南省, the parent the
	 * cities share in regions.csv; … and — are missing with a reason. */
	assert_non_null(strstr(out, YP_RECORD_HEADER "\n"
	    "*,*,footnote,2019,,,M," FIXTURES "yearbook.xlsx:4@2019,本表按当年价格计算。\n"));
	assert_non_null(strstr(out,
	    "郑州市,gdp,value,2019,11586.42,亿元,A," FIXTURES "yearbook.xlsx:13@2019,\n"
	    "郑州市,gdp.primary,value,2019,141.17,亿元,A," FIXTURES "yearbook.xlsx:13@2019,\n"));
	assert_non_null(strstr(out,
	    "郑州市,gdp.per_capita,value,2019,94944,元,A," FIXTURES "yearbook.xlsx:13@2019,\n"));
	assert_non_null(strstr(out,
	    "洛阳市,gdp.secondary,value,2019,,亿元,M," FIXTURES "yearbook.xlsx:15@2019,below unit (…)\n"
	    "洛阳市,gdp.tertiary,value,2019,,亿元,M," FIXTURES "yearbook.xlsx:15@2019,not applicable (—)\n"));
	assert_non_null(strstr(out,
	    "河南省,gdp,value,2019,54259.2,亿元,A," FIXTURES "yearbook.xlsx:16@2019,\n"));
	assert_null(strstr(out, "省辖市"));
	/* 1 header + 2 notes above + 4 rows x 5 columns + 1 note below. */
	assert_int_equal(count_lines(out), 1 + 2 + 20 + 1);
	free(out);
}

static void
test_ingest_overrides(void **state)
{
	/* no-year.xlsx: year 2019 from sources.csv; no-header.xls: label
	 * column A, year 2020 and every column from sources.csv. */
	static const char *const files[] = { FIXTURES "no-year.xlsx",
	    FIXTURES "no-header.xls", NULL };
	const char *err;
	char *out;
	int status;

	(void)state;
	out = ingest_files(files, &status, &err);
	assert_int_equal(status, 0);
	assert_string_equal(err, "");
	assert_string_equal(out, YP_RECORD_HEADER "\n"
	    "郑州市,gdp,value,2019,100.5,亿元,A," FIXTURES "no-year.xlsx:3@2019,\n"
	    "郑州市,gdp,value,2020,100.5,亿元,A," FIXTURES "no-header.xls:1@2020,\n"
	    "郑州市,gdp.primary,value,2020,200.25,亿元,A," FIXTURES "no-header.xls:1@2020,\n"
	    "开封市,gdp,value,2020,10.5,亿元,A," FIXTURES "no-header.xls:2@2020,\n"
	    "开封市,gdp.primary,value,2020,20.25,亿元,A," FIXTURES "no-header.xls:2@2020,\n");
	free(out);
}

static void
check_refused(const char *file, const char *message)
{
	const char *const files[] = { file, NULL };
	const char *err;
	char *out;
	int status;

	out = ingest_files(files, &status, &err);
	assert_int_equal(status, YP_EXIT_DATA);
	assert_string_equal(err, message);
	assert_string_equal(out, YP_RECORD_HEADER "\n");
	free(out);
}

static void
test_ingest_errors(void **state)
{
	(void)state;
	check_refused(FIXTURES "encrypted.xlsx", "yp-ingest: " FIXTURES
	    "encrypted.xlsx: the workbook is password-protected; open it in "
	    "Excel or WPS, remove the password (文件 > 信息 > 保护工作簿 / File "
	    "> Info > Protect Workbook) and save it again\n");
	check_refused(FIXTURES "corrupt.xls", "yp-ingest: " FIXTURES
	    "corrupt.xls: cannot read the workbook: Unsupported file format for "
	    "file \"corrupt.xls\" (ssconvert exit status 1); check "
	    "that it opens in Excel, or save it again as .xlsx\n");
	check_refused(FIXTURES "no-numbers.xlsx", "yp-ingest: " FIXTURES
	    "no-numbers.xlsx: no figures in any sheet of the workbook (only "
	    "text); is it a statistical table?\n");
}

static void
test_claims(void **state)
{
	(void)state;
	assert_true(workbook_claims(FIXTURES "yearbook.xls"));
	assert_true(workbook_claims(FIXTURES "yearbook.xlsx"));
	/* A password-protected .xlsx is an OLE2 file, not a ZIP. */
	assert_true(workbook_claims(FIXTURES "encrypted.xlsx"));
	assert_false(workbook_claims(FIXTURES "config/units.csv"));
	assert_false(workbook_claims(FIXTURES "missing.xls"));
	assert_false(workbook_claims("-"));
	assert_false(workbook_claims(FIXTURES));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_merge_cell),
		cmocka_unit_test(test_layout_two_level_header),
		cmocka_unit_test(test_layout_years_across),
		cmocka_unit_test(test_layout_year_rows),
		cmocka_unit_test(test_layout_no_numbers),
		cmocka_unit_test(test_layout_no_header),
		cmocka_unit_test(test_claims),
		cmocka_unit_test(test_load_fixture),
		cmocka_unit_test(test_ingest_yearbook),
		cmocka_unit_test(test_ingest_overrides),
		cmocka_unit_test(test_ingest_errors),
	};

	yp_set_program("yp-ingest");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
