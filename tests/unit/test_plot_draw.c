/* Specification of yp-plot's building blocks: series specs, axis steps,
 * whole-year tics, broken reference lines, label colours, the PNG print
 * size, provenance and the series it reads (stages/plot). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfg.h"
#include "map.h"
#include "plot/charts.h"
#include "xalloc.h"

#define FIXTURE "tests/golden/plot"

/* INDICATOR[:MEASURE][@TRANSFORM], and a pyramid's prefix with '*'. */
static void
test_series_spec(void **state)
{
	struct yp_map *m = yp_map_new();
	struct series_spec sp;
	char why[256];

	(void)state;
	assert_true(series_spec_parse("gdp", m, &sp, why, sizeof why));
	assert_string_equal(sp.indicator, "gdp");
	assert_string_equal(sp.measure, "value");
	assert_int_equal(sp.transform, XF_NONE);
	assert_false(sp.prefix);
	assert_true(series_spec_parse("gdp.primary:pull", m, &sp, why, sizeof why));
	assert_string_equal(sp.indicator, "gdp.primary");
	assert_string_equal(sp.measure, "pull");
	assert_true(series_spec_parse("gdp.index@index", m, &sp, why, sizeof why));
	assert_int_equal(sp.transform, XF_INDEX);
	assert_true(series_spec_parse("energy.total@yoy", m, &sp, why, sizeof why));
	assert_int_equal(sp.transform, XF_YOY);
	assert_true(series_spec_parse("pop.age5.m.*", m, &sp, why, sizeof why));
	assert_string_equal(sp.indicator, "pop.age5.m.");
	assert_true(sp.prefix);
	/* Interned: the same text is the same pointer. */
	assert_ptr_equal(sp.measure, yp_intern(m, "value"));

	assert_false(series_spec_parse("gdp@growth", m, &sp, why, sizeof why));
	assert_non_null(strstr(why, "unknown transform @growth"));
	assert_false(series_spec_parse("gdp:", m, &sp, why, sizeof why));
	assert_false(series_spec_parse(":value", m, &sp, why, sizeof why));
	assert_false(series_spec_parse("gdp per capita", m, &sp, why, sizeof why));
	yp_map_free(m, NULL);
}

/* Axis steps are 1, 2, 2.5 or 5 times a power of ten, the smallest not
 * below span/n: 37/5 = 7.4 gives 10; 12/6 = 2 gives 2; 0.9/5 = 0.18
 * gives 0.2.  nice_ceil rounds up to the step of a 5-tic axis:
 * 322.8/5 = 64.56 gives a step of 100, so 400; 538/5 = 107.6 gives 200,
 * so 600 (the GDP bars of 322.8 on an axis to 322.8/0.6 = 538). */
static void
test_nice_steps(void **state)
{
	(void)state;
	assert_true(fabs(nice_step(37, 5) - 10) < 1e-12);
	assert_true(fabs(nice_step(12, 6) - 2) < 1e-12);
	assert_true(fabs(nice_step(0.9, 5) - 0.2) < 1e-12);
	assert_true(fabs(nice_step(11, 5) - 2.5) < 1e-12);
	assert_true(fabs(nice_ceil(322.8) - 400) < 1e-9);
	assert_true(fabs(nice_ceil(538) - 600) < 1e-9);
	assert_true(fabs(nice_ceil(100) - 100) < 1e-9);
	assert_true(nice_ceil(0) == 0);
}

static char *
capture_tics(int first, int last)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	gp_year_tics(fp, "x", first, last);
	fclose(fp);
	return out;
}

/* Years are tics at whole years only, from an explicit list: every year
 * up to 13 of them, every even year up to 24 (others unlabelled), every
 * fifth beyond; never a step gnuplot picks, which could be 2.5. */
static void
test_year_tics(void **state)
{
	char *t;

	(void)state;
	t = capture_tics(2021, 2025);
	assert_string_equal(t, "set xtics nomirror out (\"2021\" 2021, \"2022\" "
	    "2022, \"2023\" 2023, \"2024\" 2024, \"2025\" 2025)\nset mxtics 1\n");
	free(t);
	t = capture_tics(2010, 2030);	/* 21 years: even ones labelled */
	assert_non_null(strstr(t, "\"2010\" 2010, \"\" 2011 1, \"2012\" 2012"));
	assert_non_null(strstr(t, "\"2030\" 2030)"));
	assert_null(strstr(t, "\"2011\""));
	assert_null(strstr(t, "."));
	free(t);
	t = capture_tics(2000, 2025);	/* 26 years: multiples of 5 */
	assert_non_null(strstr(t, "\"2000\" 2000, \"\" 2001 1"));
	assert_non_null(strstr(t, "\"2005\" 2005"));
	assert_null(strstr(t, "\"2004\""));
	free(t);
}

