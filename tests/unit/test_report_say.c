/* Specification of stages/report/say.c: how yp-report prints numbers and
 * says them in the phrasing of Chinese statistical writing (统计公报). The
 * expected texts are written out by hand; the arithmetic of each rounding
 * is in the comment beside it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/say.h"

/* The Markdown a helper wrote, and a fresh output for the next one. */
static struct rp_out out;

static const char *
md(void)
{
	static char text[1024];

	snprintf(text, sizeof text, "%s", yp_sbuf_str(&out.md));
	rp_out_free(&out);
	memset(&out, 0, sizeof out);
	return text;
}

static struct rp_val
val(double v)
{
	struct rp_val x = { v, "source: data/raw/t.csv:3@2025" };

	return x;
}

static const char *
rounded(double v, int decimals)
{
	static char buf[RP_NUMSZ];

	rp_round(v, decimals, buf);
	return buf;
}

static void
test_round_half_away_from_zero(void **state)
{
	(void)state;
	/* 2.25 is exact in binary: printf("%.1f") gives the even 2.2, but
	 * 四舍五入 of 2.25 is 2.3 */
	assert_string_equal(rounded(2.25, 1), "2.3");
	/* 2.35 is 2.35000000000000008882 in binary; its shortest form 2.35 */
	assert_string_equal(rounded(2.35, 1), "2.4");
	/* 1.005 is 1.00499999999999989342 in binary (printf: 1.00); the
	 * record says 1.005, and 1.005 to two decimals is 1.01 */
	assert_string_equal(rounded(1.005, 2), "1.01");
	assert_string_equal(rounded(-1.25, 1), "-1.3");
	assert_string_equal(rounded(5.24999, 1), "5.2");
	/* the carry runs into a new digit */
	assert_string_equal(rounded(99.96, 1), "100.0");
	assert_string_equal(rounded(9.5, 0), "10");
	assert_string_equal(rounded(0.95, 0), "1");
	/* padding with zeros, whole numbers */
	assert_string_equal(rounded(5, 2), "5.00");
	assert_string_equal(rounded(0, 1), "0.0");
	assert_string_equal(rounded(1234.5, 0), "1235");
	assert_string_equal(rounded(402.25, 2), "402.25");
	assert_string_equal(rounded(123456789.123, 2), "123456789.12");
	/* small numbers written with an exponent in their shortest form */
	assert_string_equal(rounded(0.0005, 3), "0.001");
	assert_string_equal(rounded(1e-7, 2), "0.00");
	assert_string_equal(rounded(0.049, 1), "0.0");
	/* no "-0.0": a value that rounds to zero has no sign */
	assert_string_equal(rounded(-0.04, 1), "0.0");
	assert_string_equal(rounded(-0.0, 1), "0.0");
	/* no thousands separators, as communiqués print */
	assert_string_equal(rounded(1260582.1, 1), "1260582.1");
	assert_true(rp_rounds_to_zero(0.049, 1));
	assert_false(rp_rounds_to_zero(0.05, 1));
	assert_true(rp_rounds_to_zero(-0.004, 2));
}

static void
test_default_decimals(void **state)
{
	(void)state;
	rp_decimals_reset();
	assert_int_equal(rp_default_decimals("亿元", 402.25), 2);
	assert_int_equal(rp_default_decimals("%", 5.2), 1);
	assert_int_equal(rp_default_decimals("‰", 7.52), 2);
	assert_int_equal(rp_default_decimals("万人", 52.36), 2);
	assert_int_equal(rp_default_decimals("元", 36524), 0);
	assert_int_equal(rp_default_decimals("吨标准煤/万元", 0.452), 3);
	/* a unit without a convention: 2 below 100, 1 from 100 on */
	assert_int_equal(rp_default_decimals("件", 12.5), 2);
	assert_int_equal(rp_default_decimals("件", 125), 1);
	/* the template's front matter may change a unit's default */
	rp_set_decimals("亿元", 1);
	assert_int_equal(rp_default_decimals("亿元", 402.25), 1);
	rp_decimals_reset();
	assert_int_equal(rp_default_decimals("亿元", 402.25), 2);
	assert_true(rp_unit_printed("亿元"));
	assert_false(rp_unit_printed("上年=100"));
	assert_false(rp_unit_printed(""));
}

