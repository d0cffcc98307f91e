/* Specification of how yp-report's tables print what an editor checks:
 * the pull in one decimal as the text says it, units in the headings,
 * short boards signed so that below zero is worse, the next plan's rates
 * in the decimals of their unit, names with Chinese brackets, captions as
 * written in the config tables, and short words kept whole in the page
 * (stages/report/tables.c, report.c, common/punct.c).  The numbers are
 * made up so that each printed figure is checked by eye beside it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "capture.h"
#include "msg.h"
#include "punct.h"
#include "table.h"
#include "xalloc.h"
#include "report/fill.h"
#include "report/report.h"

static const char records[] =
"region,indicator,measure,period,value,unit,status,source,note\n"
"示例县,gdp,value,2025,300,亿元,A,data/raw/gdp.csv:8@2026,\n"
"示例县,gdp,yoy_real,2025,5.14,%,A,yoy_real(2025),\n"
/* pulls of 0.33, 1.56 and 3.25 百分点 print 0.3, 1.6 and 3.3, as the
 * text's 拉动GDP增长0.3个百分点 does */
"示例县,gdp.primary,pull,2025,0.33,pp,A,pull,\n"
"示例县,gdp.primary,contribution,2025,6.4,%,A,contribution,\n"
"示例县,gdp.secondary,pull,2025,1.56,pp,A,pull,\n"
"示例县,gdp.secondary,contribution,2025,30.7,%,A,contribution,\n"
"示例县,gdp.tertiary,pull,2025,3.25,pp,A,pull,\n"
"示例县,gdp.tertiary,contribution,2025,63.7,%,A,contribution,\n"
/* a forecast: Holt, its MAPE 2.5 % */
"示例县,gdp,forecast,2030,371.25,亿元,F,holt,\n"
"示例县,gdp,forecast.lo80,2030,355.6,亿元,F,holt,\n"
"示例县,gdp,forecast.hi80,2030,386.89,亿元,F,holt,\n"
"示例县,gdp,forecast.lo95,2030,347.32,亿元,F,holt,\n"
"示例县,gdp,forecast.hi95,2030,395.18,亿元,F,holt,\n"
"示例县,gdp,model,2011-2025,5,code,A,select,holt\n"
"示例县,gdp,model_error,2023-2025,2.5,%,A,rolling-origin(2023-2025),"
"holt MAPE over 3 rolling origins\n"
/* short boards: pupils per teacher, where lower is better, 0.81 sd above
 * the peers' mean (worse: -0.81 once signed by its direction); doctors,
 * where higher is better, 0.2 sd below (-0.20 as it is) */
"示例县,edu.students,per_teacher.short_board,2025,1,order,A,"
"short_board(zscore;lower),短板 1\n"
"示例县,edu.students,per_teacher.region_value,2025,15.96,人/人,A,compare,\n"
"示例县,edu.students,per_teacher.peer_mean,2025,15.75,人/人,A,compare,\n"
"示例县,edu.students,per_teacher.rank,2025,6,,A,compare,\"6/6, 1 = best\"\n"
"示例县,edu.students,per_teacher.zscore,2025,0.81,,A,compare,\n"
"示例县,health.doctors_per_1000,value.short_board,2025,2,order,A,"
"short_board(zscore;higher),短板 2\n"
"示例县,health.doctors_per_1000,value.region_value,2025,3.05,人/千人,A,compare,\n"
"示例县,health.doctors_per_1000,value.peer_mean,2025,3.1,人/千人,A,compare,\n"
"示例县,health.doctors_per_1000,value.rank,2025,4,,A,compare,\"4/6, 1 = best\"\n"
"示例县,health.doctors_per_1000,value.zscore,2025,-0.2,,A,compare,\n"
/* 十五五 binding targets: a 〔〕 cut of energy intensity, a lower bound
 * on good-air days (a rate: its yearly change in 百分点), an upper bound
 * on PM2.5 */