/* A vertical line at x = 100 from y = -0.7 to 3.7 over bars at rows 0
 * to 3 (half height 0.32): bars reaching 100 or beyond (rows 0 and 2)
 * cut it, bars short of it (rows 1, 3) do not.  Expected pieces:
 * -0.7 to -0.32, 0.32 to 1.68, 2.32 to 3.7. */
static void
test_broken_line(void **state)
{
	const struct box boxes[] = {
		{ 0, -0.32, 120, 0.32 }, { 0, 0.68, 80, 1.32 },
		{ 0, 1.68, 100, 2.32 }, { 0, 2.68, 99.9, 3.32 },
	};
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	(void)state;
	gp_broken_line(fp, "target", 1, 100, -0.7, 3.7, boxes, 4);
	fclose(fp);
	assert_string_equal(out, "$target << EOD\n"
	    "100 -0.7\n100 -0.32\n\n"
	    "100 0.32\n100 1.68\n\n"
	    "100 2.32\n100 3.7\n\n"
	    "EOD\n");
	free(out);
}

/* Black or white text by the fill's luminance (0.2126 R + 0.7152 G +
 * 0.0722 B): Okabe-Ito blue #0072B2 is 0.7152*0.447 + 0.0722*0.698 =
 * 0.37, dark, so white; orange #E69F00 is 0.2126*0.902 + 0.7152*0.624 =
 * 0.64, light, so black. */
static void
test_text_on(void **state)
{
	(void)state;
	assert_string_equal(text_on("#0072B2"), "#FFFFFF");
	assert_string_equal(text_on("#E69F00"), "#000000");
	assert_string_equal(text_on("#D55E00"), "#FFFFFF");
	assert_string_equal(text_on("#F0E442"), "#000000");
}

static void
test_decimals_and_widths(void **state)
{
	(void)state;
	assert_int_equal(auto_decimals(58835), 0);	/* 元 per head */
	assert_int_equal(auto_decimals(322.8), 1);	/* 亿元 */
	assert_int_equal(auto_decimals(0.45), 2);	/* 吨标准煤/万元 */
	assert_true(fabs(text_width("数据", 10) - 20) < 1e-12);
	assert_true(fabs(text_width("2020", 10) - 22) < 1e-12);
	assert_string_equal(display_unit("pp"), "百分点");
}

/* CRC-32 of the chunk type "IEND" is the AE 42 60 82 every PNG ends
 * with (PNG specification, 11.2.5). */
static void
test_png_crc(void **state)
{
	(void)state;
	assert_int_equal(png_crc32((const unsigned char *)"IEND", 4),
	    0xAE426082UL);
}

static const unsigned char tiny_png[] = {
	0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
	0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0,
	0x3A, 0x7E, 0x9B, 0x55,
	0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82
};

/* 1600 px printed 15 cm wide: 1600 / 0.15 m = 10666.7, so 10667 pixels
 * per metre in a pHYs chunk after IHDR (unit 1, metre); a second call
 * replaces it rather than adding another. */
static void
test_png_density(void **state)
{
	unsigned char *data = xmalloc(sizeof tiny_png);
	size_t len = sizeof tiny_png;
	unsigned long ppm = (unsigned long)(1600 / 0.15 + 0.5);

	(void)state;
	assert_int_equal(ppm, 10667);
	memcpy(data, tiny_png, len);
	assert_int_equal(png_set_density(&data, &len, ppm), 0);
	assert_int_equal(len, sizeof tiny_png + 21);
	assert_memory_equal(data + 33, "\0\0\0\x09pHYs", 8);
	assert_memory_equal(data + 41, "\0\0\x29\xab\0\0\x29\xab\x01", 9);
	assert_int_equal(png_crc32(data + 37, 13),
	    (unsigned long)data[50] << 24 | (unsigned long)data[51] << 16 |
	    (unsigned long)data[52] << 8 | data[53]);
	assert_memory_equal(data + 54, tiny_png + 33, sizeof tiny_png - 33);
	assert_int_equal(png_set_density(&data, &len, 3937), 0);
	assert_int_equal(len, sizeof tiny_png + 21);
	assert_memory_equal(data + 41, "\0\0\x0f\x61\0\0\x0f\x61\x01", 9);
	data[1] = 'X';
	assert_int_equal(png_set_density(&data, &len, 3937), -1);
	free(data);
}

