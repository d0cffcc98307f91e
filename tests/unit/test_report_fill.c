/* Specification of yp-report's template filling (stages/report/fill.c,
 * tables.c, report.c, html.c) on a small synthetic set of records whose
 * numbers are chosen so that every printed figure can be checked by eye:
 * the expected text beside each call says where it comes from. */
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
#include "xalloc.h"
#include "report/fill.h"
#include "report/report.h"

/* Records of a fictional county: GDP 300.5 (2020) and 402.25 (2025)
 * 亿元; shares; pulls; population; a short board; two targets. */
static const char records[] =
"region,indicator,measure,period,value,unit,status,source,note\n"
"示例县,gdp,value,2020,300.5,亿元,A,data/raw/gdp.csv:3@2025,\n"
"示例县,gdp,value,2025,402.25,亿元,P,data/raw/gdp.csv:8@2025,\n"
"示例县,gdp,yoy,2025,7.9,%,A,\"yoy(2024,2025)\",nominal\n"
"示例县,gdp,yoy_real,2025,5.25,%,A,yoy_real(2025),\"real, from gdp.index\"\n"
"示例县,gdp,cagr_real,2021-2025,6.05,%,A,\"cagr_real(2020,2025)\",十四五\n"
"示例县,gdp,real_growth,2021-2025,6.04,%,A,chain,十四五\n"
"示例县,gdp.primary,share,2020,10.04,%,A,share,\n"
"示例县,gdp.secondary,share,2020,45.5,%,A,share,\n"
"示例县,gdp.tertiary,share,2020,44.46,%,A,share,\n"
"示例县,gdp.primary,share,2025,8.2,%,A,share,\n"
"示例县,gdp.secondary,share,2025,40.1,%,A,share,\n"
"示例县,gdp.tertiary,share,2025,51.7,%,A,share,\n"
"示例县,gdp.tertiary,pull,2025,3.1,pp,A,pull,\n"
"示例县,gdp.tertiary,contribution,2025,58.6,%,A,contribution,\n"
"示例县,gdp.primary,pull,2025,-0.42,pp,A,pull,\n"
"示例县,gdp.primary,contribution,2025,-8.5,%,A,contribution,\n"
"示例县,pop.resident,value,2020,52.4,万人,A,data/raw/pop.csv:3,\n"
"示例县,pop.resident,value,2025,51.55,万人,A,data/raw/pop.csv:8,\n"
/* (51.55 / 52.4)^(1/5) − 1 = −0.3265 % */
"示例县,pop.resident,cagr,2021-2025,-0.3265,%,A,\"cagr(2020,2025)\",十四五\n"
"示例县,pop.age65p,share,2025,15.24,%,A,share,\n"
"示例县,pop.age65p,ageing_stage,2025,2,code,A,stage,深度老龄化\n"
"示例县,urbanization,value,2025,58.34,%,A,data/raw/pop.csv:9,\n"
"示例县,urbanization,urbanization_stage,2025,2,code,A,stage,加速期\n"
"示例县,urbanization,pp_change,2021-2025,4.2,百分点,A,\"pp_change(2020,2025)\",\n"
"示例县,energy.total,tapio_state,2021-2025,2,code,A,tapio,弱脱钩\n"
"示例县,energy.total,tapio_e,2021-2025,0.4449,ratio,A,tapio,\n"
"示例县,gdp,forecast,2030,512.345,亿元,F,holt,holt\n"
"示例县,gdp,forecast.lo95,2030,480.1,亿元,F,holt,\n"
"示例县,gdp,forecast.hi95,2030,544.56,亿元,F,holt,\n"
"示例县,gdp,model,2011-2025,5,code,A,select,holt\n"
"示例县,gdp,theil,2025,,,M,theil,not computable: no employment by sector\n"
/* yp-compare names its measures <compared measure>.<statistic> */
"示例县,gdp.per_capita,value.short_board,2025,2,order,A,compare,\n"
"示例县,rd.intensity,value.short_board,2025,1,order,A,compare,\n"
"示例县,gdp.per_capita,value.rank,2025,5,,A,compare,\"5/6, 1 = best (higher is better)\"\n"
"示例县,gdp.per_capita,value.region_value,2025,78000,元,A,compare,\n"
"示例县,gdp.per_capita,value.peer_mean,2025,86666.7,元,A,compare,5 of 5 peers\n"
"示例县,gdp.per_capita,value.zscore,2025,-0.81,,A,compare,\n"
"示例县,rd.intensity,value.region_value,2025,1.2,%,A,compare,\n"
"示例县,rd.intensity,value.peer_mean,2025,2.0,%,A,compare,\n"
"示例县,rd.intensity,value.peer_sd,2025,,%,M,compare,not computable: needs at least two peers\n"
"示例县,rd.intensity,value.rank,2025,6,,A,compare,\"6/6, 1 = best (higher is better)\"\n"
"示例县,rd.intensity,value.zscore,2025,-1.5,,A,compare,\n"
"示例县,rd.intensity,value.parent_ratio,2025,,ratio,M,compare,not computable: no parent value\n"
"示例县,forest.coverage,target,2021-2025,40,%,A,targets,\"十四五, 约束性, level\"\n"
"示例县,forest.coverage,target.base,2021-2025,38.5,%,A,targets,\n"
"示例县,forest.coverage,actual,2021-2025,40.2,%,A,targets,\n"
"示例县,forest.coverage,achieved,2021-2025,1,code,A,targets,已完成\n"
"示例县,forest.coverage,completion,2021-2025,1.1333,ratio,A,targets,\n"
"示例县,energy.intensity,target,2021-2025,-14.5,%,A,targets,\"十四五 约束性 绿色生态: 单位地区生产总值能源消耗降低 (cumulative change 〔〕); 〔14.5〕\"\n"
"示例县,energy.intensity,target.base,2021-2025,0.45,%,A,targets,\n"
"示例县,energy.intensity,actual,2021-2025,-25.556,%,A,targets,cumulative change\n"
"示例县,energy.intensity,achieved,2021-2025,1,,A,targets,已完成\n"
"示例县,energy.intensity,completion,2021-2025,1.7624521,,A,targets,actual/target\n"
"示例县,gdp.per_capita,target,2021-2025,90000,元,A,targets,\"十四五, 预期性, level\"\n"
"示例县,gdp.per_capita,actual,2021-2025,78000,元,A,targets,\n"
"示例县,gdp.per_capita,achieved,2021-2025,0,code,A,targets,未完成\n"
"示例县,*,targets.binding,2021-2025,1,count,A,targets,\n"
"示例县,*,targets.binding.achieved,2021-2025,1,count,A,targets,\n"
"示例县,*,targets.indicative,2021-2025,1,count,A,targets,\n"
"示例县,*,targets.indicative.achieved,2021-2025,0,count,A,targets,\n"
"东岭县,gdp,value,2025,380,亿元,A,data/raw/gdp.csv:20@2025,\n"
"西川县,gdp,value,2025,999,亿元,A,data/raw/gdp.csv:30@2025,\n";