"示例县,energy.intensity,target,2026-2030,-13.5,%,A,targets,\"十五五 约束性\"\n"
"示例县,energy.intensity,required_rate,2026-2030,-2.8588,%,A,targets,\n"
"示例县,energy.intensity,hist_rate.14,2026-2030,-5.7315,%,A,targets,\n"
"示例县,energy.intensity,rate_ratio.14,2026-2030,0.4988,,A,targets,\n"
"示例县,energy.intensity,projection,2026-2030,0.22,吨标准煤/万元,F,targets,\n"
"示例县,energy.intensity,projection.lo95,2026-2030,0.142,吨标准煤/万元,F,targets,\n"
"示例县,energy.intensity,projection.hi95,2026-2030,0.298,吨标准煤/万元,F,targets,\n"
"示例县,energy.intensity,verdict,2026-2030,1,code,A,targets,\n"
"示例县,air.good_days,target,2026-2030,88,%,A,targets,\"十五五 约束性\"\n"
"示例县,air.good_days,target.base,2026-2030,86.5,%,A,targets,\n"
"示例县,air.good_days,required_rate,2026-2030,0.3,百分点,A,targets,\n"
"示例县,air.good_days,hist_rate.14,2026-2030,1.74,百分点,A,targets,\n"
"示例县,air.good_days,rate_ratio.14,2026-2030,0.1724,,A,targets,\n"
"示例县,air.good_days,projection,2026-2030,96.26,%,F,targets,\n"
"示例县,air.good_days,projection.lo95,2026-2030,94.3,%,F,targets,\n"
"示例县,air.good_days,projection.hi95,2026-2030,98.2,%,F,targets,\n"
"示例县,air.good_days,verdict,2026-2030,1,code,A,targets,\n"
"示例县,pm25,target,2026-2030,30,微克/立方米,A,targets,\"十五五 约束性\"\n"
"示例县,pm25,target.base,2026-2030,33,微克/立方米,A,targets,\n"
"示例县,pm25,required_rate,2026-2030,-1.89,%,A,targets,\n"
"示例县,pm25,hist_rate.14,2026-2030,-5.16,%,A,targets,\n"
"示例县,pm25,rate_ratio.14,2026-2030,0.366,,A,targets,\n"
"示例县,pm25,projection,2026-2030,23.4,微克/立方米,F,targets,\n"
"示例县,pm25,projection.lo95,2026-2030,21.2,微克/立方米,F,targets,\n"
"示例县,pm25,projection.hi95,2026-2030,25.1,微克/立方米,F,targets,\n"
"示例县,pm25,verdict,2026-2030,1,code,A,targets,\n"
/* an indicative level target: GDP per head from 58835 to 80000 元 */
"示例县,gdp.per_capita,target,2026-2030,80000,元,A,targets,\"十五五 预期性\"\n"
"示例县,gdp.per_capita,target.base,2026-2030,58835,元,A,targets,\n"
"示例县,gdp.per_capita,required_rate,2026-2030,6.34,%,A,targets,\n"
"示例县,gdp.per_capita,hist_rate.14,2026-2030,7.92,%,A,targets,\n"
"示例县,gdp.per_capita,rate_ratio.14,2026-2030,0.8005,,A,targets,\n"
"示例县,gdp.per_capita,projection,2026-2030,73311.2,元,F,targets,\n"
"示例县,gdp.per_capita,projection.lo95,2026-2030,63667.9,元,F,targets,\n"
"示例县,gdp.per_capita,projection.hi95,2026-2030,82954.6,元,F,targets,\n"
"示例县,gdp.per_capita,verdict,2026-2030,1,code,A,targets,\n";

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	if (!fp || fputs(text, fp) < 0 || fclose(fp) != 0)
		abort();
}

/* A config folder of its own: the project's indicators, units and
 * regions; compare.csv, targets.csv and charts.csv written here with
 * full-width and ASCII brackets. */