/* Where a value came from: the department of config/sources.csv, with
 * the row's region in front when the department lacks it, else the
 * region the file's name starts with; the file's name when no row
 * matches; none for a derived record (a method, or "名:34" without a
 * file extension). */
static void
test_source_origin(void **state)
{
	struct yp_config *cfg = yp_config_load(FIXTURE "/config");
	struct yp_map *m = yp_map_new();

	(void)state;
	assert_string_equal(source_origin(cfg, m,
	    "data/raw/国民经济.csv:3@2025"), "示例县统计局");
	assert_string_equal(source_origin(cfg, m,
	    "data/raw/示例县_年度数据_2026.csv:4@2026"), "示例县统计局");
	assert_string_equal(source_origin(cfg, m,
	    "data/raw/示例市_各县主要指标.csv:9"), "示例市统计局");
	assert_string_equal(source_origin(cfg, m, "data/raw/other.csv:3"),
	    "other.csv");
	assert_null(source_origin(cfg, m, "contribution(gdp.primary.index)"));
	assert_null(source_origin(cfg, m, "东岭县:34"));
	assert_null(source_origin(cfg, m, "config/targets.csv"));
	yp_map_free(m, NULL);
	yp_config_free(cfg);
}

/* The series a chart reads from the fixture (tests/golden/plot/
 * make-records.py): gdp.index@index is index - 100 (107.8 -> 7.8 in
 * 2016); energy.total@yoy is the growth on the year before, so 2016 is
 * 103/100 - 1 = 3 % and 2019 is 105/106 - 1 = -0.9434 %; a year whose
 * previous year is missing has none. */
static void
test_series_values(void **state)
{
	struct yp_config *cfg = yp_config_load(FIXTURE "/config");
	struct yp_map *m = yp_map_new();
	struct catalogue cat;
	struct store store;
	struct plot_style st;
	struct plot_ctx ctx;
	struct series_spec sp;
	struct point *p;
	char why[64];
	size_t n;

	(void)state;
	catalogue_load(&cat, FIXTURE "/config/charts.csv", cfg, m, NULL);
	plot_style_load(&st, cfg, NULL);
	store_init(&store, m, cfg, &cat);
	assert_int_equal(store_read(&store, FIXTURE "/records.csv"), 0);
	store_index(&store);
	memset(&ctx, 0, sizeof ctx);
	ctx.store = &store;
	ctx.style = &st;
	ctx.cfg = cfg;
	ctx.strings = m;

	assert_true(series_spec_parse("gdp.index@index", m, &sp, why, sizeof why));
	n = plot_series(&ctx, yp_intern(m, "示例县"), &sp, 2016, 2018, &p);
	assert_int_equal(n, 3);
	assert_int_equal(p[0].year, 2016);
	assert_true(fabs(p[0].v - 7.8) < 1e-9);
	assert_true(fabs(p[2].v - 7.2) < 1e-9);
	free(p);

	assert_true(series_spec_parse("energy.total@yoy", m, &sp, why, sizeof why));
	n = plot_series(&ctx, yp_intern(m, "示例县"), &sp, 2015, 2019, &p);
	assert_int_equal(n, 5);
	assert_int_equal(p[0].year, 2015);
	assert_false(p[0].has);	/* no 2014 */
	assert_true(fabs(p[1].v - 3.0) < 1e-9);
	assert_true(fabs(p[4].v - (105.0 / 106.0 - 1) * 100) < 1e-12);
	free(p);

	/* Both files the values came from are credited, once each. */
	assert_int_equal(ctx.norigins, 2);
	assert_string_equal(ctx.origins[0], "示例县统计局");
	assert_string_equal(ctx.origins[1], "示例县发展和改革局");
	free(ctx.origins);
	store_free(&store);
	catalogue_free(&cat);
	plot_style_free(&st);
	yp_map_free(m, NULL);
	yp_config_free(cfg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_series_spec),
		cmocka_unit_test(test_nice_steps),
		cmocka_unit_test(test_year_tics),
		cmocka_unit_test(test_broken_line),
		cmocka_unit_test(test_text_on),
		cmocka_unit_test(test_decimals_and_widths),
		cmocka_unit_test(test_png_crc),
		cmocka_unit_test(test_png_density),
		cmocka_unit_test(test_source_origin),
		cmocka_unit_test(test_series_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