static void
test_growth(void **state)
{
	(void)state;
	/* 5.25 -> 5.3 */
	rp_say_growth(&out, val(5.25), 1, RP_GROWTH_YOY);
	assert_string_equal(md(), "比上年增长5.3%");
	/* a decline is said with 下降 and the absolute value */
	rp_say_growth(&out, val(-1.34), 1, RP_GROWTH_YOY);
	assert_string_equal(md(), "比上年下降1.3%");
	/* zero growth */
	rp_say_growth(&out, val(0), 1, RP_GROWTH_YOY);
	assert_string_equal(md(), "与上年持平");
	/* 0.04 rounds to 0.0: never "增长0.0%" */
	rp_say_growth(&out, val(0.04), 1, RP_GROWTH_YOY);
	assert_string_equal(md(), "与上年基本持平");
	rp_say_growth(&out, val(-0.04), 1, RP_GROWTH_AVG);
	assert_string_equal(md(), "年均增速基本为零");
	rp_say_growth(&out, val(6.05), 1, RP_GROWTH_AVG);
	assert_string_equal(md(), "年均增长6.1%");
	rp_say_growth(&out, val(-2.0), 1, RP_GROWTH_AVG);
	assert_string_equal(md(), "年均下降2.0%");
	/* a plan's cumulative change, energy intensity 〔13.5〕 */
	rp_say_growth(&out, val(-13.5), 1, RP_GROWTH_CUM);
	assert_string_equal(md(), "累计下降13.5%");
	rp_say_growth(&out, val(3), 1, RP_GROWTH_BARE);
	assert_string_equal(md(), "增长3.0%");
	rp_say_growth(&out, val(-3), 2, RP_GROWTH_BARE);
	assert_string_equal(md(), "下降3.00%");
	rp_say_growth(&out, val(0), 1, RP_GROWTH_BARE);
	assert_string_equal(md(), "持平");
}

static void
test_points(void **state)
{
	(void)state;
	rp_say_points(&out, val(4.2), 1);
	assert_string_equal(md(), "提高4.2个百分点");
	/* -0.55 -> 0.6 (half away from zero on the shortest form "0.55") */
	rp_say_points(&out, val(-0.55), 1);
	assert_string_equal(md(), "降低0.6个百分点");
	rp_say_points(&out, val(0), 1);
	assert_string_equal(md(), "持平");
	rp_say_points(&out, val(0.01), 1);
	assert_string_equal(md(), "基本持平");
}

static void
test_amount_change(void **state)
{
	(void)state;
	rp_say_amount_change(&out, val(3.254), 2, "万人");
	assert_string_equal(md(), "增加3.25万人");
	rp_say_amount_change(&out, val(-0.85), 2, "万人");
	assert_string_equal(md(), "减少0.85万人");
	rp_say_amount_change(&out, val(0), 2, "万人");
	assert_string_equal(md(), "持平");
	rp_say_amount_change(&out, val(-0.001), 2, "亿元");
	assert_string_equal(md(), "基本持平");
}