/* A config folder of its own: the project's shared tables, and a
 * targets.csv of two binding targets and one indicative. */
static const char *
config_dir(void)
{
	static const char *const shared[] = {
		"indicators.csv", "units.csv", "regions.csv", "labels.csv",
		"compare.csv", "peers.csv"
	};
	static const char *dir;

	if (dir)
		return dir;
	dir = scratch_config(shared, sizeof shared / sizeof shared[0]);
	scratch_text("cfg/targets.csv",
	    "region,indicator,plan,category,name,type,basis,base_year,"
	    "base_value,target_year,target_value,unit,attribute,note\n"
	    "示例县,forest.coverage,十四五,绿色生态,森林覆盖率,level,,2020,"
	    "38.5,2025,40,%,约束性,\n"
	    "示例县,energy.intensity,十四五,绿色生态,单位地区生产总值能源消耗"
	    "降低,cumulative,,2020,0.45,2025,-14.5,%,约束性,〔14.5〕\n"
	    "示例县,gdp.per_capita,十四五,经济发展,人均地区生产总值,level,,"
	    "2020,,2025,90000,元,预期性,\n");
	return dir;
}

/* Fill a template (a body; the front matter is added) and return the
 * status; the filled Markdown is in *r (freed by the caller). */
static int
fill(struct rp_report *r, const char *body, int gaps)
{
	static int n;
	char name[32], *text;
	struct rp_options opt = { 0 };
	char *files[1];

	/* First: the config folder takes scratch paths of its own, and
	 * scratch_path hands out four rotating buffers. */
	opt.config_dir = config_dir();
	snprintf(name, sizeof name, "t%d.md", n++);
	text = xasprintf("---\nregion: 示例县\nyear: 2025\n"
	    "title: {region}报告（{parent}）\n---\n%s", body);
	opt.template_path = scratch_text(name, text);
	free(text);
	opt.outdir = scratch_path("out");
	opt.gaps = gaps;
	files[0] = (char *)scratch_text("records.csv", records);
	rp_report_init(r, &opt);
	assert_int_equal(rp_report_load(r, files, 1), 0);
	return rp_report_fill(r);
}