static const char *
config_dir(void)
{
	static const char *const shared[] = {
		"indicators.csv", "units.csv", "regions.csv"
	};
	static const char *dir;

	if (dir)
		return dir;
	dir = scratch_config(shared, sizeof shared / sizeof shared[0]);
	scratch_text("cfg/compare.csv", "indicator,measure,direction,period,note\n"
	    "edu.students,per_teacher,lower,,生师比（小学，人）\n"
	    "health.doctors_per_1000,value,higher,,每千人口执业(助理)医师数\n");
	scratch_text("cfg/targets.csv", "region,indicator,plan,category,name,type,basis,base_year,"
	    "base_value,target_year,target_value,unit,attribute,note\n"
	    "示例县,energy.intensity,十五五,绿色生态,单位地区生产总值能源消耗降低,"
	    "cumulative,,2025,,2030,-13.5,%,约束性,\n"
	    "示例县,air.good_days,十五五,绿色生态,空气质量优良天数比率,min,,2025,"
	    "86.5,2030,88,%,约束性,\n"
	    "示例县,pm25,十五五,绿色生态,细颗粒物(PM2.5)年均浓度,max,,2025,33,"
	    "2030,30,微克/立方米,约束性,\n"
	    "示例县,gdp.per_capita,十五五,经济发展,人均地区生产总值,level,,"
	    "2025,58835,2030,80000,元,预期性,\n");
	scratch_text("cfg/charts.csv", "id,type,region,series,from,to,title,xlabel,ylabel,"
	    "y2label,options\n"
	    "gdp_line,line,示例县,gdp,,,\"地区生产总值（现价，亿元）\",,,,\n");
	return dir;
}

/* Fill a body and return the report (free it with rp_report_free). */
static void
fill(struct rp_report *r, const char *body)
{
	static int n;
	char name[32], *text;
	struct rp_options opt = { 0 };
	char *files[1];

	/* First: the config folder takes scratch paths of its own, and
	 * scratch_path hands out four rotating buffers. */
	opt.config_dir = config_dir();
	snprintf(name, sizeof name, "t%d.md", n++);
	text = xasprintf("---\nregion: 示例县\nyear: 2025\n---\n%s", body);
	opt.template_path = scratch_text(name, text);
	free(text);
	opt.outdir = scratch_path("out");
	files[0] = (char *)scratch_text("records.csv", records);
	rp_report_init(r, &opt);
	assert_int_equal(rp_report_load(r, files, 1), 0);
	assert_int_equal(rp_report_fill(r), 0);
}

static const char *
filled(const char *body)
{
	static char text[16384];
	struct rp_report r;

	fill(&r, body);
	snprintf(text, sizeof text, "%s", yp_sbuf_str(&r.out.md));
	rp_report_free(&r);
	return text;
}

/* The pull in one decimal, as the text and communiqués say it; the
 * contribution rate in %, one decimal. */
static void
test_pull(void **state)
{
	const char *t;

	(void)state;
	t = filled("{{table pull 2025}}\n");
	assert_non_null(strstr(t, "| 2025年 | 5.1 | 6.4 | 0.3 | 30.7 | 1.6 | "
	    "63.7 | 3.3 |"));
	assert_non_null(strstr(t, "第一产业拉动（百分点）"));
}

/* The forecasts table: the latest year as 2025年, the model as words
 * (aligned as text), the error's unit in the heading, not in the cell. */
static void
test_forecasts(void **state)
{
	const char *t;

	(void)state;
	t = filled("{{table forecasts 2030 gdp}}\n");
	assert_non_null(strstr(t, "| 指标 | 单位 | 最新实际值 | 2030年预测 | "
	    "80%预测区间 | 95%预测区间 | 选用模型 | 样本外误差（%） |\n"
	    "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |\n"
	    "| 地区生产总值 | 亿元 | 300.00（2025年） | 371.25 | 355.60～386.89 | "
	    "347.32～395.18 | Holt | 2.5 |"));
	assert_non_null(strstr(t, "平均绝对百分比误差（MAPE）"));
}

