/* yp-report: numbers and sentences as Chinese statistical writing puts them. */
#ifndef RP_SAY_H
#define RP_SAY_H

#include <stddef.h>

#include "sbuf.h"

/* The two texts a template fills at once: md, the Markdown of report.md,
 * and html, the Markdown handed to the HTML renderer, in which every
 * number is a <span> whose title names where the number came from. */
struct rp_out {
	struct yp_sbuf md, html;
	int in_table;		/* inside a table cell: '|' must be escaped */
	int gaps;		/* how many gaps were marked */
};

void rp_out_free(struct rp_out *o);

/* Markdown that is the same in both texts (the template's own text). */
void rp_markdown(struct rp_out *o, const char *s);
/* Plain words (names, notes, labels): Markdown characters escaped. */
void rp_words(struct rp_out *o, const char *s);
/* A number as printed, with its provenance (may be NULL). */
void rp_number(struct rp_out *o, const char *text, const char *prov);
/* A visible gap where a value is missing: 【缺：what】. */
void rp_gap(struct rp_out *o, const char *what);
/* Raw HTML that only the HTML text gets. */
void rp_html_only(struct rp_out *o, const char *s);
/* Markdown that only report.md gets. */
void rp_md_only(struct rp_out *o, const char *s);

/* A value with where it came from; what the sentence helpers take. */
struct rp_val {
	double v;
	const char *prov;
};

/* Round v half away from zero at the given decimals, working on its
 * shortest decimal form (so 2.25 gives "2.3", as 四舍五入 wants, and not
 * "2.2" as binary rounding would), and write it without thousands
 * separators, the way statistical communiqués print numbers.  A result
 * that rounds to zero has no minus sign.  buf holds RP_NUMSZ. */
#define RP_NUMSZ 64
void rp_round(double v, int decimals, char *buf);

/* Whether v rounds to zero at decimals. */
int rp_rounds_to_zero(double v, int decimals);

/* The decimals a value in unit is printed with by default: 亿元 2, % 1,
 * ‰ 2, 万人 2, 元 0, ... (docs/METHODS.md lists them); an unknown
 * unit gets 2 below 100 and 1 above. */
int rp_default_decimals(const char *unit, double v);

/* Set the default decimals of a unit (the template's front matter may). */
void rp_set_decimals(const char *unit, int decimals);
void rp_decimals_reset(void);

/* Whether a unit is printed after the number ("亿元", "%") or not
 * ("上年=100", "" ). */
int rp_unit_printed(const char *unit);

/* The ways of saying a growth rate (in %). */
enum rp_growth_style {
	RP_GROWTH_BARE,		/* 增长5.2% | 下降1.3% | 持平 */
	RP_GROWTH_YOY,		/* 比上年增长5.2% | 比上年下降1.3% | 与上年持平 */
	RP_GROWTH_AVG,		/* 年均增长5.2% | 年均下降1.3% | 年均增速基本为零 */
	RP_GROWTH_CUM		/* 累计增长5.2% | 累计下降13.5% | 累计持平 */
};

/* A growth rate in %: decline is said with 下降 and the absolute value;
 * exactly zero is 持平, a rate that rounds to zero is 基本持平. */
void rp_say_growth(struct rp_out *o, struct rp_val pct, int decimals,
	enum rp_growth_style style);

/* A change of a rate or share in percentage points: 提高1.2个百分点 |
 * 降低0.5个百分点 | 持平 | 基本持平. */
void rp_say_points(struct rp_out *o, struct rp_val pp, int decimals);

/* A change of an amount: 增加3.25万人 | 减少0.85万人 | 持平. */
void rp_say_amount_change(struct rp_out *o, struct rp_val delta, int decimals,
	const char *unit);

/* A sector's pull on growth and its contribution rate:
 * 拉动GDP增长2.3个百分点，贡献率为45.6% (of = "GDP");
 * a negative pull is 下拉GDP增长0.4个百分点，贡献率为-8.5%;
 * one that rounds to zero is 对GDP增长基本没有拉动作用，贡献率为0.3%. */
void rp_say_pull(struct rp_out *o, struct rp_val pull_pp, struct rp_val contrib,
	const char *of, int decimals);

/* The three-sector structure a:b:c, each share rounded on its own (so the
 * parts may add to 99.9 or 100.1, as each matches its own record). */
void rp_say_shares(struct rp_out *o, const struct rp_val share[3], int decimals);

/* 三次产业结构由a:b:c调整为d:e:f, followed when the order of the sectors
 * changed by ，产业结构由"二三一"转变为"三二一", or when it stayed by
 * nothing. */
void rp_say_structure(struct rp_out *o, const struct rp_val from[3],
	const struct rp_val to[3], int decimals);

/* The order of the sectors by share, largest first: "三二一". */
void rp_sector_order(const double share[3], char *buf, size_t sz);

/* Ageing stage by the share of people aged 65 and over (UN/WHO bands
 * 7 %, 14 %, 20 %): 0 not ageing, 1 ageing society, 2 deeply aged,
 * 3 super-aged. */
int rp_ageing_stage(double share65);
/* 65岁及以上人口占常住人口的15.2%，已进入深度老龄化社会.  stage is
 * the class to say (a stage's own classification record), or -1 to
 * classify share65 here; label, when not NULL, names the class
 * (config/labels.csv: "深度老龄化社会"). */
void rp_say_ageing(struct rp_out *o, struct rp_val share65, int decimals,
	int stage, const char *label);

/* Urbanization stage (Northam: 30 %, 70 %): 0 initial, 1 accelerating,
 * 2 mature. */
int rp_urbanization_stage(double rate);
/* 常住人口城镇化率为58.3%，处于城镇化加速阶段; stage (0, 1, 2) and
 * label ("城镇化加速阶段") as above. */
void rp_say_urbanization(struct rp_out *o, struct rp_val rate, int decimals,
	int stage, const char *label);

/* Decimals enough that the printed value falls in the same class as the
 * value itself: 13.96 with 1 decimal prints "14.0" but is below the 14 %
 * line, so it is printed "13.96" (at most 5 decimals more). */
int rp_decimals_for_class(double v, int decimals, const double *lines,
	size_t nlines);

/* A list joined the Chinese way: "A", "A和B", "A、B和C". */
void rp_say_list(struct rp_out *o, const char *const *items, size_t n);

#endif
