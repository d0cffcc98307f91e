/* yp-report: numbers and sentences as Chinese statistical writing puts them. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "punct.h"
#include "say.h"

void
rp_out_free(struct rp_out *o)
{
	yp_sbuf_free(&o->md);
	yp_sbuf_free(&o->html);
}

void
rp_markdown(struct rp_out *o, const char *s)
{
	yp_sbuf_add(&o->md, s);
	yp_sbuf_add(&o->html, s);
}

void
rp_html_only(struct rp_out *o, const char *s)
{
	yp_sbuf_add(&o->html, s);
}

void
rp_md_only(struct rp_out *o, const char *s)
{
	yp_sbuf_add(&o->md, s);
}

/* Backslash-escape what Markdown would read as markup, so that a name
 * like "R&D经费支出" or a note with "*" stays text. */
static void
escape_markdown(struct yp_sbuf *b, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|~#", *s))
			yp_sbuf_addc(b, '\\');
		yp_sbuf_addc(b, *s);
	}
}

/* Text for an HTML attribute: quotes and markup escaped, line breaks kept
 * as &#10; (tooltips show them), '|' as &#124; so a GFM table does not
 * split a cell inside the attribute. */
static void
escape_attribute(struct yp_sbuf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': yp_sbuf_add(b, "&amp;"); break;
		case '"': yp_sbuf_add(b, "&quot;"); break;
		case '<': yp_sbuf_add(b, "&lt;"); break;
		case '>': yp_sbuf_add(b, "&gt;"); break;
		case '|': yp_sbuf_add(b, "&#124;"); break;
		case '\n': yp_sbuf_add(b, "&#10;"); break;
		case '\\': yp_sbuf_add(b, "&#92;"); break;
		default: yp_sbuf_addc(b, *s);
		}
	}
}

static void rp_number_as_is(struct rp_out *o, const char *text,
	const char *prov);

/* Words and labels from tables and records print their ASCII brackets
 * full-width when they stand in Chinese (common/punct.h). */
void
rp_words(struct rp_out *o, const char *text)
{
	char *s = yp_zh_brackets(text);

	escape_markdown(&o->md, s);
	escape_markdown(&o->html, s);
	free(s);
}

void
rp_number(struct rp_out *o, const char *number, const char *prov)
{
	char *text = yp_zh_brackets(number);

	rp_number_as_is(o, text, prov);
	free(text);
}

/* The same without touching the text. */
static void
rp_number_as_is(struct rp_out *o, const char *text, const char *prov)
{
	yp_sbuf_add(&o->md, text);
	if (!prov || !*prov) {
		yp_sbuf_add(&o->html, text);
		return;
	}
	yp_sbuf_add(&o->html, "<span class=\"n\" title=\"");
	escape_attribute(&o->html, prov);
	yp_sbuf_add(&o->html, "\">");
	yp_sbuf_add(&o->html, text);
	yp_sbuf_add(&o->html, "</span>");
}

void
rp_gap(struct rp_out *o, const char *what)
{
	yp_sbuf_add(&o->md, "【缺：");
	escape_markdown(&o->md, what);
	yp_sbuf_add(&o->md, "】");
	yp_sbuf_add(&o->html, "<mark class=\"gap\" title=\"");
	escape_attribute(&o->html, what);
	yp_sbuf_add(&o->html, "\">【缺：");
	escape_markdown(&o->html, what);
	yp_sbuf_add(&o->html, "】</mark>");
	o->gaps++;
}

/* ---- numbers ------------------------------------------------------------ */

