/* Specification of common/cfg.c: indicator, unit and region matching
 * through the config tables, sources.csv, and config errors.
 *
 * Most tests read the small fixed config in tests/data/ingest/cfg/, so
 * they do not change when users extend config/; one test checks the core
 * aliases of the real config/ (skipped when it is absent). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "capture.h"
#include "cfg.h"

static struct yp_config *cfg;
static char dir[1024];

static const char *
root(void)
{
	const char *r = getenv("ROOT");

	return r && *r ? r : ".";
}

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "%s/tests/data/ingest/cfg", root());
	cfg = yp_config_load(dir);
	return cfg ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	yp_config_free(cfg);
	return 0;
}

static void
expect_indicator(const char *name, const char *code)
{
	const struct yp_indicator *ind = yp_indicator_match(cfg, name);

	if (!code && ind)
		fail_msg("\"%s\" matched %s, expected no match", name, ind->code);
	if (code && (!ind || strcmp(ind->code, code) != 0))
		fail_msg("\"%s\" matched %s, expected %s", name,
		    ind ? ind->code : "nothing", code);
}

static void
test_loaded(void **state)
{
	char *p;

	(void)state;
	assert_int_equal(cfg->nindicators, 13);	/* comment and blank rows skipped */
	assert_int_equal(cfg->nunits, 12);
	assert_int_equal(cfg->nregions, 7);
	assert_int_equal(cfg->nsources, 4);
	p = yp_config_path(cfg, "units.csv");
	assert_true(strlen(p) > 10 && strcmp(p + strlen(p) - 10, "/units.csv") == 0);
	free(p);
}

/* Names as national, provincial and county tables write them. */
static void
test_indicator_match(void **state)
{
	const struct yp_indicator *gdp = yp_indicator_get(cfg, "gdp");

	(void)state;
	assert_non_null(gdp);
	assert_string_equal(gdp->name_zh, "地区生产总值");
	assert_string_equal(gdp->unit, "亿元");
	assert_string_equal(gdp->kind, "amount");
	assert_string_equal(gdp->category, "economy");
	assert_null(yp_indicator_get(cfg, "国内生产总值"));	/* codes only */

	expect_indicator("gdp", "gdp");			/* the code */
	expect_indicator("地区生产总值", "gdp");		/* Chinese name */
	expect_indicator("国内生产总值", "gdp");		/* national alias */
	expect_indicator("Gross regional product", "gdp");	/* English */
	expect_indicator("GROSS DOMESTIC PRODUCT", "gdp");	/* any case */
	expect_indicator("ＧＤＰ", "gdp");			/* full width */
	expect_indicator("地区 生产 总值", "gdp");		/* spaces */
	expect_indicator("地区\xe3\x80\x80生产总值", "gdp");	/* U+3000 */
	expect_indicator("第三产业", "gdp.tertiary");
	expect_indicator("人口数(人口抽样调查)", "pop.sample");	/* brackets */
	expect_indicator("人口数（人口抽样调查）", "pop.sample");
	expect_indicator("地区生产总值指数(上年=100)", "gdp.index");
	expect_indicator("地方财政一般公共预算支出", "fiscal.expenditure");
	expect_indicator("年末总人口", "pop.resident");
	expect_indicator("广播节目套数", NULL);
	expect_indicator("地区生产总值(亿元)", NULL);	/* split the unit first */
	expect_indicator("", NULL);
}

static void
expect_factor(const char *from, const char *to, int ret, double f)
{
	double got = -1;
	int r = yp_unit_factor(cfg, from, to, &got);

	if (r != ret || (ret == 1 && fabs(got - f) > 1e-12 * fabs(f)))
		fail_msg("%s -> %s: %d, factor %.17g; expected %d, %.17g", from,
		    to, r, got, ret, f);
}

/* A value in from times the factor is the value in to. */
static void
test_unit_factor(void **state)
{
	(void)state;
	expect_factor("亿元", "万元", 1, 10000);	/* 1 亿元 = 10000 万元 */
	expect_factor("万元", "亿元", 1, 0.0001);
	expect_factor("亿元", "元", 1, 1e8);
	expect_factor("万人", "人", 1, 10000);
	expect_factor("人", "万人", 1, 0.0001);
	expect_factor("亩", "公顷", 1, 1.0 / 15);	/* 15 亩 = 1 公顷 */
	expect_factor("平方公里", "公顷", 1, 100);
	expect_factor("%", "%", 1, 1);
	expect_factor("亿 元", "万元", 1, 10000);	/* matched as keys */
	expect_factor("％", "%", 1, 1);		/* full-width percent */
	expect_factor("亿元", "万人", 0, 0);		/* money is not people */
	expect_factor("%", "‰", 0, 0);		/* a rate is kept in its unit */
	expect_factor("亿元", "美元", -1, 0);	/* not in units.csv */
	expect_factor("美元", "美元", 1, 1);	/* the same unit needs no table */
	assert_non_null(yp_unit_get(cfg, "上年=100"));
	assert_string_equal(yp_unit_get(cfg, "万人")->base, "人");
	assert_null(yp_unit_get(cfg, "套"));
	/* exact: 1e8 / 1e4 */
	{
		double f;
		assert_int_equal(yp_unit_factor(cfg, "亿元", "万元", &f), 1);
		assert_true(f == 10000);
	}
}