/* Short boards signed by direction: lower-is-better 生师比 at +0.81 sd is
 * -0.81; doctors (higher is better) at -0.20 stay -0.20.  The compared
 * indicators' names as compare.csv writes them, full-width kept, ASCII
 * brackets in Chinese made full-width. */
static void
test_shortboards(void **state)
{
	const char *t;

	(void)state;
	t = filled("{{table shortboards 5}}\n");
	assert_non_null(strstr(t, "| 1 | 生师比（小学，人） | 2025年 | 人/人 | "
	    "15.96 | 15.75 | 6/6 | -0.81 |"));
	assert_non_null(strstr(t, "| 2 | 每千人口执业（助理）医师数 | 2025年 | "
	    "人/千人 | 3.05 | 3.10 | 4/6 | -0.20 |"));
	assert_non_null(strstr(t, "标准化差距（按方向调整）"));
	assert_non_null(strstr(t, "逆向指标取相反数"));
}

/* The next plan's binding targets: a growth rate in % with one decimal
 * (-2.8588 is -2.9, -5.7315 is -5.7), a rate's yearly change in 百分点
 * with two (0.30, 1.74); a 〔〕 target's projection (a level of energy
 * per unit of GDP) is not comparable with 〔13.5〕 and is a dash; a
 * bound's projection 96.26 in the unit's decimals, 96.3; PM2.5 named with
 * full-width brackets though targets.csv has ASCII ones. */
static void
test_next_plan(void **state)
{
	const char *t;

	(void)state;
	t = filled("{{table targets 2026-2030 binding}}\n");
	assert_non_null(strstr(t, "| 1 | 单位地区生产总值能源消耗降低 | % | — | "
	    "〔13.5〕 | -2.9 | -5.7 | 0.50 | — | 符合趋势 |"));
	assert_non_null(strstr(t, "| 2 | 空气质量优良天数比率 | % | 86.5 | ≥88.0 | "
	    "0.30 | 1.74 | 0.17 | 96.3（94.3～98.2） | 符合趋势 |"));
	assert_non_null(strstr(t, "| 3 | 细颗粒物（PM2.5）年均浓度 | 微克/立方米 | "
	    "33 | ≤30 | -1.9 | -5.2 | 0.37 | 23（21～25） | 符合趋势 |"));
	assert_non_null(strstr(t, "与增速类和累计类目标不可比"));
	/* growth in % and changes in 百分点 in one table: the note says
	 * which rows are which, the headings name no unit */
	assert_non_null(strstr(t, "| 所需年均增速 | “十四五”年均 | 速度比 |"));
	/* growth in % only: the headings say so; a level's projection in
	 * its own decimals (元: 73311), its interval breakable in the page */
	t = filled("{{table targets 2026-2030 indicative}}\n");
	assert_non_null(strstr(t, "| 所需年均增速（%） | “十四五”年均（%） | "
	    "速度比 |"));
	assert_non_null(strstr(t, "| 1 | 人均地区生产总值 | 元 | 58835 | 80000 | "
	    "6.3 | 7.9 | 0.80 | 73311（63668～82955） | 符合趋势 |"));
}

/* A chart's caption is its title in charts.csv as written: （现价，亿元）,
 * not (现价,亿元) as yp_table_load would fold it. */
static void
test_caption_verbatim(void **state)
{
	char path[1024];
	const char *t;

	(void)state;
	snprintf(path, sizeof path, "%s", scratch_path("out"));
	mkdir(path, 0777);
	snprintf(path, sizeof path, "%s/charts", scratch_path("out"));
	mkdir(path, 0777);
	snprintf(path, sizeof path, "%s/charts/gdp_line.svg", scratch_path("out"));
	write_file(path, "<svg width=\"800\" height=\"500\"></svg>\n");
	t = filled("{{chart gdp_line}}\n");
	assert_non_null(strstr(t, "![图1　地区生产总值（现价，亿元）](charts/"
	    "gdp_line.png)"));
}