static void
test_pull(void **state)
{
	struct rp_val none = { NAN, NULL };

	(void)state;
	rp_say_pull(&out, val(3.1), val(58.6), "GDP", 1);
	assert_string_equal(md(), "拉动GDP增长3.1个百分点，贡献率为58.6%");
	/* a negative pull: the sector held growth back */
	rp_say_pull(&out, val(-0.42), val(-8.5), "GDP", 1);
	assert_string_equal(md(), "下拉GDP增长0.4个百分点，贡献率为-8.5%");
	/* 0.04 points would print 0.0: say it is below 0.1 */
	rp_say_pull(&out, val(0.04), val(0.6), "GDP", 1);
	assert_string_equal(md(), "拉动GDP增长不足0.1个百分点，贡献率为0.6%");
	rp_say_pull(&out, val(-0.04), val(-0.6), "经济", 1);
	assert_string_equal(md(), "下拉经济增长不足0.1个百分点，贡献率为-0.6%");
	rp_say_pull(&out, val(0), val(0), "GDP", 1);
	assert_string_equal(md(), "对GDP增长没有拉动作用，贡献率为0.0%");
	/* without a contribution rate */
	rp_say_pull(&out, val(1.26), none, "经济", 2);
	assert_string_equal(md(), "拉动经济增长1.26个百分点");
	/* of defaults to GDP */
	rp_say_pull(&out, val(1), none, NULL, 1);
	assert_string_equal(md(), "拉动GDP增长1.0个百分点");
}

static void
test_structure(void **state)
{
	struct rp_val a[3] = { val(10.04), val(45.5), val(44.46) };
	struct rp_val b[3] = { val(8.2), val(40.1), val(51.7) };
	struct rp_val c[3] = { val(7.7), val(37.8), val(54.5) };
	double s[3] = { 7.7, 37.8, 54.5 };
	char order[16];

	(void)state;
	rp_say_shares(&out, a, 1);
	/* each share rounded on its own: 10.0 + 45.5 + 44.5 = 100.0 */
	assert_string_equal(md(), "10.0:45.5:44.5");
	rp_say_structure(&out, a, b, 1);
	assert_string_equal(md(), "三次产业结构由10.0:45.5:44.5调整为8.2:40.1:51.7"
	    "，产业结构由“二三一”型转变为“三二一”型");
	/* the order did not change: no second clause */
	rp_say_structure(&out, b, c, 1);
	assert_string_equal(md(), "三次产业结构由8.2:40.1:51.7调整为7.7:37.8:54.5");
	rp_sector_order(s, order, sizeof order);
	assert_string_equal(order, "三二一");
	s[0] = 40;
	s[1] = 40;
	s[2] = 20;	/* a tie keeps sector order */
	rp_sector_order(s, order, sizeof order);
	assert_string_equal(order, "一二三");
}

static void
test_ageing(void **state)
{
	(void)state;
	assert_int_equal(rp_ageing_stage(6.99), 0);
	assert_int_equal(rp_ageing_stage(7), 1);
	assert_int_equal(rp_ageing_stage(14), 2);
	assert_int_equal(rp_ageing_stage(20), 3);
	rp_say_ageing(&out, val(15.24), 1, -1, NULL);
	assert_string_equal(md(), "65岁及以上人口占常住人口的15.2%，已进入深度老龄化社会");
	/* 13.96 prints 14.0 with one decimal but is below the 14 % line:
	 * printed with two decimals so the number and the words agree */
	rp_say_ageing(&out, val(13.96), 1, -1, NULL);
	assert_string_equal(md(), "65岁及以上人口占常住人口的13.96%，已进入老龄化社会");
	rp_say_ageing(&out, val(6.5), 1, -1, NULL);
	assert_string_equal(md(), "65岁及以上人口占常住人口的6.5%，尚未进入老龄化社会");
	rp_say_ageing(&out, val(21.3), 1, -1, NULL);
	assert_string_equal(md(), "65岁及以上人口占常住人口的21.3%，已进入超级老龄化社会");
	/* the structure stage's own class wins when given, and its label */
	rp_say_ageing(&out, val(14.2), 1, 2, NULL);
	assert_string_equal(md(), "65岁及以上人口占常住人口的14.2%，已进入深度老龄化社会");
	rp_say_ageing(&out, val(14.2), 1, 2, "深度老龄化阶段");
	assert_string_equal(md(), "65岁及以上人口占常住人口的14.2%，已进入深度老龄化阶段");
	/* not ageing: the label ("未老龄化") does not fit "已进入" */
	rp_say_ageing(&out, val(6.2), 1, 0, "未老龄化");
	assert_string_equal(md(), "65岁及以上人口占常住人口的6.2%，尚未进入老龄化社会");
	assert_int_equal(rp_decimals_for_class(13.96, 1,
	    (const double[]){ 7, 14, 20 }, 3), 2);
	assert_int_equal(rp_decimals_for_class(13.94, 1,
	    (const double[]){ 7, 14, 20 }, 3), 1);
	/* 13.99999 shows 14.0, 14.00, 14.000, 14.0000, and only at five
	 * decimals 13.99999 */
	assert_int_equal(rp_decimals_for_class(13.99999, 1,
	    (const double[]){ 7, 14, 20 }, 3), 5);
}