static void
expect_region(const char *name, const char *canonical)
{
	const struct yp_region *r = yp_region_match(cfg, name);

	if (!canonical && r)
		fail_msg("\"%s\" matched %s, expected no match", name, r->name);
	if (canonical && (!r || strcmp(r->name, canonical) != 0))
		fail_msg("\"%s\" matched %s, expected %s", name,
		    r ? r->name : "nothing", canonical);
}

static void
test_region_match(void **state)
{
	const struct yp_region *r;

	(void)state;
	expect_region("北京市", "北京市");
	expect_region("北京", "北京市");
	expect_region("Beijing", "北京市");
	expect_region("beijing", "北京市");
	expect_region("郑  州  市", "郑州市");	/* yearbook padding */
	expect_region("郑\xe3\x80\x80州\xe3\x80\x80市", "郑州市");
	expect_region(" 郑州 ", "郑州市");
	expect_region("410100", "郑州市");		/* code */
	expect_region("新疆省", "新疆维吾尔自治区");	/* an old alias */
	expect_region("XINJIANG", "新疆维吾尔自治区");
	expect_region("中原区", "中原区");
	expect_region("全国合计", "全国");
	expect_region("示例县", NULL);
	expect_region("", NULL);

	assert_non_null(yp_region_get(cfg, "北京市"));
	assert_null(yp_region_get(cfg, "北京"));	/* canonical names only */
	r = yp_region_by_code(cfg, "410100");
	assert_non_null(r);
	assert_string_equal(r->name, "郑州市");
	assert_string_equal(r->level, "city");
	assert_string_equal(r->parent, "410000");
	assert_string_equal(yp_region_by_code(cfg, r->parent)->name, "河南省");
	assert_null(yp_region_by_code(cfg, "999999"));
}

/* The last row whose pattern matches the path or its last part wins. */
static void
test_sources(void **state)
{
	const struct yp_source *s;

	(void)state;
	s = yp_source_for(cfg, "data/raw/分省年度数据_6.csv");
	assert_non_null(s);
	assert_string_equal(s->indicator, "gdp");
	assert_string_equal(s->unit, "亿元");
	assert_int_equal(s->edition, 2025);
	assert_string_equal(s->department, "统计局");
	assert_string_equal(s->note, "newer export: no 指标 line");
	assert_int_equal(s->row, 1);
	s = yp_source_for(cfg, "分省年度数据_4.csv");
	assert_non_null(s);
	assert_int_equal(s->row, 0);
	assert_string_equal(s->indicator, "");
	assert_int_equal(s->edition, 0);
	s = yp_source_for(cfg, "data/raw/fiscal/2024.csv");	/* the path */
	assert_non_null(s);
	assert_string_equal(s->department, "财政局");
	assert_null(yp_source_for(cfg, "fiscal.csv"));
	s = yp_source_for(cfg, "郑州统计年鉴2024.csv");
	assert_non_null(s);
	assert_string_equal(s->region, "郑州");
	assert_null(yp_source_for(cfg, "国内生产总值.csv"));
}

/* Link a table of the small config into folder d. */
static void
symlink_table(const char *d, const char *name)
{
	char from[1200], to[1200];

	snprintf(from, sizeof from, "%s/%s", dir, name);
	snprintf(to, sizeof to, "%s/%s", d, name);
	assert_int_equal(symlink(from, to), 0);
}

/* File names as users write them, full-width brackets and double
 * spaces included, match their sources.csv rows although table cells
 * are folded. */
static void
test_sources_full_width_names(void **state)
{
	const char *d = scratch_path("fw");
	struct yp_config *c;
	char path[1200];
	FILE *fp;

	(void)state;
	snprintf(path, sizeof path, "%s/sources.csv", d);
	mkdir(d, 0755);
	symlink_table(d, "indicators.csv");
	symlink_table(d, "units.csv");
	symlink_table(d, "regions.csv");
	fp = fopen(path, "w");
	fputs("file,region\n郑州市（2024）.csv,郑州\n北京  统计.csv,北京\n", fp);
	fclose(fp);
	c = yp_config_load(d);
	assert_non_null(yp_source_for(c, "data/raw/郑州市（2024）.csv"));
	assert_string_equal(yp_source_for(c, "郑州市（2024）.csv")->region, "郑州");
	assert_non_null(yp_source_for(c, "北京  统计.csv"));
	assert_null(yp_source_for(c, "郑州市（2023）.csv"));
	yp_config_free(c);
}