/* In the page, a column of short words (类别 绿色生态, 研判 符合趋势) and
 * a short heading (序号) are marked not to break between characters; the
 * long names, and report.md, are not marked. */
static void
test_short_words_kept_whole(void **state)
{
	struct rp_report r;
	const char *html, *md;

	(void)state;
	fill(&r, "{{table targets 2026-2030 binding}}\n");
	html = yp_sbuf_str(&r.out.html);
	md = yp_sbuf_str(&r.out.md);
	assert_non_null(strstr(html, "<span class=\"nw\">序号</span>"));
	assert_non_null(strstr(html, "<span class=\"nw\"><span class=\"n\" "
	    "title=\""));
	assert_non_null(strstr(html, ">符合趋势</span></span>"));
	assert_null(strstr(html, "<span class=\"nw\">单位地区生产总值能源消耗降低"));
	/* the long names keep room; a number with its interval may break
	 * before its bracket */
	assert_non_null(strstr(html, "<span class=\"wide\">单位地区生产总值"
	    "能源消耗降低</span>"));
	assert_non_null(strstr(html, "<span class=\"brk\"><span class=\"n\" "));
	assert_non_null(strstr(html, ">96.3</span><span class=\"nw\"><span "
	    "class=\"n\" title=\""));
	assert_non_null(strstr(html, ">（94.3～98.2）</span></span></span>"));
	assert_non_null(strstr(md, "| 96.3（94.3～98.2） |"));
	assert_null(strstr(md, "class=\"nw\""));
	rp_report_free(&r);
	assert_int_equal(rp_text_chars("“十四五”"), 5);
	assert_int_equal(rp_text_chars("2025年"), 5);
	assert_int_equal(rp_text_chars(""), 0);
}

/* The loader of text tables keeps full-width punctuation and trims. */
static void
test_text_table(void **state)
{
	struct yp_table *t;
	const char *path = scratch_text("labels.csv",
	    "measure,code,label_zh\n"
	    "verdict,1,  符合趋势（按“十四五”增速）\n");

	(void)state;
	t = rp_load_text_table(path);
	assert_non_null(t);
	assert_string_equal(yp_table_cell(t, 0, 2), "符合趋势（按“十四五”增速）");
	yp_table_free(t);
	assert_null(rp_load_text_table(scratch_path("no-such.csv")));
}

/* GB/T 15834-2011: brackets in Chinese text are full-width, even round
 * Latin letters and digits; a model's name in Latin keeps its own. */
static void
test_zh_brackets(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "细颗粒物(PM2.5)年均浓度", "细颗粒物（PM2.5）年均浓度" },
		{ "每千人口执业(助理)医师数", "每千人口执业（助理）医师数" },
		{ "GDP(亿元)", "GDP（亿元）" },		/* Chinese inside */
		{ "(可比价)", "（可比价）" },
		{ "GM(1,1)", "GM(1,1)" },		/* no Chinese at all */
		{ "GM(1,1)、Holt", "GM(1,1)、Holt" },	/* 、 is not a character */
		{ "+1.69 % (revised)", "+1.69 % (revised)" },
		{ "a (x(中)y) b", "a （x（中）y） b" },	/* nested: both */
		{ "单位(", "单位(" },			/* unmatched */
		{ ")单位(", ")单位(" },
		{ "", "" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = yp_zh_brackets(cases[i].in);

		assert_string_equal(s, cases[i].out);
		free(s);
	}
	assert_true(yp_is_cjk(0x4E2D));		/* 中 */
	assert_false(yp_is_cjk(0x3001));	/* 、 */
	assert_false(yp_is_cjk('A'));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pull),
		cmocka_unit_test(test_forecasts),
		cmocka_unit_test(test_shortboards),
		cmocka_unit_test(test_next_plan),
		cmocka_unit_test(test_caption_verbatim),
		cmocka_unit_test(test_short_words_kept_whole),
		cmocka_unit_test(test_text_table),
		cmocka_unit_test(test_zh_brackets),
	};

	yp_set_program("yp-report");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