/* The filled Markdown of a body that must fill without errors. */
static const char *
filled(const char *body)
{
	static char text[8192];
	struct rp_report r;

	assert_int_equal(fill(&r, body, 0), 0);
	snprintf(text, sizeof text, "%s", yp_sbuf_str(&r.out.md));
	rp_report_free(&r);
	return text;
}

static void
test_values(void **state)
{
	(void)state;
	/* 亿元 prints two decimals by default */
	assert_string_equal(filled("{{value gdp 2025}}"), "402.25亿元");
	/* converted: 402.25 亿元 = 4022500 万元 */
	assert_string_equal(filled("{{value gdp 2025 | 万元 0}}"), "4022500万元");
	assert_string_equal(filled("{{value gdp 2025 | 1 nounit}}"), "402.3");
	/* the region from the front matter, or named */
	assert_string_equal(filled("{{value gdp 2025 region=东岭县}}"), "380.00亿元");
	assert_string_equal(filled("{{value gdp 2025 region=西川}}"), "999.00亿元");
	/* a measure, and year arithmetic on front-matter variables */
	assert_string_equal(filled("{{value gdp.tertiary share $year}}"), "51.7%");
	assert_string_equal(filled("{{value gdp.primary share $year-5}}"), "10.0%");
	/* pull in pp: 个百分点 */
	assert_string_equal(filled("{{value gdp.primary pull 2025 | abs}}"),
	    "0.42个百分点");
	/* a ratio as a percentage, 1.1333 -> 113.3% */
	assert_string_equal(filled("{{value forest.coverage completion 2021-2025 "
	    "| pct}}"), "113.3%");
	assert_string_equal(filled("{{region}}，{{name gdp.per_capita}}"),
	    "示例县，人均地区生产总值");
	assert_string_equal(filled("{{parent}}"), "示例市");
	assert_string_equal(filled("{{meta year}}"), "2025");
	/* front-matter values name the region through {region} {parent} */
	assert_string_equal(filled("{{title}}"), "示例县报告（示例市）");
	/* the peer group of config/peers.csv */
	assert_string_equal(filled("{{peers}}，共{{peers count}}个"),
	    "东岭县、西川县、南湖县、北原县和清河县，共5个");
}

