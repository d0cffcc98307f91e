/* Specification of stages/trend/targets.c: 十四五 completion and 十五五
 * feasibility on a small county whose figures make the arithmetic easy
 * to follow by hand (written next to each check). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trend/targets.h"

static const struct yp_indicator ind_amount = { "x", "", "", "", "", "amount" };
static const struct yp_indicator ind_rate = { "x", "", "", "%", "", "rate" };
static const struct yp_indicator ind_index = { "x", "", "", "上年=100", "",
	"index" };

/* The county's series, years 2015..2025 (0: no record). */
struct fixture {
	struct series s[9];
	double v[9][11];
	char st[9][11];
	struct region_data rd;
	char dir[64];
	struct target_set *ts;
};

static void
add(struct fixture *f, int i, const char *code, const char *unit,
	const struct yp_indicator *ind, const double *v)
{
	int k;

	f->s[i].indicator = code;
	f->s[i].unit = unit;
	f->s[i].ind = ind;
	f->s[i].first = 2015;
	f->s[i].last = 2025;
	f->s[i].v = f->v[i];
	f->s[i].st = f->st[i];
	for (k = 0; k < 11; k++) {
		f->v[i][k] = v[k];
		f->st[i][k] = v[k] == 0 ? 0 : 'A';
	}
}

