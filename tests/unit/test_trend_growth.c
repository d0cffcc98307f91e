/* Specification of stages/trend/growth.c: growth by year and by plan
 * period, with the arithmetic written out by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "trend/growth.h"
#include "trend/trend.h"

static const struct yp_indicator amount = { "gdp", "地区生产总值", "GDP",
	"亿元", "economy", "amount" };
static const struct yp_indicator rate = { "urbanization", "城镇化率", "",
	"%", "population", "rate" };
static const struct yp_indicator growth_rate = { "fai.growth", "", "", "%",
	"investment", "rate" };
static const struct yp_indicator index_ind = { "gdp.index", "", "",
	"上年=100", "economy", "index" };

/* A series of n years from first; status 0 leaves a year without a
 * record, 'M' makes it missing. */
static struct series
make(const char *code, const char *unit, const struct yp_indicator *ind,
	int first, int n, const double *v, const char *st, double *vbuf,
	char *sbuf)
{
	struct series s;
	int i;

	s.indicator = code;
	s.unit = unit;
	s.ind = ind;
	s.first = first;
	s.last = first + n - 1;
	s.v = vbuf;
	s.st = sbuf;
	for (i = 0; i < n; i++) {
		vbuf[i] = v[i];
		sbuf[i] = st ? st[i] : 'A';
	}
	return s;
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
absent(const struct outbuf *o, const char *measure, const char *period)
{
	size_t i;

	for (i = 0; i < o->n; i++)
		if (strcmp(o->r[i].measure, measure) == 0 &&
		    strcmp(o->r[i].period, period) == 0)
			fail_msg("unexpected record %s %s", measure, period);
}

static void
value_is(const struct outbuf *o, const char *ind, const char *measure,
	const char *period, double want, char status)
{
	const struct out_rec *r = find(o, ind, measure, period);

	if (r->status == 'M')
		fail_msg("%s %s is missing: %s", measure, period, r->note);
	if (fabs(r->value - want) > 1e-9 * (fabs(want) > 1 ? fabs(want) : 1))
		fail_msg("%s %s = %.15g, want %.15g", measure, period, r->value,
		    want);
	assert_int_equal(r->status, status);
}

static void
missing_because(const struct outbuf *o, const char *ind,
	const char *measure, const char *period, const char *why)
{
	const struct out_rec *r = find(o, ind, measure, period);

	assert_int_equal(r->status, 'M');
	if (!strstr(r->note, why))
		fail_msg("%s %s: note \"%s\", want \"%s\"", measure, period,
		    r->note, why);
}

/* CAGR over a plan uses n = 5 from the previous plan's last year:
 * 100 (2015) -> 161.051 (2020) is 1.61051^(1/5) - 1 = 10 %, since
 * 1.1^5 = 1.61051.  Counting 2015..2020 as six years (the trap in
 * methods-reference.md 2.10) would give 1.61051^(1/6) - 1 = 8.2665 %. */
static void
test_cagr_n_is_five(void **state)
{
	static const double v[] = { 100, 104, 118, 130, 149, 161.051 };
	double vb[6];
	char sb[6];
	struct series s = make("gdp", "亿元", &amount, 2015, 6, v, NULL, vb, sb);
	struct outbuf o;

	(void)state;
	assert_true(fabs(cagr_percent(100, 161.051, 5) - 10) < 1e-12);
	assert_true(fabs(cagr_percent(100, 161.051, 6) - 8.266451888074355) <
	    1e-12);
	outbuf_init(&o);
	growth_records("gdp", &s, NULL, &o);
	value_is(&o, "gdp", "cagr", "2016-2020", 10.000000000000009, 'A');
	/* 161.051 / 100 - 1 */
	value_is(&o, "gdp", "cum_change", "2016-2020", 61.051, 'A');
	/* 十三五 only: 十二五 needs 2010, and its years 2011-2015 do not
	 * meet the series' 2016-2020 (2015 is its base only) */
	absent(&o, "cagr", "2011-2015");
	absent(&o, "cagr", "2021-2025");
	/* yoy 2016: 104/100 - 1 = 4 % */
	value_is(&o, "gdp", "yoy", "2016", 4, 'A');
	outbuf_free(&o);
}

/* Invalid inputs give NAN, never a number. */
static void
test_cagr_refuses(void **state)
{
	(void)state;
	assert_true(isnan(cagr_percent(0, 10, 5)));
	assert_true(isnan(cagr_percent(-5, 10, 5)));
	assert_true(isnan(cagr_percent(10, -1, 5)));
	assert_true(isnan(cagr_percent(10, 12, 0)));
	/* zero at the end is a fall of 100 % */
	assert_true(fabs(cagr_percent(10, 0, 5) + 100) < 1e-12);
}

/* Chained indices 106, 107, 108, 105, 104 (previous year = 100):
 * product 1.06 x 1.07 = 1.1342; x 1.08 = 1.224936; x 1.05 = 1.2861828;
 * x 1.04 = 1.337630112.  Real CAGR = 1.337630112^(1/5) - 1 = 5.99057 %,
 * cumulative real growth 33.7630112 %. */
static void
test_chained_index(void **state)
{
	static const double idx[] = { 106, 107, 108, 105, 104 };

	(void)state;
	assert_true(fabs(chained_cagr_percent(idx, 5) - 5.99056502998343) <
	    1e-11);
	assert_true(fabs(chained_change_percent(idx, 5) - 33.7630112) < 1e-10);
	assert_true(isnan(chained_cagr_percent(idx, 0)));
}

/* A county's GDP 2019-2025 with its index: nominal and real growth.
 *   GDP  180 185 200 210 226 238 250 (2019..2025)
 *   index     -  106 107 108 105 104 (2021..2025; 2020 absent)
 * 十四五 nominal CAGR (250/185)^(1/5) - 1 = 6.2071258 %; cumulative
 * 250/185 - 1 = 35.135135 %; real CAGR 5.99057 % as above; yoy 2020
 * 185/180 - 1 = 2.7778 %; yoy_real 2021 = 106 - 100 = 6. */
static void
test_nominal_and_real(void **state)
{
	static const double g[] = { 180, 185, 200, 210, 226, 238, 250 };
	static const double ix[] = { 106, 107, 108, 105, 104 };
	double gb[7], ib[5];
	char gs[7], is[5];
	struct series s = make("gdp", "亿元", &amount, 2019, 7, g, NULL, gb, gs);
	struct series idx = make("gdp.index", "上年=100", &index_ind, 2021, 5,
	    ix, NULL, ib, is);
	struct outbuf o;
	const struct out_rec *r;

	(void)state;
	outbuf_init(&o);
	growth_records("gdp", &s, &idx, &o);
	/* (250/185)**0.2*100-100 in Python: 6.207125806326303 */
	value_is(&o, "gdp", "cagr", "2021-2025", 6.207125806326303, 'A');
	r = find(&o, "gdp", "cagr", "2021-2025");
	assert_string_equal(r->unit, "%");
	assert_string_equal(r->source, "cagr(2020,2025)");
	assert_non_null(strstr(r->note, "十四五 nominal"));
	value_is(&o, "gdp", "cum_change", "2021-2025", 35.13513513513513, 'A');
	value_is(&o, "gdp", "cagr_real", "2021-2025", 5.99056502998343, 'A');
	value_is(&o, "gdp", "cum_change_real", "2021-2025", 33.7630112, 'A');
	value_is(&o, "gdp", "yoy", "2020", 2.777777777777768, 'A');
	value_is(&o, "gdp", "yoy_real", "2021", 6, 'A');
	r = find(&o, "gdp", "yoy_real", "2021");
	assert_non_null(strstr(r->note, "real (comparable prices), from "
	    "gdp.index"));
	r = find(&o, "gdp", "yoy", "2021");
	assert_non_null(strstr(r->note, "nominal"));
	/* 十三五 needs 2015 */
	missing_because(&o, "gdp", "cagr", "2016-2020", "no 2015 value");
	outbuf_free(&o);
}

/* A missing year and a break: yoy next to the gap and the plan CAGR
 * across the break are not computable; the real CAGR from the index is,
 * since the index is at comparable scope. */
static void
test_gap_and_break(void **state)
{
	static const double g[] = { 185, 200, 0, 226, 300, 320 };
	static const char st[] = { 'A', 'A', 'M', 'E', 'B', 'A' };
	static const double ix[] = { 106, 107, 108, 105, 104 };
	double gb[6], ib[5];
	char gs[6], is[5];
	struct series s = make("gdp", "亿元", &amount, 2020, 6, g, st, gb, gs);
	struct series idx = make("gdp.index", "上年=100", &index_ind, 2021, 5,
	    ix, NULL, ib, is);
	struct outbuf o;

	(void)state;
	outbuf_init(&o);
	growth_records("gdp", &s, &idx, &o);
	missing_because(&o, "gdp", "yoy", "2022", "no 2022 value");
	missing_because(&o, "gdp", "yoy", "2023", "no 2022 value");
	missing_because(&o, "gdp", "yoy", "2024", "break in series in 2024");
	/* 2025: 320/300 - 1 = 6.6667 %, from A and B inputs: A */
	value_is(&o, "gdp", "yoy", "2025", 6.666666666666665, 'A');
	missing_because(&o, "gdp", "cagr", "2021-2025",
	    "break in series in 2024 (status B)");
	value_is(&o, "gdp", "cagr_real", "2021-2025", 5.99056502998343, 'A');
	outbuf_free(&o);
}

/* Estimated inputs make an estimated result: yoy 2023 from 2022 (E). */
static void
test_status_propagates(void **state)
{
	static const double g[] = { 100, 110, 121 };
	static const char st[] = { 'A', 'E', 'P' };
	double gb[3];
	char gs[3];
	struct series s = make("gdp", "亿元", &amount, 2021, 3, g, st, gb, gs);
	struct outbuf o;

	(void)state;
	outbuf_init(&o);
	growth_records("gdp", &s, NULL, &o);
	value_is(&o, "gdp", "yoy", "2022", 10.000000000000009, 'E');
	value_is(&o, "gdp", "yoy", "2023", 10.000000000000009, 'E');
	outbuf_free(&o);
	assert_int_equal(status_combine('A', 'P'), 'P');
	assert_int_equal(status_combine('P', 'I'), 'I');
	assert_int_equal(status_combine('E', 'I'), 'E');
	assert_int_equal(status_combine('B', 'A'), 'A');
}

/* Rates change in percentage points: urbanization 40.5 (2015), 47.2
 * (2020), 55.9 (2025): 十三五 +6.7, 十四五 +8.7 points. */
static void
test_rate_in_points(void **state)
{
	double v[11], vb[11];
	char sb[11];
	struct series s;
	struct outbuf o;
	const struct out_rec *r;
	int i;

	(void)state;
	for (i = 0; i < 11; i++)
		v[i] = i <= 5 ? 40.5 + i * 6.7 / 5 : 47.2 + (i - 5) * 8.7 / 5;
	v[5] = 47.2;
	v[10] = 55.9;
	s = make("urbanization", "%", &rate, 2015, 11, v, NULL, vb, sb);
	outbuf_init(&o);
	growth_records("urbanization", &s, NULL, &o);
	value_is(&o, "urbanization", "pp_change", "2016-2020", 47.2 - 40.5, 'A');
	value_is(&o, "urbanization", "pp_change", "2021-2025", 55.9 - 47.2, 'A');
	r = find(&o, "urbanization", "pp_change", "2021-2025");
	assert_string_equal(r->unit, "百分点");
	value_is(&o, "urbanization", "pp_change", "2025", 55.9 - v[9], 'A');
	absent(&o, "cagr", "2021-2025");
	absent(&o, "yoy", "2025");
	outbuf_free(&o);
}

/* Published growth rates (*.growth): the plan average chains them:
 * 6.0, 8.5, 3.0, 5.2, 5.0 % -> 1.06 x 1.085 x 1.03 x 1.052 x 1.05 =
 * 1.3085124738, ^(1/5) - 1 = 5.525052 %. */
static void
test_published_growth_rates(void **state)
{
	static const double v[] = { 9.9, 6.0, 8.5, 3.0, 5.2, 5.0 };
	double vb[6];
	char sb[6];
	struct series s = make("fai.growth", "%", &growth_rate, 2020, 6, v,
	    NULL, vb, sb);
	struct outbuf o;

	(void)state;
	outbuf_init(&o);
	growth_records("fai.growth", &s, NULL, &o);
	value_is(&o, "fai.growth", "cagr", "2021-2025", 5.525051653245194, 'A');
	absent(&o, "pp_change", "2021-2025");
	outbuf_free(&o);
}

/* Real levels in 2025 prices: X(2025) = 200, I(2025) = 105, I(2024) =
 * 110: L(2024) = 200/1.05 = 190.47619, L(2023) = 190.47619/1.10 =
 * 173.16017; the run stops where the index stops (2023 has none). */
static void
test_real_levels(void **state)
{
	static const double g[] = { 150, 160, 170, 180, 200 };
	static const double ix[] = { 110, 105 };
	double gb[5], ib[2], out[8];
	char gs[5], is[2];
	struct series s = make("gdp", "亿元", &amount, 2021, 5, g, NULL, gb, gs);
	struct series idx = make("gdp.index", "上年=100", &index_ind, 2024, 2,
	    ix, NULL, ib, is);
	int first, n;

	(void)state;
	n = real_levels(&s, &idx, 2025, out, &first);
	assert_int_equal(n, 3);
	assert_int_equal(first, 2023);
	assert_true(fabs(out[2] - 200) < 1e-12);
	assert_true(fabs(out[1] - 190.47619047619048) < 1e-9);
	assert_true(fabs(out[0] - 173.16017316017314) < 1e-9);
}

static void
test_plans(void **state)
{
	const struct plan *p;
	size_t n;

	(void)state;
	p = plan_ending(2025);
	assert_string_equal(p->name, "十四五");
	assert_int_equal(p->base, 2020);
	p = plan_ending(2030);
	assert_string_equal(p->name, "十五五");
	assert_int_equal(p->base, 2025);
	p = plan_ending(2005);
	assert_string_equal(p->name, "十五");
	assert_null(plan_ending(2024));
	p = plan_list(&n);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(p[i].end - p[i].base, 5);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cagr_n_is_five),
		cmocka_unit_test(test_cagr_refuses),
		cmocka_unit_test(test_chained_index),
		cmocka_unit_test(test_nominal_and_real),
		cmocka_unit_test(test_gap_and_break),
		cmocka_unit_test(test_status_propagates),
		cmocka_unit_test(test_rate_in_points),
		cmocka_unit_test(test_published_growth_rates),
		cmocka_unit_test(test_real_levels),
		cmocka_unit_test(test_plans),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