static void
test_config_dir(void **state)
{
	char cwd[1024];
	const char *d;

	(void)state;
	assert_string_equal(yp_config_dir("mine"), "mine");
	setenv("YP_CONFIG", "from-env", 1);
	assert_string_equal(yp_config_dir(NULL), "from-env");
	assert_string_equal(yp_config_dir("mine"), "mine");
	unsetenv("YP_CONFIG");
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(scratch_path("")), 0);
	assert_int_equal(mkdir("config", 0755), 0);
	assert_string_equal(yp_config_dir(NULL), "config");	/* ./config */
	assert_int_equal(rmdir("config"), 0);
	d = yp_config_dir("");					/* installed */
	assert_true(strcmp(d, "config") != 0 &&
	    strcmp(d + strlen(d) - 7, "/config") == 0);
	assert_int_equal(chdir(cwd), 0);
}

/* ---- config errors: exit 2, one line naming FILE:LINE -------------- */

static const char *const good_units = "unit,base,factor\n亿元,元,100000000\n"
    "万元,元,10000\n";
static const char *const good_indicators = "code,name_zh,name_en,unit,category,"
    "kind,aliases\ngdp,地区生产总值,GDP,亿元,economy,amount,国内生产总值\n";
static const char *const good_regions = "code,name,aliases,level,parent\n"
    "110000,北京市,北京,province,\n";

/* Write a config folder; NULL leaves a table out. */
static const char *
config_dir(const char *name, const char *units, const char *indicators,
    const char *regions, const char *sources)
{
	static char path[1024];
	char file[256];

	snprintf(path, sizeof path, "%s", scratch_path(name));
	mkdir(path, 0755);
#define PUT(table, text) if (text) { \
		snprintf(file, sizeof file, "%s/" table, name); \
		scratch_text(file, text); }
	PUT("units.csv", units);
	PUT("indicators.csv", indicators);
	PUT("regions.csv", regions);
	PUT("sources.csv", sources);
#undef PUT
	return path;
}

static void
load(void *d)
{
	yp_config_free(yp_config_load(d));
}

static void
expect_config_error(const char *d, const char *file_line, const char *what)
{
	char err[1024], want[1024];
	int status = exit_status_of(load, (void *)d, err, sizeof err);

	snprintf(want, sizeof want, "yp: %s/%s: %s", d, file_line, what);
	if (status != 2 || strncmp(err, want, strlen(want)) != 0 ||
	    count_lines(err) != 1)
		fail_msg("status %d, message \"%s\"; expected 2 and \"%s...\"",
		    status, err, want);
}