void
rp_round(double v, int decimals, char *buf)
{
	char s[YP_NUM_BUFSZ], digits[RP_NUMSZ + 8], *e, *p;
	int neg = 0, point, n = 0, keep, i, exp10 = 0, allzero;
	size_t o = 0;

	if (decimals < 0)
		decimals = 0;
	if (decimals > 12)
		decimals = 12;
	if (!isfinite(v) || fabs(v) >= 1e15) {
		snprintf(buf, RP_NUMSZ, "%.*f", decimals, v);
		return;
	}
	yp_format_number(v, s);
	p = s;
	if (*p == '-') {
		neg = 1;
		p++;
	}
	e = strpbrk(p, "eE");
	if (e)
		exp10 = atoi(e + 1);
	/* digits without the point; point = how many of them are whole */
	point = -1;
	for (; *p && p != e; p++) {
		if (*p == '.')
			point = n;
		else if (n < (int)sizeof digits - 1)
			digits[n++] = *p;
	}
	if (point < 0)
		point = n;
	point += exp10;
	/* drop leading zeros so that digits[0] is the first significant */
	while (n > 1 && digits[0] == '0') {
		memmove(digits, digits + 1, (size_t)--n);
		point--;
	}
	keep = point + decimals;	/* digits kept after rounding */
	if (keep < 0) {
		n = 0;
		point = 0;
	} else if (keep < n) {
		int up = digits[keep] >= '5';

		n = keep;
		for (i = n - 1; up && i >= 0; i--) {
			if (digits[i] == '9') {
				digits[i] = '0';
			} else {
				digits[i]++;
				up = 0;
			}
		}
		if (up) {	/* 99.96 -> 100.0: carry into a new digit */
			memmove(digits + 1, digits, (size_t)n);
			digits[0] = '1';
			n++;
			point++;
		}
	}
	allzero = 1;
	for (i = 0; i < n; i++)
		if (digits[i] != '0')
			allzero = 0;
	if (neg && !allzero)
		buf[o++] = '-';
	if (point <= 0) {
		buf[o++] = '0';
	} else {
		for (i = 0; i < point; i++)
			buf[o++] = i < n ? digits[i] : '0';
	}
	if (decimals > 0) {
		buf[o++] = '.';
		for (i = point; i < point + decimals; i++)
			buf[o++] = i >= 0 && i < n ? digits[i] : '0';
	}
	buf[o] = '\0';
}

int
rp_rounds_to_zero(double v, int decimals)
{
	char buf[RP_NUMSZ];
	const char *p;

	rp_round(v, decimals, buf);
	for (p = buf; *p; p++)
		if (*p >= '1' && *p <= '9')
			return 0;
	return 1;
}

/* Default decimals by unit: what county and city communiqués print. */
static const struct {
	const char *unit;
	int decimals;
} default_decimals[] = {
	{ "亿元", 2 }, { "万元", 0 }, { "元", 0 }, { "万美元", 0 },
	{ "亿美元", 2 }, { "美元", 0 },
	{ "万人", 2 }, { "人", 0 }, { "万户", 2 }, { "户", 0 },
	{ "%", 1 }, { "‰", 2 }, { "百分点", 1 }, { "个百分点", 1 },
	{ "上年=100", 1 }, { "女=100", 1 }, { "农村=1", 2 },
	{ "吨标准煤/万元", 3 }, { "万吨标准煤", 2 }, { "吨/万元", 3 },
	{ "立方米/万元", 1 }, { "亿立方米", 2 }, { "亿千瓦时", 2 },
	{ "万吨", 2 }, { "吨", 0 }, { "张/千人", 2 }, { "人/千人", 2 },
	{ "个/千人", 2 }, { "件/万人", 2 }, { "岁", 1 }, { "年", 1 },
	{ "公顷", 0 }, { "平方公里", 0 }, { "微克/立方米", 0 },
	{ "元/人", 0 }, { "家", 0 }, { "个", 0 }, { "张", 0 },
};

#define MAX_OVERRIDES 64
static struct {
	char unit[64];
	int decimals;
} overrides[MAX_OVERRIDES];
static size_t noverrides;

void
rp_set_decimals(const char *unit, int decimals)
{
	size_t i;

	for (i = 0; i < noverrides; i++)
		if (strcmp(overrides[i].unit, unit) == 0)
			break;
	if (i == noverrides) {
		if (noverrides == MAX_OVERRIDES)
			return;
		noverrides++;
	}
	snprintf(overrides[i].unit, sizeof overrides[i].unit, "%s", unit);
	overrides[i].decimals = decimals;
}

void
rp_decimals_reset(void)
{
	noverrides = 0;
}

int
rp_default_decimals(const char *unit, double v)
{
	size_t i;

	if (!unit)
		unit = "";
	for (i = 0; i < noverrides; i++)
		if (strcmp(overrides[i].unit, unit) == 0)
			return overrides[i].decimals;
	for (i = 0; i < sizeof default_decimals / sizeof default_decimals[0]; i++)
		if (strcmp(default_decimals[i].unit, unit) == 0)
			return default_decimals[i].decimals;
	return fabs(v) < 100 ? 2 : 1;
}