static void
test_sentences(void **state)
{
	(void)state;
	/* growth prefers real (yoy_real 5.25) to nominal (yoy 7.9) */
	assert_string_equal(filled("{{growth gdp 2025}}"), "比上年增长5.3%");
	assert_string_equal(filled("{{growth gdp 2025 nominal}}"), "比上年增长7.9%");
	/* cagr_real 6.05 before real_growth 6.04 */
	assert_string_equal(filled("{{growth gdp 2021-2025}}"), "年均增长6.1%");
	assert_string_equal(filled("{{growth gdp 2021-2025 bare | 2}}"), "增长6.05%");
	/* an amount's change: 51.55 − 52.4 = −0.85 万人 */
	assert_string_equal(filled("{{change pop.resident 2021-2025}}"),
	    "减少0.85万人");
	/* a rate's change: pp_change */
	assert_string_equal(filled("{{change urbanization 2021-2025}}"),
	    "提高4.2个百分点");
	assert_string_equal(filled("{{pull gdp.tertiary 2025}}"),
	    "拉动GDP增长3.1个百分点，贡献率为58.6%");
	assert_string_equal(filled("{{pull gdp.primary 2025 of=经济}}"),
	    "下拉经济增长0.4个百分点，贡献率为-8.5%");
	assert_string_equal(filled("{{shares 2025}}"), "8.2:40.1:51.7");
	assert_string_equal(filled("{{structure 2020 2025}}"),
	    "三次产业结构由10.0:45.5:44.5调整为8.2:40.1:51.7，"
	    "产业结构由“二三一”型转变为“三二一”型");
	assert_string_equal(filled("{{ageing 2025}}"),
	    "65岁及以上人口占常住人口的15.2%，已进入深度老龄化社会");
	/* urbanization_stage 2 of yp-structure is the accelerating stage */
	assert_string_equal(filled("{{urbanization 2025}}"),
	    "常住人口城镇化率为58.3%，处于城镇化加速阶段");
	/* 0.4449 -> 0.44 */
	assert_string_equal(filled("{{tapio energy.total 2021-2025 as=能源消费}}"),
	    "能源消费与经济增长呈弱脱钩状态（脱钩弹性系数为0.44）");
	assert_string_equal(filled("{{forecast gdp 2030 model}}"),
	    "512.35亿元（95%预测区间为480.10～544.56亿元，采用Holt线性趋势模型）");
	/* short boards, worst first: rd.intensity (1), gdp.per_capita (2) */
	assert_string_equal(filled("{{shortboards 3}}"),
	    "R&D经费投入强度和人均地区生产总值");
	/* rank 5 of 6; 78000 / 86666.7 = 0.8999996 -> 90.0% */
	assert_string_equal(filled("{{peer gdp.per_capita}}"),
	    "在6个地区（本地及对标地区）中居第5位，相当于对标地区平均水平的90.0%");
	assert_string_equal(filled("{{target forest.coverage 2021-2025}}"),
	    "规划目标为40.0%，实际为40.2%，已完成");
	/* a cumulative target: 〔14.5〕 is a fall of 14.5 % over the plan */
	assert_string_equal(filled("{{target energy.intensity 2021-2025}}"),
	    "规划目标为累计下降14.5%，实际累计下降25.6%，已完成");
	assert_string_equal(filled("{{targets 2021-2025}}"),
	    "约束性指标1项，全部完成；预期性指标1项，完成0项");
}

