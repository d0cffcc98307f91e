/* Specification of how yp-plot lays out a chart's key, where it draws a
 * chart's title, and how large its points are (stages/plot/key.c,
 * script.c, catalogue.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plot/charts.h"
#include "xalloc.h"

/* The house style's sizes: 800 x 500 SVG, 16 px text, a PNG twice as
 * large. */
static void
style(struct plot_style *st)
{
	memset(st, 0, sizeof *st);
	st->font_size = 16;
	st->svg_width = 800;
	st->svg_height = 500;
	st->png_width = 1600;
	st->png_height = 1000;
	st->png_scale = 2;
	st->text = (char *)"#222222";
}

static void
entries(struct plot_ctx *ctx, const char *const *texts, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		key_box(ctx, texts[i], "#004488", 1);
}

/* Each entry is a 28 px sample, 8 px, its text (a Chinese character
 * 16 px, a Latin one 0.55 x 16 = 8.8 px) and 24 px; the room is the
 * chart's 800 px less 40, plus the last entry's 24.
 *   the pull chart's key: 第一产业 第二产业 第三产业 (64 px) and
 *     地区生产总值增长 (128 px): 784 / (28 + 8 + 128 + 24 = 188) = 4.2,
 *     so the four in one row;
 *   the urbanization chart's: 常住人口城镇化率 (128) 预测值 规划目标
 *     80%预测区间 95%预测区间: four fit a row, so two rows, and five in
 *     two rows go three and two, not four and one;
 *   eleven entries of 96 px (156 each): five to a row, 3 rows, 4 each;
 *   an entry wider than the chart still has a row of its own. */
static void
test_key_layout(void **state)
{
	static const char *const pull[] = { "第一产业", "第二产业", "第三产业",
	    "地区生产总值增长" };
	static const char *const urban[] = { "常住人口城镇化率", "预测值",
	    "规划目标", "80%预测区间", "95%预测区间" };
	struct plot_style st;
	struct plot_ctx ctx;
	struct key_layout kl;
	size_t i;

	(void)state;
	style(&st);
	memset(&ctx, 0, sizeof ctx);
	ctx.style = &st;
	key_layout(&st, NULL, 0, &kl);
	assert_int_equal(kl.rows, 0);

	entries(&ctx, pull, 4);
	key_layout(&st, ctx.key, ctx.nkey, &kl);
	assert_int_equal(kl.rows, 1);
	assert_int_equal(kl.cols, 4);
	assert_true(fabs(kl.entry_w - 188) < 1e-9);
	assert_true(fabs(key_extra(&st, &ctx)) < 1e-9);
	key_free(&ctx);

	entries(&ctx, urban, 5);
	key_layout(&st, ctx.key, ctx.nkey, &kl);
	assert_int_equal(kl.rows, 2);
	assert_int_equal(kl.cols, 3);
	/* one row more: 1.5 em of 16 px */
	assert_true(fabs(key_extra(&st, &ctx) - 24) < 1e-9);
	key_free(&ctx);

	for (i = 0; i < 11; i++)
		key_box(&ctx, "地区生产总值", "#004488", 1);
	key_layout(&st, ctx.key, ctx.nkey, &kl);
	assert_int_equal(kl.rows, 3);
	assert_int_equal(kl.cols, 4);
	key_free(&ctx);

	key_box(&ctx, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
	    "一二三四五六七八九十一二三四五六七八九十", "#004488", 1);
	key_box(&ctx, "男", "#004488", 1);
	key_layout(&st, ctx.key, ctx.nkey, &kl);
	assert_int_equal(kl.cols, 1);
	assert_int_equal(kl.rows, 2);
	key_free(&ctx);
}

/* The key as drawn, for the pyramid's 男 and 女 on its 800 x 646 chart:
 * entries 28 + 8 + 16 + 24 = 76 px, one row of 2 x 76 - 24 = 128 px from
 * (800 - 128) / 2 = 336 px = 0.42 of the width; the first row's middle
 * 52.5 px from the bottom = 0.0813 of the height, the boxes 0.34 x 16 px
 * above and below it (0.0728 to 0.0897); the texts 36 px after each
 * sample's start (372 and 448 px).  A point's sample is written only with
 * the points (each file sets its own pointscale first). */
