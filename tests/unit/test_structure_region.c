/* Specification of yp-structure's analyses on small hand-computed regions. */
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
#include "structure/settings.h"
#include "structure/structure.h"

/* 示例县, 2019-2021, in 亿元 (sectors add up to GDP):
 *        gdp  primary secondary tertiary | indices (上年=100)
 *  2019  100     10       40        50   |  -
 *  2020  110     11       44        55   |  gdp 105, 102, 104, 107
 *  2021  121     12       48        61   |  gdp 106, 103, 105, 108 (tertiary E)
 * energy.total 55 (2020) and 57.2 万吨标准煤 (2021).
 * 东岭县: the same but no gdp.primary.index for 2021.
 * 西川县: only gdp.growth (%) instead of gdp.index.
 * 南湖县: GDP in 万元 (1 000 000 万元 = 100 亿元), tertiary 500 000 万元. */
static const char records[] =
"region,indicator,measure,period,value,unit,status,source,note\n"
"示例县,gdp,value,2019,100,亿元,A,t:1,\n"
"示例县,gdp,value,2020,110,亿元,A,t:2,\n"
"示例县,gdp,value,2021,121,亿元,A,t:3,\n"
"示例县,gdp.primary,value,2019,10,亿元,A,t:4,\n"
"示例县,gdp.primary,value,2020,11,亿元,A,t:5,\n"
"示例县,gdp.primary,value,2021,12,亿元,A,t:6,\n"
"示例县,gdp.secondary,value,2019,40,亿元,A,t:7,\n"
"示例县,gdp.secondary,value,2020,44,亿元,A,t:8,\n"
"示例县,gdp.secondary,value,2021,48,亿元,A,t:9,\n"
"示例县,gdp.tertiary,value,2019,50,亿元,A,t:10,\n"
"示例县,gdp.tertiary,value,2020,55,亿元,A,t:11,\n"
"示例县,gdp.tertiary,value,2021,61,亿元,A,t:12,\n"
"示例县,gdp.index,value,2020,105,上年=100,A,t:13,\n"
"示例县,gdp.index,value,2021,106,上年=100,A,t:14,\n"
"示例县,gdp.primary.index,value,2020,102,上年=100,A,t:15,\n"
"示例县,gdp.primary.index,value,2021,103,上年=100,A,t:16,\n"
"示例县,gdp.secondary.index,value,2020,104,上年=100,A,t:17,\n"
"示例县,gdp.secondary.index,value,2021,105,上年=100,A,t:18,\n"
"示例县,gdp.tertiary.index,value,2020,107,上年=100,A,t:19,\n"
"示例县,gdp.tertiary.index,value,2021,108,上年=100,E,t:20,\n"
"示例县,energy.total,value,2020,55,万吨标准煤,A,t:21,\n"
"示例县,energy.total,value,2021,57.2,万吨标准煤,A,t:22,\n"
"东岭县,gdp,value,2020,110,亿元,A,t:31,\n"
"东岭县,gdp,value,2021,121,亿元,A,t:32,\n"
"东岭县,gdp.primary,value,2020,11,亿元,A,t:33,\n"
"东岭县,gdp.primary,value,2021,12,亿元,A,t:34,\n"
"东岭县,gdp.secondary,value,2020,44,亿元,A,t:35,\n"
"东岭县,gdp.secondary,value,2021,48,亿元,A,t:36,\n"
"东岭县,gdp.tertiary,value,2020,55,亿元,A,t:37,\n"
"东岭县,gdp.tertiary,value,2021,61,亿元,A,t:38,\n"
"东岭县,gdp.index,value,2021,106,上年=100,A,t:39,\n"
"东岭县,gdp.primary.index,value,2021,,上年=100,M,t:40,blank (unknown)\n"
"东岭县,gdp.secondary.index,value,2021,105,上年=100,A,t:41,\n"
"东岭县,gdp.tertiary.index,value,2021,108,上年=100,A,t:42,\n"
"西川县,gdp,value,2020,110,亿元,A,t:51,\n"
"西川县,gdp,value,2021,121,亿元,A,t:52,\n"
"西川县,gdp.growth,value,2021,6,%,A,t:53,\n"
"南湖县,gdp,value,2021,1000000,万元,A,t:61,\n"
"南湖县,gdp.tertiary,value,2021,500000,万元,A,t:62,\n";