static void
test_urbanization(void **state)
{
	(void)state;
	rp_say_urbanization(&out, val(58.34), 1, -1, NULL);
	assert_string_equal(md(), "常住人口城镇化率为58.3%，处于城镇化加速阶段");
	rp_say_urbanization(&out, val(29.97), 1, -1, NULL);
	assert_string_equal(md(), "常住人口城镇化率为29.97%，处于城镇化初期阶段");
	rp_say_urbanization(&out, val(75), 1, -1, NULL);
	assert_string_equal(md(), "常住人口城镇化率为75.0%，处于城镇化成熟阶段");
	rp_say_urbanization(&out, val(30), 1, 1, NULL);
	assert_string_equal(md(), "常住人口城镇化率为30.0%，处于城镇化加速阶段");
	rp_say_urbanization(&out, val(30), 1, 1, "城镇化快速发展阶段");
	assert_string_equal(md(), "常住人口城镇化率为30.0%，处于城镇化快速发展阶段");
}

static void
test_list(void **state)
{
	const char *items[] = { "人均地区生产总值", "R&D经费投入强度", "城镇化率" };

	(void)state;
	rp_say_list(&out, items, 1);
	assert_string_equal(md(), "人均地区生产总值");
	rp_say_list(&out, items, 2);
	assert_string_equal(md(), "人均地区生产总值和R&D经费投入强度");
	rp_say_list(&out, items, 3);
	assert_string_equal(md(), "人均地区生产总值、R&D经费投入强度和城镇化率");
}

/* The HTML text: every number a span whose title is its provenance. */
static void
test_provenance_spans(void **state)
{
	struct rp_val v = { 402.25, "source: data/raw/gdp \"1\".csv:8@2025\n"
	    "a|b <c>" };

	(void)state;
	rp_markdown(&out, "地区生产总值");
	rp_number(&out, "402.25", v.prov);
	rp_markdown(&out, "亿元");
	assert_string_equal(yp_sbuf_str(&out.html), "地区生产总值<span class=\"n\" "
	    "title=\"source: data/raw/gdp &quot;1&quot;.csv:8@2025&#10;a&#124;b "
	    "&lt;c&gt;\">402.25</span>亿元");
	assert_string_equal(md(), "地区生产总值402.25亿元");
	/* no provenance, no span */
	rp_number(&out, "7", NULL);
	assert_string_equal(yp_sbuf_str(&out.html), "7");
	md();
	/* plain words are escaped for Markdown */
	rp_words(&out, "a*b_c|d");
	assert_string_equal(md(), "a\\*b\\_c\\|d");
	/* a gap is visible in both texts */
	rp_gap(&out, "示例县 gdp value 2019");
	assert_int_equal(out.gaps, 1);
	assert_non_null(strstr(yp_sbuf_str(&out.html), "<mark class=\"gap\""));
	assert_string_equal(md(), "【缺：示例县 gdp value 2019】");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_half_away_from_zero),
		cmocka_unit_test(test_default_decimals),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_points),
		cmocka_unit_test(test_amount_change),
		cmocka_unit_test(test_pull),
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_ageing),
		cmocka_unit_test(test_urbanization),
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_provenance_spans),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