static void
test_key_write(void **state)
{
	struct plot_style st;
	struct plot_ctx ctx;
	char *out = NULL;
	size_t len = 0;
	FILE *fp;

	(void)state;
	style(&st);
	memset(&ctx, 0, sizeof ctx);
	ctx.style = &st;
	key_box(&ctx, "男", "#004488", 1);
	key_box(&ctx, "女", "#DDAA33", 1);
	fp = open_memstream(&out, &len);
	key_write(fp, &ctx, 52.5, 646, 0);
	fclose(fp);
	assert_string_equal(out,
	    "# The key, laid out by yp-plot (screen coordinates)\n"
	    "set object 201 rect from screen 0.4200, screen 0.0728 to screen "
	    "0.4550, screen 0.0897 fc rgb \"#004488\" fillstyle solid 1 "
	    "noborder front\n"
	    "set label 202 \"男\" at screen 0.4650, screen 0.0813 left front "
	    "textcolor rgb \"#222222\"\n"
	    "set object 205 rect from screen 0.5150, screen 0.0728 to screen "
	    "0.5500, screen 0.0897 fc rgb \"#DDAA33\" fillstyle solid 1 "
	    "noborder front\n"
	    "set label 206 \"女\" at screen 0.5600, screen 0.0813 left front "
	    "textcolor rgb \"#222222\"\n");
	free(out);

	key_free(&ctx);

	/* The point of 规划目标 alone: 28 + 8 + 64 + 24 = 124 px less the
	 * last 24 = 100 px, from (800 - 100) / 2 = 350 px; its point in the
	 * sample's middle, 364 px = 0.455, its text at 386 px = 0.4825;
	 * 52.5 / 500 = 0.105 high. */
	key_point(&ctx, "规划目标", "#000000", 13, 1.6);
	out = NULL;
	fp = open_memstream(&out, &len);
	key_write(fp, &ctx, 52.5, 500, 1);
	key_write(fp, &ctx, 52.5, 500, 0);
	fclose(fp);
	assert_string_equal(out,
	    "set label 200 \"\" at screen 0.4550, screen 0.1050 point pt 13 "
	    "ps 1.6*pointscale lc rgb \"#000000\" front\n"
	    "# The key, laid out by yp-plot (screen coordinates)\n"
	    "set label 202 \"规划目标\" at screen 0.4825, screen 0.1050 left "
	    "front textcolor rgb \"#222222\"\n");
	free(out);
	key_free(&ctx);
}

/* Where the title goes: "png" (the default: the report captions the SVG
 * 图N, so a title in it would be a second one), "svg", "both", "none". */
static void
test_titles(void **state)
{
	(void)state;
	assert_int_equal(plot_titles_parse("png"), PLOT_TITLE_PNG);
	assert_int_equal(plot_titles_parse("svg"), PLOT_TITLE_SVG);
	assert_int_equal(plot_titles_parse("both"), PLOT_TITLE_SVG | PLOT_TITLE_PNG);
	assert_int_equal(plot_titles_parse("none"), 0);
	assert_int_equal(plot_titles_parse("PNG"), -1);
	assert_int_equal(plot_titles_parse(""), -1);
	assert_int_equal(plot_titles_parse("yes"), -1);
}

/* Points 6 SVG px across per unit of ps in both files.  Measured on
 * gnuplot 5.4 (a filled circle, pt 7, at ps 3, counted in pixels): its SVG
 * terminal 40 px at a 16 px font, 13.3 px a unit, growing with the font;
 * cairo's PNG 21 px, 7 px a unit at any font or scale.  So the SVG takes
 * 6 / 13.3 = 0.4511 (at 16 px; 0.6015 at 12 px) and the PNG, twice the
 * SVG, 2 x 6 / 7 = 1.714. */
static void
test_point_scale(void **state)
{
	struct plot_style st;

	(void)state;
	style(&st);
	assert_true(fabs(svg_point_scale(&st) - 0.45113) < 1e-5);
	assert_true(fabs(png_point_scale(&st) - 1.71429) < 1e-5);
	st.font_size = 12;
	assert_true(fabs(svg_point_scale(&st) - 0.60150) < 1e-5);
	st.png_scale = 3;
	assert_true(fabs(png_point_scale(&st) - 2.57143) < 1e-5);
}

/* Text on the house colours (luminance without gamma, 0.45 the line):
 * blue #004488 0.7152 x 0.267 + 0.0722 x 0.533 = 0.23, white text;
 * yellow #DDAA33 0.2126 x 0.867 + 0.7152 x 0.667 + 0.0722 x 0.2 = 0.68,
 * black; red #BB5566 0.156 + 0.238 + 0.029 = 0.42, white. */
static void
test_text_on_house_colours(void **state)
{
	(void)state;
	assert_string_equal(text_on("#004488"), "#FFFFFF");
	assert_string_equal(text_on("#DDAA33"), "#000000");
	assert_string_equal(text_on("#BB5566"), "#FFFFFF");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key_layout),
		cmocka_unit_test(test_key_write),
		cmocka_unit_test(test_titles),
		cmocka_unit_test(test_point_scale),
		cmocka_unit_test(test_text_on_house_colours),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