static void
test_tables(void **state)
{
	struct rp_report r;
	FILE *fp;
	char csv[1024];
	const char *text;
	size_t n;

	(void)state;
	assert_int_equal(fill(&r, "{{table targets 2021-2025 binding}}\n", 0), 0);
	assert_int_equal(r.ntables, 1);
	assert_string_equal(r.tables[0]->name, "targets-2021-2025-binding");
	/* rows in the order of config/targets.csv; a 〔〕 target has no base
	 * of its own; completion 1.7624521 is 176.2 % */
	assert_string_equal(yp_sbuf_str(&r.out.md),
	    "\n**表1　“十四五”规划约束性指标完成情况**\n\n"
	    "| 序号 | 类别 | 指标 | 单位 | 基期值 | 目标值 | 实际值 | 完成情况 | "
	    "完成度（%） |\n"
	    "| --- | --- | --- | --- | ---: | ---: | ---: | --- | ---: |\n"
	    "| 1 | 绿色生态 | 森林覆盖率 | % | 38.5 | 40.0 | 40.2 | 已完成 | 113.3 |\n"
	    "| 2 | 绿色生态 | 单位地区生产总值能源消耗降低 | % | — | 〔14.5〕 | "
	    "〔25.6〕 | 已完成 | 176.2 |\n"
	    "\n注：〔〕内为五年累计数；年均增长类指标的实际值为“十四五”时期实际"
	    "年均增速；完成度为实际进展与目标进展之比（上下限类指标只判断是否完成）。"
	    "\n\n\n");
	/* the CSV for Excel: byte-order mark, CRLF, the printed numbers */
	fp = tmpfile();
	assert_int_equal(rp_table_csv(r.tables[0], fp), 0);
	rewind(fp);
	n = fread(csv, 1, sizeof csv - 1, fp);
	csv[n] = '\0';
	fclose(fp);
	assert_string_equal(csv, "\xef\xbb\xbf"
	    "序号,类别,指标,单位,基期值,目标值,实际值,完成情况,完成度（%）\r\n"
	    "1,绿色生态,森林覆盖率,%,38.5,40.0,40.2,已完成,113.3\r\n"
	    "2,绿色生态,单位地区生产总值能源消耗降低,%,—,〔14.5〕,〔25.6〕,已完成,"
	    "176.2\r\n");
	rp_report_free(&r);

	/* short boards with the peers' mean and the rank */
	assert_non_null(strstr(filled("{{table shortboards}}\n"),
	    "| 1 | R&D经费投入强度 | 2025年 | % | 1.2 | 2.0 | 6/6 | -1.50 |"));
	/* a statistic yp-compare could not compute is a dash, not a gap */
	text = filled("{{table peers}}\n");
	assert_non_null(strstr(text, "| R&D经费投入强度 | 2025年 | % | 1.2 | 2.0 | "
	    "6/6 | — | -1.50 |"));
	assert_non_null(strstr(text, "| 人均地区生产总值 | 2025年 | 元 | 78000 | "
	    "86667 | 5/6 | — | -0.81 |"));
	assert_non_null(strstr(filled("{{table structure 2020 2025}}\n"),
	    "| 2025年 | 402.25 | 8.2 | 40.1 | 51.7 | 8.2:40.1:51.7 |"));
	text = filled("{{table indicators 2020 2025 2021-2025 gdp pop.resident}}\n");
	assert_non_null(strstr(text, "| 地区生产总值 | 亿元 | 300.50 | 402.25 | 6.1 |"));
	assert_non_null(strstr(text, "| 常住人口 | 万人 | 52.40 | 51.55 | -0.3 |"));
}

static void
test_missing_record_is_an_error(void **state)
{
	struct rp_report r;
	const char *err;

	(void)state;
	capture_begin();
	/* line 7 of the file: five lines of front matter come first */
	assert_int_equal(fill(&r, "第一行\n{{value gdp 2019}}\n", 0), YP_EXIT_DATA);
	err = capture_end();
	assert_non_null(strstr(err, ":7: {{value gdp 2019}}: 示例县 gdp value 2019: "
	    "no such record in the inputs; check the inputs and the template, "
	    "or run with --gaps to mark it in the report and go on\n"));
	assert_int_equal(count_lines(err), 1);
	rp_report_free(&r);
}

static void
test_status_m_says_why(void **state)
{
	struct rp_report r;
	const char *err;

	(void)state;
	capture_begin();
	assert_int_equal(fill(&r, "{{value gdp theil 2025}}\n", 0), YP_EXIT_DATA);
	err = capture_end();
	assert_non_null(strstr(err, ":6: {{value gdp theil 2025}}: 示例县 gdp theil "
	    "2025: not computable: no employment by sector ("));
	assert_int_equal(count_lines(err), 1);
	rp_report_free(&r);
}

static void
test_gaps_are_marked(void **state)
{
	struct rp_report r;
	const char *err;

	(void)state;
	capture_begin();
	assert_int_equal(fill(&r, "GDP {{value gdp 2019}}。\n", 1), 0);
	err = capture_end();
	assert_string_equal(yp_sbuf_str(&r.out.md),
	    "GDP 【缺：示例县 gdp value 2019: no such record in the inputs】。\n");
	assert_non_null(strstr(err, ":6: {{value gdp 2019}}: 示例县 gdp value "
	    "2019: no such record in the inputs; marked as a gap\n"));
	assert_non_null(strstr(err, "1 gap marked"));
	rp_report_free(&r);
}