int
rp_unit_printed(const char *unit)
{
	if (!unit || !*unit)
		return 0;
	/* an index base is a header's business, not a number's */
	return strchr(unit, '=') == NULL;
}

int
rp_decimals_for_class(double v, int decimals, const double *lines,
	size_t nlines)
{
	char buf[RP_NUMSZ];
	size_t i;
	int d, cls, shown;
	double r;

	cls = 0;
	for (i = 0; i < nlines; i++)
		if (v >= lines[i])
			cls++;
	for (d = decimals; d < decimals + 6; d++) {
		rp_round(v, d, buf);
		r = strtod(buf, NULL);
		shown = 0;
		for (i = 0; i < nlines; i++)
			if (r >= lines[i])
				shown++;
		if (shown == cls)
			return d;
	}
	return d;
}

/* ---- sentences ---------------------------------------------------------- */

static void
say_number(struct rp_out *o, double v, int decimals, const char *prov)
{
	char buf[RP_NUMSZ];

	rp_round(v, decimals, buf);
	rp_number(o, buf, prov);
}

void
rp_say_growth(struct rp_out *o, struct rp_val pct, int decimals,
	enum rp_growth_style style)
{
	static const char *const up[] = { "增长", "比上年增长", "年均增长", "累计增长" };
	static const char *const down[] = { "下降", "比上年下降", "年均下降", "累计下降" };
	static const char *const flat[] = { "持平", "与上年持平", "年均增速为零", "累计持平" };
	static const char *const near_flat[] = { "基本持平", "与上年基本持平",
	    "年均增速基本为零", "累计基本持平" };

	if (pct.v == 0) {
		rp_number(o, flat[style], pct.prov);
		return;
	}
	if (rp_rounds_to_zero(pct.v, decimals)) {
		rp_number(o, near_flat[style], pct.prov);
		return;
	}
	rp_markdown(o, pct.v > 0 ? up[style] : down[style]);
	say_number(o, fabs(pct.v), decimals, pct.prov);
	rp_markdown(o, "%");
}

void
rp_say_points(struct rp_out *o, struct rp_val pp, int decimals)
{
	if (pp.v == 0) {
		rp_number(o, "持平", pp.prov);
		return;
	}
	if (rp_rounds_to_zero(pp.v, decimals)) {
		rp_number(o, "基本持平", pp.prov);
		return;
	}
	rp_markdown(o, pp.v > 0 ? "提高" : "降低");
	say_number(o, fabs(pp.v), decimals, pp.prov);
	rp_markdown(o, "个百分点");
}

void
rp_say_amount_change(struct rp_out *o, struct rp_val delta, int decimals,
	const char *unit)
{
	if (delta.v == 0) {
		rp_number(o, "持平", delta.prov);
		return;
	}
	if (rp_rounds_to_zero(delta.v, decimals)) {
		rp_number(o, "基本持平", delta.prov);
		return;
	}
	rp_markdown(o, delta.v > 0 ? "增加" : "减少");
	say_number(o, fabs(delta.v), decimals, delta.prov);
	if (rp_unit_printed(unit))
		rp_words(o, unit);
}

void
rp_say_pull(struct rp_out *o, struct rp_val pull_pp, struct rp_val contrib,
	const char *of, int decimals)
{
	char least[RP_NUMSZ], text[RP_NUMSZ + 8];

	if (!of || !*of)
		of = "GDP";
	snprintf(least, sizeof least, "%.*f", decimals, pow(10, -decimals));
	if (pull_pp.v == 0) {
		rp_markdown(o, "对");
		rp_words(o, of);
		rp_markdown(o, "增长");
		rp_number(o, "没有拉动作用", pull_pp.prov);
	} else if (rp_rounds_to_zero(pull_pp.v, decimals)) {
		rp_markdown(o, pull_pp.v > 0 ? "拉动" : "下拉");
		rp_words(o, of);
		rp_markdown(o, "增长");
		snprintf(text, sizeof text, "不足%s", least);
		rp_number(o, text, pull_pp.prov);
		rp_markdown(o, "个百分点");
	} else {
		rp_markdown(o, pull_pp.v > 0 ? "拉动" : "下拉");
		rp_words(o, of);
		rp_markdown(o, "增长");
		say_number(o, fabs(pull_pp.v), decimals, pull_pp.prov);
		rp_markdown(o, "个百分点");
	}
	if (isnan(contrib.v))
		return;
	rp_markdown(o, "，贡献率为");
	say_number(o, contrib.v, decimals, contrib.prov);
	rp_markdown(o, "%");
}