static void
test_config_errors(void **state)
{
	const char *d;

	(void)state;
	/* a good folder loads, sources.csv being optional */
	d = config_dir("good", good_units, good_indicators, good_regions, NULL);
	{
		struct yp_config *c = yp_config_load(d);
		assert_int_equal(c->nsources, 0);
		assert_null(yp_source_for(c, "a.csv"));
		yp_config_free(c);
	}
	/* one name, two meanings */
	d = config_dir("dup-alias", good_units, "code,name_zh,name_en,unit,"
	    "category,kind,aliases\ngdp,地区生产总值,GDP,亿元,economy,amount,"
	    "生产总值\ngni,国民总收入,GNI,亿元,economy,amount,生产 总值\n",
	    good_regions, NULL);
	expect_config_error(d, "indicators.csv:3", "indicator name \"生产 总值\" "
	    "is already used by another row");
	d = config_dir("dup-code", good_units, "code,name_zh,name_en,unit,"
	    "category,kind,aliases\ngdp,a,A,亿元,economy,amount,\n"
	    "gdp,b,B,亿元,economy,amount,\n", good_regions, NULL);
	expect_config_error(d, "indicators.csv:3", "code \"gdp\" appears twice");
	d = config_dir("dup-region", good_units, good_indicators,
	    "code,name,aliases,level,parent\n110000,北京市,,province,\n"
	    "110001,北京市,,province,\n", NULL);
	expect_config_error(d, "regions.csv:3", "region \"北京市\" appears twice");
	d = config_dir("region-alias", good_units, good_indicators,
	    "code,name,aliases,level,parent\n110000,北京市,京,province,\n"
	    "120000,天津市,京,province,\n", NULL);
	expect_config_error(d, "regions.csv:3", "region name \"京\" is already "
	    "used by another row");
	/* bad values */
	d = config_dir("bad-kind", good_units, "code,name_zh,name_en,unit,"
	    "category,kind,aliases\ngdp,a,A,亿元,economy,level,\n", good_regions,
	    NULL);
	expect_config_error(d, "indicators.csv:2", "kind \"level\" is not "
	    "amount, rate or index");
	d = config_dir("bad-unit", good_units, "code,name_zh,name_en,unit,"
	    "category,kind,aliases\ngdp,a,A,美元,economy,amount,\n", good_regions,
	    NULL);
	expect_config_error(d, "indicators.csv:2", "unit \"美元\" is not in "
	    "units.csv");
	d = config_dir("bad-factor", "unit,base,factor\n亿元,元,0\n",
	    good_indicators, good_regions, NULL);
	expect_config_error(d, "units.csv:2", "factor \"0\" is not a positive "
	    "number");
	d = config_dir("bad-factor2", "unit,base,factor\n亿元,元,1亿\n",
	    good_indicators, good_regions, NULL);
	expect_config_error(d, "units.csv:2", "factor \"1亿\"");
	d = config_dir("no-code", good_units, "code,name_zh,name_en,unit,"
	    "category,kind,aliases\n,a,A,亿元,economy,amount,\n", good_regions,
	    NULL);
	expect_config_error(d, "indicators.csv:2", "empty code");
	/* sources.csv must name what the other tables hold */
	d = config_dir("src-ind", good_units, good_indicators, good_regions,
	    "file,indicator\na.csv,国民总收入\n");
	expect_config_error(d, "sources.csv:2", "indicator \"国民总收入\" is not "
	    "in indicators.csv");
	d = config_dir("src-reg", good_units, good_indicators, good_regions,
	    "file,region\na.csv,示例县\n");
	expect_config_error(d, "sources.csv:2", "region \"示例县\" is not in "
	    "regions.csv");
	d = config_dir("src-ed", good_units, good_indicators, good_regions,
	    "file,edition\na.csv,2024年\n");
	expect_config_error(d, "sources.csv:2", "edition \"2024年\" is not a year");
	d = config_dir("src-file", good_units, good_indicators, good_regions,
	    "pattern,edition\na.csv,2024\n");
	expect_config_error(d, "sources.csv:1", "no column \"file\"");
	/* missing tables and columns */
	d = config_dir("no-regions", good_units, good_indicators, NULL, NULL);
	expect_config_error(d, "regions.csv", "cannot open: No such file or "
	    "directory");
	d = config_dir("no-aliases", good_units, "code,name_zh,name_en,unit,"
	    "category,kind\ngdp,a,A,亿元,economy,amount\n", good_regions, NULL);
	expect_config_error(d, "indicators.csv:1", "no column \"aliases\"");
}

/* The real config/ carries the core aliases every national and
 * provincial export needs. */
static void
test_real_config(void **state)
{
	char real[1024], probe[1200];
	static const char *const tables[] = { "indicators.csv", "units.csv",
	    "regions.csv", NULL };
	const char *const *t;
	struct yp_config *c;
	struct stat st;
	double f;

	(void)state;
	snprintf(real, sizeof real, "%s/config", root());
	for (t = tables; *t; t++) {
		snprintf(probe, sizeof probe, "%s/%s", real, *t);
		if (stat(probe, &st) != 0)
			skip();
	}
	c = yp_config_load(real);
	assert_non_null(yp_indicator_match(c, "国内生产总值"));
	assert_string_equal(yp_indicator_match(c, "国内生产总值")->code, "gdp");
	assert_string_equal(yp_indicator_match(c, "地区生产总值")->code, "gdp");
	assert_non_null(yp_region_match(c, "新疆省"));
	assert_string_equal(yp_region_match(c, "新疆省")->name, "新疆维吾尔自治区");
	assert_string_equal(yp_region_match(c, "郑  州  市")->name, "郑州市");
	assert_string_equal(yp_region_match(c, "北京")->name, "北京市");
	assert_int_equal(yp_unit_factor(c, "亿元", "万元", &f), 1);
	assert_true(f == 10000);
	assert_int_equal(yp_unit_factor(c, "万人", "人", &f), 1);
	assert_true(f == 10000);
	yp_config_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_loaded),
		cmocka_unit_test(test_indicator_match),
		cmocka_unit_test(test_unit_factor),
		cmocka_unit_test(test_region_match),
		cmocka_unit_test(test_sources),
		cmocka_unit_test(test_sources_full_width_names),
		cmocka_unit_test(test_config_dir),
		cmocka_unit_test(test_config_errors),
		cmocka_unit_test(test_real_config),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