struct fixture {
	struct yp_config *cfg;
	struct settings *set;
	struct structure st;
	char path[64];
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	FILE *fp;
	int fd;

	strcpy(f->path, "/tmp/test_structure_XXXXXX");
	fd = mkstemp(f->path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs(records, fp);
	fclose(fp);
	f->cfg = yp_config_load(yp_config_dir(NULL));
	f->set = settings_load(f->cfg, 0);
	f->st.cfg = f->cfg;
	f->st.set = f->set;
	f->st.panel = panel_new(f->cfg);
	structure_keep(&f->st);
	assert_int_equal(panel_read(f->st.panel, f->path), 0);
	panel_done(f->st.panel);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	yp_results_free(&f->st.out);
	panel_free(f->st.panel);
	settings_free(f->set);
	yp_config_free(f->cfg);
	unlink(f->path);
	free(f);
	return 0;
}

/* Analyse one region (results stay in the buffer). */
static void
run(struct fixture *f, const char *region)
{
	yp_results_flush(&f->st.out, NULL);
	structure_region(&f->st, panel_region(f->st.panel, region));
}

static const struct yp_result *
find(struct fixture *f, const char *indicator, const char *measure,
    const char *period)
{
	size_t i;

	for (i = 0; i < f->st.out.n; i++)
		if (strcmp(f->st.out.r[i].indicator, indicator) == 0 &&
		    strcmp(f->st.out.r[i].measure, measure) == 0 &&
		    strcmp(f->st.out.r[i].period, period) == 0)
			return &f->st.out.r[i];
	fail_msg("no result %s %s %s", indicator, measure, period);
	return NULL;
}

static void
expect(struct fixture *f, const char *indicator, const char *measure,
    const char *period, double want)
{
	const struct yp_result *r = find(f, indicator, measure, period);

	if (!r->has_value || fabs(r->value - want) > 1e-9 * fmax(1, fabs(want)))
		fail_msg("%s %s %s: got %.17g (%c), expected %.17g", indicator,
		    measure, period, r->value, r->status, want);
}

static void
expect_missing(struct fixture *f, const char *indicator, const char *measure,
    const char *period, const char *reason)
{
	const struct yp_result *r = find(f, indicator, measure, period);

	assert_int_equal(r->status, 'M');
	assert_false(r->has_value);
	if (!strstr(r->note, reason))
		fail_msg("%s %s %s: note \"%s\" lacks \"%s\"", indicator,
		    measure, period, r->note, reason);
}

/* Contribution and pull of 2020, in 2019 prices (methods reference 2.2):
 * increments 10·0.02 = 0.2, 40·0.04 = 1.6, 50·0.07 = 3.5 (sum 5.3);
 * GDP's 100·0.05 = 5.  Contributions 4, 32, 70 %; pulls 0.2, 1.6,
 * 3.5 pp; residual 5 - 5.3 = -0.3 pp; 100 - 106 = -6 %.
 * 2021 in 2020 prices: 11·0.03 = 0.33, 44·0.05 = 2.2, 55·0.08 = 4.4;
 * GDP 110·0.06 = 6.6: contributions 5, 33.33, 66.67 %, pulls 0.3, 2, 4,
 * residual 6 - 6.3 = -0.3 pp. */
static void
test_contribution_and_pull(void **state)
{
	struct fixture *f = *state;

	run(f, "示例县");
	expect(f, "gdp.primary", "contribution", "2020", 4);
	expect(f, "gdp.secondary", "contribution", "2020", 32);
	expect(f, "gdp.tertiary", "contribution", "2020", 70);
	expect(f, "gdp.primary", "pull", "2020", 0.2);
	expect(f, "gdp.secondary", "pull", "2020", 1.6);
	expect(f, "gdp.tertiary", "pull", "2020", 3.5);
	expect(f, "gdp", "pull_residual", "2020", -0.3);
	expect(f, "gdp", "contribution_residual", "2020", -6);
	expect(f, "gdp.primary", "contribution", "2021", 5);
	expect(f, "gdp.secondary", "contribution", "2021", 2.2 / 6.6 * 100);
	expect(f, "gdp.tertiary", "pull", "2021", 4);
	expect(f, "gdp", "pull_residual", "2021", -0.3);
	expect(f, "gdp", "real_growth", "2021", 6);
	/* 2019 has no index: no real growth, and no contribution of 2019 */
	expect_missing(f, "gdp", "real_growth", "2019",
	    "nominal growth is not real growth");
	expect_missing(f, "gdp.tertiary", "pull", "2019", "no nominal");
}

/* Real levels at 2020 prices: 2019 = 110/1.05 = 104.7619048,
 * 2021 = 110·1.06 = 116.6; deflators 100/104.7619·100 = 95.4545 and
 * 121/116.6·100 = 103.7735849; deflator growth 2021:
 * (121/110)/1.06·100 - 100 = 3.7735849 %. */
static void
test_real_levels_and_deflator(void **state)
{
	struct fixture *f = *state;

	run(f, "示例县");
	expect(f, "gdp", "real_level", "2019", 110 / 1.05);
	expect(f, "gdp", "real_level", "2020", 110);
	expect(f, "gdp", "real_level", "2021", 116.6);
	expect(f, "gdp", "real_index", "2021", 106);
	expect(f, "gdp", "deflator", "2019", 95.45454545454545);
	expect(f, "gdp", "deflator", "2021", 103.77358490566037);
	/* (121/110)/(106/100) = 110/106: +3.7735849056603774 % */
	expect(f, "gdp", "deflator_growth", "2021", 3.7735849056603774);
	expect(f, "gdp.tertiary", "real_level", "2021", 55 * 1.08);
}

/* The weakest input status wins: the tertiary index of 2021 is E, so its
 * real growth, contribution and pull are E; the secondary's stay A. */
static void
test_status_follows_inputs(void **state)
{
	struct fixture *f = *state;

	run(f, "示例县");
	assert_int_equal(find(f, "gdp.tertiary", "pull", "2021")->status, 'E');
	assert_int_equal(find(f, "gdp.tertiary", "real_growth", "2021")->status, 'E');
	assert_int_equal(find(f, "gdp.secondary", "pull", "2021")->status, 'A');
	assert_int_equal(find(f, "gdp", "pull_residual", "2021")->status, 'E');
}

/* 十四五 with data only to 2021: the plan record covers 2021-2021 and its
 * note says so; with one year the average growth is the year's 6 % and
 * the contributions are 2021's. */
static void
test_plan_to_date(void **state)
{
	struct fixture *f = *state;
	const struct yp_result *r;

	run(f, "示例县");
	expect(f, "gdp", "real_growth", "2021-2021", 6);
	expect(f, "gdp.primary", "contribution", "2021-2021", 5);
	r = find(f, "gdp", "real_growth", "2021-2021");
	assert_non_null(strstr(r->note, "十四五 to 2021"));
	/* 十三五 (base 2015) touches the data but has no base year */
	expect_missing(f, "gdp", "moore_angle", "2016-2020", "2015");
}

/* Energy intensity at 2020 prices: 55/110 = 0.5 and 57.2/116.6 =
 * 0.49056604 吨标准煤/万元 (万吨/亿元 = 吨/万元); cumulative change
 * (0.49056604/0.5 - 1)·100 = -1.88679245 %; Tapio 2021: ΔE = 4 %,
 * ΔGDP = 6 %, e = 0.6667, weak decoupling (2); elasticity the same. */
static void
test_energy(void **state)
{
	struct fixture *f = *state;

	run(f, "示例县");
	expect(f, "energy.intensity", "derived", "2020", 0.5);
	expect(f, "energy.intensity", "derived", "2021", 0.4905660377358491);
	expect(f, "energy.intensity", "derived.cum_change", "2021-2021",
	    -1.8867924528301772);
	expect(f, "energy.total", "tapio_e", "2021", 0.04 / 0.06);
	expect(f, "energy.total", "tapio_state", "2021", 2);
	assert_non_null(strstr(find(f, "energy.total", "tapio_state",
	    "2021")->note, "弱脱钩"));
	expect(f, "energy.total", "elasticity", "2021", 0.04 / 0.06);
	expect_missing(f, "energy.total", "tapio_e", "2020", "2019");
}

/* Shares and the structure string: 2021 12/121, 48/121, 61/121 =
 * 9.917, 39.669, 50.413 % -> "9.9:39.7:50.4"; TS = 61/48 = 1.2708. */
static void
test_structure_string(void **state)
{
	struct fixture *f = *state;

	run(f, "示例县");
	expect(f, "gdp.tertiary", "share", "2021", 61.0 / 121 * 100);
	expect(f, "gdp", "structure", "2021", 100);
	assert_string_equal(find(f, "gdp", "structure", "2021")->note,
	    "9.9:39.7:50.4");
	expect(f, "gdp", "ts", "2021", 61.0 / 48);
	/* no employment by sector: Theil is not computable, not zero */
	expect_missing(f, "gdp", "theil", "2021", "no employment by sector");
	expect_missing(f, "gdp.primary", "deviation", "2021",
	    "no employment by sector");
}

/* 东岭县 lacks the primary index of 2021 (an M record): its real growth
 * and pull are not computable, and so is the check of the pulls. */
static void
test_missing_index(void **state)
{
	struct fixture *f = *state;

	run(f, "东岭县");
	expect_missing(f, "gdp.primary", "real_growth", "2021",
	    "no gdp.primary.index (上年=100) for 2021");
	expect_missing(f, "gdp.primary", "pull", "2021", "gdp.primary.index");
	expect_missing(f, "gdp", "pull_residual", "2021", "gdp.primary.index");
	expect(f, "gdp.secondary", "pull", "2021", 2);	/* 44·0.05/110·100 */
}

/* 西川县 publishes growth (%) instead of an index: 100 + 6 = 106. */
static void
test_growth_as_index(void **state)
{
	struct fixture *f = *state;

	run(f, "西川县");
	expect(f, "gdp", "real_growth", "2021", 6);
	expect(f, "gdp", "real_level", "2021", 116.6);
	assert_string_equal(find(f, "gdp", "real_growth", "2021")->source,
	    "gdp.growth");
}

/* 南湖县's GDP in 万元 is read in the canonical 亿元: 1 000 000 万元 =
 * 100 亿元, and the tertiary share is 50 %. */
static void
test_units_converted(void **state)
{
	struct fixture *f = *state;

	run(f, "南湖县");
	expect(f, "gdp.tertiary", "share", "2021", 50);
	assert_true(panel_series(f->st.panel, "南湖县", "gdp")->v[0] == 100);
}

/* The class tables of config/labels.csv: ageing 7/14/20 % (from), HHI
 * 1500 inclusive and "> 2500" strict, urbanization 30/70 %. */
static void
test_classes(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(settings_classify(f->set, "ageing_stage", 6.99)->code, 0);
	assert_int_equal(settings_classify(f->set, "ageing_stage", 7)->code, 1);
	assert_int_equal(settings_classify(f->set, "ageing_stage", 13.99)->code, 1);
	assert_int_equal(settings_classify(f->set, "ageing_stage", 14)->code, 2);
	assert_int_equal(settings_classify(f->set, "ageing_stage", 20)->code, 3);
	assert_int_equal(settings_classify(f->set, "hhi_band", 1499.9)->code, 1);
	assert_int_equal(settings_classify(f->set, "hhi_band", 1500)->code, 2);
	assert_int_equal(settings_classify(f->set, "hhi_band", 2500)->code, 2);
	assert_int_equal(settings_classify(f->set, "hhi_band", 2500.1)->code, 3);
	assert_int_equal(settings_classify(f->set, "urbanization_stage", 29.9)->code, 1);
	assert_int_equal(settings_classify(f->set, "urbanization_stage", 30)->code, 2);
	assert_int_equal(settings_classify(f->set, "urbanization_stage", 70)->code, 3);
	assert_string_equal(settings_label(f->set, "tapio_state", 8)->zh, "衰退脱钩");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_contribution_and_pull),
		cmocka_unit_test(test_real_levels_and_deflator),
		cmocka_unit_test(test_status_follows_inputs),
		cmocka_unit_test(test_plan_to_date),
		cmocka_unit_test(test_energy),
		cmocka_unit_test(test_structure_string),
		cmocka_unit_test(test_missing_index),
		cmocka_unit_test(test_growth_as_index),
		cmocka_unit_test(test_units_converted),
		cmocka_unit_test(test_classes),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