void
rp_say_shares(struct rp_out *o, const struct rp_val share[3], int decimals)
{
	int i;

	for (i = 0; i < 3; i++) {
		if (i)
			rp_markdown(o, ":");
		say_number(o, share[i].v, decimals, share[i].prov);
	}
}

void
rp_sector_order(const double share[3], char *buf, size_t sz)
{
	static const char *const digit[] = { "一", "二", "三" };
	int idx[3] = { 0, 1, 2 }, i, j, t;

	/* insertion sort, largest share first; ties keep sector order */
	for (i = 1; i < 3; i++)
		for (j = i; j > 0 && share[idx[j]] > share[idx[j - 1]]; j--) {
			t = idx[j];
			idx[j] = idx[j - 1];
			idx[j - 1] = t;
		}
	snprintf(buf, sz, "%s%s%s", digit[idx[0]], digit[idx[1]], digit[idx[2]]);
}

void
rp_say_structure(struct rp_out *o, const struct rp_val from[3],
	const struct rp_val to[3], int decimals)
{
	char a[16], b[16];
	double fv[3], tv[3];
	int i;

	rp_markdown(o, "三次产业结构由");
	rp_say_shares(o, from, decimals);
	rp_markdown(o, "调整为");
	rp_say_shares(o, to, decimals);
	for (i = 0; i < 3; i++) {
		fv[i] = from[i].v;
		tv[i] = to[i].v;
	}
	rp_sector_order(fv, a, sizeof a);
	rp_sector_order(tv, b, sizeof b);
	if (strcmp(a, b) != 0) {
		rp_markdown(o, "，产业结构由“");
		rp_markdown(o, a);
		rp_markdown(o, "”型转变为“");
		rp_markdown(o, b);
		rp_markdown(o, "”型");
	}
}

static const double ageing_lines[] = { 7, 14, 20 };

int
rp_ageing_stage(double share65)
{
	int s = 0;
	size_t i;

	for (i = 0; i < sizeof ageing_lines / sizeof ageing_lines[0]; i++)
		if (share65 >= ageing_lines[i])
			s++;
	return s;
}

void
rp_say_ageing(struct rp_out *o, struct rp_val share65, int decimals,
	int stage, const char *label)
{
	static const char *const phrase[] = {
		"，尚未进入老龄化社会", "，已进入老龄化社会",
		"，已进入深度老龄化社会", "，已进入超级老龄化社会"
	};
	int d = rp_decimals_for_class(share65.v, decimals, ageing_lines, 3);

	rp_markdown(o, "65岁及以上人口占常住人口的");
	say_number(o, share65.v, d, share65.prov);
	rp_markdown(o, "%");
	if (stage < 0 || stage > 3)
		stage = rp_ageing_stage(share65.v);
	if (stage > 0 && label && *label) {
		rp_markdown(o, "，已进入");
		rp_markdown(o, label);
	} else {
		rp_markdown(o, phrase[stage]);
	}
}

static const double urbanization_lines[] = { 30, 70 };

int
rp_urbanization_stage(double rate)
{
	return (rate >= urbanization_lines[0]) + (rate >= urbanization_lines[1]);
}

void
rp_say_urbanization(struct rp_out *o, struct rp_val rate, int decimals,
	int stage, const char *label)
{
	static const char *const phrase[] = {
		"，处于城镇化初期阶段", "，处于城镇化加速阶段",
		"，处于城镇化成熟阶段"
	};
	int d = rp_decimals_for_class(rate.v, decimals, urbanization_lines, 2);

	rp_markdown(o, "常住人口城镇化率为");
	say_number(o, rate.v, d, rate.prov);
	rp_markdown(o, "%");
	if (stage < 0 || stage > 2)
		stage = rp_urbanization_stage(rate.v);
	if (label && *label) {
		rp_markdown(o, "，处于");
		rp_markdown(o, label);
	} else {
		rp_markdown(o, phrase[stage]);
	}
}

void
rp_say_list(struct rp_out *o, const char *const *items, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			rp_markdown(o, i == n - 1 ? "和" : "、");
		rp_words(o, items[i]);
	}
}