static void
init_bad_template(void *arg)
{
	struct rp_report r;

	(void)fill(&r, arg, 0);
}

static void
test_template_errors_exit_2(void **state)
{
	char err[2048];

	(void)state;
	assert_int_equal(exit_status_of(init_bad_template,
	    "x {{vlaue gdp 2025}}\n", err, sizeof err), 2);
	assert_non_null(strstr(err, ":6: {{vlaue gdp 2025}}: unknown placeholder "
	    "\"vlaue\"; the kinds are: region"));
	assert_int_equal(exit_status_of(init_bad_template,
	    "{{value gdp}}\n", err, sizeof err), 2);
	assert_non_null(strstr(err, ":6: {{value gdp}}: value takes 2 to 3 words, "
	    "not 1"));
	assert_int_equal(exit_status_of(init_bad_template,
	    "见{{table peers}}\n", err, sizeof err), 2);
	assert_non_null(strstr(err, "a table stands alone on its line"));
}

static void
test_html(void **state)
{
	char *toc, *html;

	(void)state;
	html = rp_markdown_to_html("# 报告\n\n## 一、基础\n\n### （一）经济\n\n"
	    "| a | b |\n| --- | ---: |\n| x | <span class=\"n\" title=\"s\">1.0"
	    "</span> |\n\n## 二、趋势\n", &toc);
	assert_non_null(strstr(html, "<h1>报告</h1>"));
	assert_non_null(strstr(html, "<h2 id=\"s1\">一、基础</h2>"));
	assert_non_null(strstr(html, "<h3 id=\"s2\">（一）经济</h3>"));
	assert_non_null(strstr(html, "<td align=\"right\"><span class=\"n\" "
	    "title=\"s\">1.0</span></td>"));
	assert_string_equal(toc, "<nav class=\"toc\"><p class=\"toc-title\">目　录"
	    "</p>\n<ol>\n<li><a href=\"#s1\">一、基础</a>\n<ol>\n"
	    "<li><a href=\"#s2\">（一）经济</a></li>\n</ol></li>\n"
	    "<li><a href=\"#s3\">二、趋势</a></li>\n</ol></nav>\n");
	free(html);
	free(toc);
}

static void
test_svg_inline(void **state)
{
	const char *path = scratch_text("c.svg",
	    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	    "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n"
	    "<svg width=\"600\" height=\"400\" viewBox=\"0 0 600 400\">\n"
	    "<title>Gnuplot</title>\n"
	    "<defs><path id=\"gpPt0\" d=\"M0 0\"/></defs>\n"
	    "<use xlink:href=\"#gpPt0\" fill=\"url(#grad)\"/>\n"
	    "<use xlink:href='#gpPt5' id='gpPt6'/>\n"	/* gnuplot's quotes */
	    "</svg>\n");
	char *svg = rp_svg_inline(path, "f2");

	(void)state;
	assert_string_equal(svg,
	    "<svg width=\"600\" height=\"400\" viewBox=\"0 0 600 400\">\n"
	    "\n"
	    "<defs><path id=\"f2-gpPt0\" d=\"M0 0\"/></defs>\n"
	    "<use xlink:href=\"#f2-gpPt0\" fill=\"url(#f2-grad)\"/>\n"
	    "<use xlink:href='#f2-gpPt5' id='f2-gpPt6'/>\n"
	    "</svg>");
	free(svg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_tables),
		cmocka_unit_test(test_missing_record_is_an_error),
		cmocka_unit_test(test_status_m_says_why),
		cmocka_unit_test(test_gaps_are_marked),
		cmocka_unit_test(test_template_errors_exit_2),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_svg_inline),
	};

	yp_set_program("yp-report");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