static void
write_file(const char *dir, const char *name, const char *text)
{
	char path[128];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static const char targets_csv[] =
"region,indicator,plan,category,name,type,basis,base_year,base_value,target_year,target_value,unit,attribute,note\n"
"县,gdp.growth,十四五,经济发展,GDP增长,growth,real,2020,,2025,6,%,预期性,\n"
"县,gdp,十四五,经济发展,GDP,level,nominal,2020,150,2025,210,亿元,预期性,\n"
"县,energy.intensity,十四五,绿色生态,能耗,cumulative,,2020,0.5,2025,-15,%,约束性,\n"
"县,pm25,十四五,绿色生态,PM2.5,max,,2020,40,2025,35,微克/立方米,约束性,\n"
"县,urbanization,十四五,经济发展,城镇化率,level,,2020,55,2025,60,%,预期性,\n"
"县,income.all,十四五,民生福祉,收入,in_step,,2020,30000,2025,,%,预期性,\n"
"县,life_expectancy,十四五,民生福祉,寿命,cumulative_abs,,2020,78,2025,1,岁,预期性,\n"
"县,gdp.growth,十五五,经济发展,GDP增长,growth,real,2025,,2030,5,%,预期性,\n"
"县,urbanization,十五五,经济发展,城镇化率,level,,2025,58,2030,63,%,预期性,\n"
"县,energy.intensity,十五五,绿色生态,能耗,cumulative,,2025,0.42,2030,-10,%,约束性,\n"
"县,pm25,十五五,绿色生态,PM2.5,max,,2025,33,2030,30,微克/立方米,约束性,\n"
"县,land.arable,十五五,安全保障,耕地,min,,2025,1005,2030,1000,公顷,约束性,\n"
"邻县,gdp,十四五,经济发展,GDP,level,,2020,80,2025,100,亿元,预期性,\n";

static int
setup(void **state)
{
	/* 2015 .. 2025 */
	static const double gdp[] = { 100, 110, 120, 130, 140, 150, 160, 170,
	    180, 190, 200 };
	static const double idx[] = { 0, 106, 106, 106, 106, 106, 105, 105,
	    104, 104, 105 };
	static const double ei[] = { 0.6, 0, 0, 0, 0, 0.5, 0, 0, 0, 0, 0.42 };
	static const double income[] = { 21000, 0, 0, 0, 0, 30000, 32100,
	    33600, 35800, 37900, 40500 };
	static const double arable[] = { 1050, 0, 0, 0, 0, 1030, 0, 0, 0, 0,
	    1005 };
	static const double life[] = { 77, 0, 0, 0, 0, 78, 0, 0, 0, 0, 79.2 };
	static const double pm[] = { 50, 0, 0, 0, 0, 40, 0, 0, 0, 0, 33 };
	static const double urb[] = { 50, 0, 0, 0, 0, 55, 0, 0, 0, 0, 58 };
	struct fixture *f = calloc(1, sizeof *f);

	/* sorted by indicator, as the stage builds them */
	add(f, 0, "energy.intensity", "吨标准煤/万元", &ind_amount, ei);
	add(f, 1, "gdp", "亿元", &ind_amount, gdp);
	add(f, 2, "gdp.index", "上年=100", &ind_index, idx);
	add(f, 3, "income.all", "元", &ind_amount, income);
	add(f, 4, "land.arable", "公顷", &ind_amount, arable);
	add(f, 5, "life_expectancy", "岁", &ind_amount, life);
	add(f, 6, "pm25", "微克/立方米", &ind_amount, pm);
	add(f, 7, "urbanization", "%", &ind_rate, urb);
	f->rd.region = "县";
	f->rd.s = f->s;
	f->rd.ns = 8;
	strcpy(f->dir, "/tmp/yp-trend-test-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	write_file(f->dir, "targets.csv", targets_csv);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	char path[128];

	targets_free(f->ts);
	snprintf(path, sizeof path, "%s/targets.csv", f->dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/verdicts.csv", f->dir);
	unlink(path);
	rmdir(f->dir);
	free(f);
	return 0;
}

static void
load(struct fixture *f, int custom_verdicts)
{
	char tp[128], vp[128];

	snprintf(tp, sizeof tp, "%s/targets.csv", f->dir);
	snprintf(vp, sizeof vp, "%s/verdicts.csv", f->dir);
	if (custom_verdicts)
		write_file(f->dir, "verdicts.csv", "code,verdict,label_zh,"
		    "label_en,max_ratio\n1,easy,易,easy,0.5\n2,ok,可,ok,1.2\n"
		    "3,hard,难,hard,\n");
	f->ts = targets_load(tp, custom_verdicts ? vp : "/nonexistent/v.csv");
}

static const struct out_rec *
find(const struct outbuf *o, const char *ind, const char *measure,
	const char *period)
{
	size_t i;

	for (i = 0; i < o->n; i++)
		if (strcmp(o->r[i].indicator, ind) == 0 &&
		    strcmp(o->r[i].measure, measure) == 0 &&
		    strcmp(o->r[i].period, period) == 0)
			return &o->r[i];
	fail_msg("no record %s %s %s", ind, measure, period);
	return NULL;
}

static void
is(const struct outbuf *o, const char *ind, const char *measure,
	const char *period, double want)
{
	const struct out_rec *r = find(o, ind, measure, period);

	if (r->status == 'M')
		fail_msg("%s %s missing: %s", ind, measure, r->note);
	if (fabs(r->value - want) > 1e-9 * (fabs(want) > 1 ? fabs(want) : 1))
		fail_msg("%s %s = %.15g, want %.15g", ind, measure, r->value,
		    want);
}

static void
is_missing(const struct outbuf *o, const char *ind, const char *measure,
	const char *period, const char *why)
{
	const struct out_rec *r = find(o, ind, measure, period);

	assert_int_equal(r->status, 'M');
	if (!strstr(r->note, why))
		fail_msg("%s %s: note \"%s\", want \"%s\"", ind, measure,
		    r->note, why);
}

static void
note_has(const struct outbuf *o, const char *ind, const char *measure,
	const char *period, const char *text)
{
	const struct out_rec *r = find(o, ind, measure, period);

	if (!strstr(r->note, text))
		fail_msg("%s %s: note \"%s\" lacks \"%s\"", ind, measure,
		    r->note, text);
}

#define P14 "2021-2025"
#define P15 "2026-2030"

/* 十四五 completion. */
static void
test_fourteenth_plan(void **state)
{
	struct fixture *f = *state;
	struct outbuf o;

	load(f, 0);
	outbuf_init(&o);
	targets_region(f->ts, "县", &f->rd, NULL, &o);
	/* GDP real growth from the indices 105 105 104 104 105:
	 * 1.05 x 1.05 x 1.04 x 1.04 x 1.05 = 1.2520872, ^(1/5) - 1 =
	 * 4.5989 % < 6: not achieved; completion 4.5989/6 = 0.76648 */
	is(&o, "gdp.growth", "target", P14, 6);
	is(&o, "gdp.growth", "actual", P14, 4.598851301684603);
	is(&o, "gdp.growth", "achieved", P14, 0);
	is(&o, "gdp.growth", "completion", P14, 0.7664752169474339);
	note_has(&o, "gdp.growth", "actual", P14, "real average annual growth");
	/* GDP level 200 against 210 from 150: (200-150)/(210-150) = 0.8333 */
	is(&o, "gdp", "actual", P14, 200);
	is(&o, "gdp", "achieved", P14, 0);
	is(&o, "gdp", "completion", P14, 50.0 / 60);
	/* energy intensity 0.5 -> 0.42: -16 %, target -15 %: achieved,
	 * completion 16/15 */
	is(&o, "energy.intensity", "actual", P14, -16);
	is(&o, "energy.intensity", "achieved", P14, 1);
	is(&o, "energy.intensity", "completion", P14, 16.0 / 15);
	/* PM2.5 33 <= 35: achieved; a bound has no completion ratio */
	is(&o, "pm25", "achieved", P14, 1);
	is_missing(&o, "pm25", "completion", P14, "bound target");
	/* urbanization 55 -> 58 against 60: (58-55)/(60-55) = 0.6 */
	is(&o, "urbanization", "achieved", P14, 0);
	is(&o, "urbanization", "completion", P14, 0.6);
	/* income in step with GDP, both nominal (income has no index):
	 * income (40500/30000)^(1/5) - 1 = 6.1859 %, GDP (200/150)^(1/5) - 1
	 * = 5.9224 %: achieved, completion 1.04449; year by year income
	 * 7.0, 4.67, 6.55, 5.87, 6.86 % against GDP 6.67, 6.25, 5.88, 5.56,
	 * 5.26 %: 4 of 5 years */
	/* (40500/30000)**0.2*100-100 in Python: 6.185875879493466 */
	is(&o, "income.all", "actual", P14, 6.185875879493466);
	is(&o, "income.all", "achieved", P14, 1);
	is(&o, "income.all", "completion", P14, 1.044490828346489);
	note_has(&o, "income.all", "actual", P14, "in 4 of 5 years");
	is_missing(&o, "income.all", "target", P14, "");
	/* life expectancy 78 -> 79.2: +1.2 years against 〔1〕 */
	is(&o, "life_expectancy", "actual", P14, 79.2 - 78);
	is(&o, "life_expectancy", "achieved", P14, 1);
	/* counts: binding (energy, pm25) 2 of 2; indicative 5, achieved 2
	 * (income, life expectancy) */
	is(&o, "*", "targets.binding", P14, 2);
	is(&o, "*", "targets.binding.achieved", P14, 2);
	is(&o, "*", "targets.indicative", P14, 5);
	is(&o, "*", "targets.indicative.achieved", P14, 2);
	outbuf_free(&o);
}

/* 十五五 feasibility with the default bands 1 and 1.3. */
static void
test_fifteenth_plan(void **state)
{
	struct fixture *f = *state;
	struct outbuf o;

	load(f, 0);
	outbuf_init(&o);
	targets_region(f->ts, "县", &f->rd, NULL, &o);
	/* GDP growth 5 % against 十四五 real 4.5989 %: ratio 1.0872, stretch;
	 * against 十三五 real 6 % (106^5): 0.8333 */
	is(&o, "gdp.growth", "required_rate", P15, 5);
	is(&o, "gdp.growth", "hist_rate.14", P15, 4.598851301684603);
	is(&o, "gdp.growth", "rate_ratio.14", P15, 1.0872280210861465);
	is(&o, "gdp.growth", "rate_ratio.13", P15, 5.0 / 6);
	is(&o, "gdp.growth", "verdict", P15, 2);
	note_has(&o, "gdp.growth", "verdict", P15, "需加力 stretch");
	/* urbanization 58 -> 63: 1 point a year against 0.6 (55 -> 58):
	 * ratio 1.667, hard; 十三五 (50 -> 55) 1 point: ratio 1 */
	is(&o, "urbanization", "required_rate", P15, 1);
	is(&o, "urbanization", "hist_rate.14", P15, 0.6);
	is(&o, "urbanization", "rate_ratio.13", P15, 1);
	is(&o, "urbanization", "verdict", P15, 3);
	assert_string_equal(find(&o, "urbanization", "required_rate",
	    P15)->unit, "百分点");
	/* energy intensity 〔-10 %〕: 0.9^(1/5) - 1 = -2.0852 %/yr against
	 * 十四五 (0.42/0.5)^(1/5) - 1 = -3.4270 %/yr: ratio 0.6085, on
	 * trend */
	is(&o, "energy.intensity", "required_rate", P15, -2.08516376390232);
	is(&o, "energy.intensity", "hist_rate.14", P15, -3.4269701092490057);
	is(&o, "energy.intensity", "rate_ratio.14", P15, 0.6084569451816048);
	is(&o, "energy.intensity", "verdict", P15, 1);
	/* PM2.5 33 -> at most 30: (30/33)^(1/5) - 1 = -1.8882 %/yr against
	 * (33/40)^(1/5) - 1 = -3.7744 %/yr: ratio 0.5003, on trend */
	is(&o, "pm25", "required_rate", P15, -1.8881504273735694);
	is(&o, "pm25", "rate_ratio.14", P15, 0.5002565649971581);
	is(&o, "pm25", "verdict", P15, 1);
	/* arable land 1005 >= 1000 already, but it fell (1005/1030)^(1/5)
	 * - 1 = -0.49 %/yr while it can afford (1000/1005)^(1/5) - 1 =
	 * -0.0997 %/yr: the trend leaves the bound, hard */
	is(&o, "land.arable", "required_rate", P15, 0);
	is_missing(&o, "land.arable", "rate_ratio.14", P15, "already reached");
	is(&o, "land.arable", "verdict", P15, 3);
	note_has(&o, "land.arable", "verdict", P15, "leaves it by 2030");
	/* no projection was made (none given) */
	is_missing(&o, "gdp.growth", "projection", P15, "not projected");
	/* counts: binding 3 (energy 1, pm25 1, land 3); indicative 2
	 * (gdp.growth 2, urbanization 3) */
	is(&o, "*", "targets.binding", P15, 3);
	is(&o, "*", "targets.binding.verdict1", P15, 2);
	is(&o, "*", "targets.binding.verdict3", P15, 1);
	is(&o, "*", "targets.indicative.verdict2", P15, 1);
	is(&o, "*", "targets.indicative.verdict3", P15, 1);
	is(&o, "*", "targets.indicative.verdict1", P15, 0);
	outbuf_free(&o);
}

/* The bands are config: with easy <= 0.5 < ok <= 1.2 < hard, the GDP
 * growth ratio 1.087 is "ok" and energy intensity 0.608 too. */
static void
test_verdict_bands_from_config(void **state)
{
	struct fixture *f = *state;
	struct outbuf o;
	const struct verdict *v;
	const char *why;
	double ratio;

	load(f, 1);
	outbuf_init(&o);
	targets_region(f->ts, "县", &f->rd, NULL, &o);
	is(&o, "gdp.growth", "verdict", P15, 2);
	note_has(&o, "gdp.growth", "verdict", P15, "可 ok: ratio 1.09 <= 1.2");
	is(&o, "energy.intensity", "verdict", P15, 2);
	is(&o, "urbanization", "verdict", P15, 3);
	note_has(&o, "urbanization", "verdict", P15, "ratio 1.67 > 1.2");
	outbuf_free(&o);
	v = verdict_for(f->ts, 0.5, 1, &ratio, &why);
	assert_int_equal(v->code, 1);	/* 0.5 <= 0.5 */
	v = verdict_for(f->ts, -1, 1, &ratio, &why);
	assert_int_equal(v->code, 1);
	assert_non_null(strstr(why, "already reached"));
	v = verdict_for(f->ts, 1, -1, &ratio, &why);
	assert_int_equal(v->code, 3);
	assert_non_null(strstr(why, "moved away"));
}

/* A region with targets but no data: every target says so. */
static void
test_region_without_data(void **state)
{
	struct fixture *f = *state;
	struct region_data empty = { "邻县", NULL, 0 };
	struct outbuf o;

	load(f, 0);
	outbuf_init(&o);
	targets_region(f->ts, "邻县", &empty, NULL, &o);
	is(&o, "gdp", "target", P14, 100);
	is_missing(&o, "gdp", "achieved", P14, "no data for gdp in 邻县");
	is(&o, "*", "targets.indicative", P14, 1);
	is(&o, "*", "targets.indicative.achieved", P14, 0);
	outbuf_free(&o);
	{
		size_t n;
		const char **r = target_regions(f->ts, &n);

		assert_int_equal(n, 2);
		assert_string_equal(r[0], "县");	/* byte order */
		assert_string_equal(r[1], "邻县");
		free(r);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fourteenth_plan, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_fifteenth_plan, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_verdict_bands_from_config,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_region_without_data, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
