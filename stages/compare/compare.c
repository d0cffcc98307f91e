/* yp-compare: a region against its peers and its parent (对标对表). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "list.h"
#include "msg.h"
#include "num.h"
#include "table.h"
#include "xalloc.h"

struct cvalue {
	double v;
	int has;
	char status;
	const char *unit;	/* interned */
	char *note;		/* of an M record */
};

struct latest {
	int year;		/* latest year with a value, 0 if none */
	int span_from, span_to;	/* latest span with a value */
};

static void
own(struct compare *c, void *p)
{
	c->owned = xrealloc(c->owned, (c->nowned + 1) * sizeof *c->owned);
	c->owned[c->nowned++] = p;
}

static const char *
intern(struct compare *c, const char *s)
{
	return yp_intern(c->names, s);
}

static void
need_region(struct compare *c, const char *path, unsigned long line,
    const char *name)
{
	if (!yp_region_get(c->cfg, name))
		yp_die_at(YP_EXIT_USAGE, path, line, "\"%s\" is not a region "
		    "name in regions.csv; use its canonical name", name);
}

static void
load_items(struct compare *c)
{
	struct yp_table *t;
	int ci, cm, cd, cp;
	const char *dir, *period;
	char **list;
	size_t r, n, k;

	c->items_path = yp_config_path(c->cfg, "compare.csv");
	t = yp_table_load(c->items_path, 0);
	ci = yp_table_need_col(t, "indicator");
	cm = yp_table_need_col(t, "measure");
	cd = yp_table_need_col(t, "direction");
	cp = yp_table_col(t, "period");
	c->items = xcalloc(t->nrows ? t->nrows : 1, sizeof *c->items);
	for (r = 0; r < t->nrows; r++) {
		struct compare_item *it = &c->items[r];

		it->line = t->lines[r];
		it->indicator = intern(c, yp_table_cell(t, r, ci));
		if (!yp_indicator_get(c->cfg, it->indicator))
			yp_die_at(YP_EXIT_USAGE, t->path, it->line, "\"%s\" is not "
			    "a code in indicators.csv", it->indicator);
		list = yp_list_split(yp_table_cell(t, r, cm), "|", &n);
		if (n == 0)
			yp_die_at(YP_EXIT_USAGE, t->path, it->line, "no measure; "
			    "write value, derived, share... (value|derived: the "
			    "first a region has)");
		it->measures = xcalloc(n, sizeof *it->measures);
		for (k = 0; k < n; k++) {
			char *key;

			it->measures[k] = intern(c, list[k]);
			key = xasprintf("%s\037%s", it->indicator, list[k]);
			yp_map_put(c->codes, key, (void *)1);
			free(key);
		}
		it->nmeasures = n;
		own(c, (void *)it->measures);
		yp_list_free(list);
		dir = yp_table_cell(t, r, cd);
		if (strcmp(dir, "higher") == 0)
			it->higher = 1;
		else if (strcmp(dir, "lower") == 0)
			it->higher = 0;
		else
			yp_die_at(YP_EXIT_USAGE, t->path, it->line, "direction "
			    "\"%s\": write higher (higher is better) or lower", dir);
		period = yp_table_cell(t, r, cp);
		if (*period == '\0' || strcmp(period, "year") == 0)
			it->plan = 0;
		else if (strcmp(period, "plan") == 0)
			it->plan = 1;
		else
			yp_die_at(YP_EXIT_USAGE, t->path, it->line, "period "
			    "\"%s\": leave it empty (the latest year) or write plan "
			    "(the latest plan period)", period);
		/* Results are named by indicator and first measure: each pair
		 * once, or two rows would write the same records. */
		for (k = 0; k < r; k++)
			if (c->items[k].indicator == it->indicator &&
			    c->items[k].measures[0] == it->measures[0] &&
			    c->items[k].plan == it->plan)
				yp_die_at(YP_EXIT_USAGE, t->path, it->line, "%s %s "
				    "is already compared on line %lu",
				    it->indicator, it->measures[0],
				    c->items[k].line);
	}
	c->nitems = t->nrows;
	yp_table_free(t);
}

static void
add_region(struct compare *c, const char *name)
{
	const struct yp_region *r = yp_region_get(c->cfg, name), *p;

	yp_map_put(c->regions, name, (void *)1);
	p = r && r->parent && *r->parent ? yp_region_by_code(c->cfg, r->parent) :
	    NULL;
	if (p)
		yp_map_put(c->regions, p->name, (void *)1);
}

static void
set_group(struct compare *c, struct peer_group *g, const char *path,
    unsigned long line, const char *region, const char *peers)
{
	char **list;
	size_t n, k;

	need_region(c, path, line, region);
	g->region = intern(c, region);
	g->line = line;
	list = yp_list_split(peers, "|,", &n);
	if (n == 0)
		yp_die_at(YP_EXIT_USAGE, path, line, "%s has no peers; list "
		    "them separated by |", region);
	g->peers = xcalloc(n, sizeof *g->peers);
	for (k = 0; k < n; k++) {
		need_region(c, path, line, list[k]);
		if (strcmp(list[k], region) == 0)
			yp_die_at(YP_EXIT_USAGE, path, line, "%s is listed as "
			    "its own peer", region);
		g->peers[k] = intern(c, list[k]);
		add_region(c, g->peers[k]);
	}
	g->npeers = n;
	own(c, (void *)g->peers);
	yp_list_free(list);
	add_region(c, g->region);
}

static void
load_groups(struct compare *c, const char *region, const char *peers)
{
	struct yp_table *t;
	int cr, cp;
	size_t r;

	c->groups_path = yp_config_path(c->cfg, "peers.csv");
	if (region && peers) {
		c->groups = xcalloc(1, sizeof *c->groups);
		set_group(c, c->groups, "--peers", 0, region, peers);
		c->ngroups = 1;
		return;
	}
	t = yp_table_load(c->groups_path, 0);
	cr = yp_table_need_col(t, "region");
	cp = yp_table_need_col(t, "peers");
	c->groups = xcalloc(t->nrows ? t->nrows : 1, sizeof *c->groups);
	for (r = 0; r < t->nrows; r++) {
		if (region && strcmp(yp_table_cell(t, r, cr), region) != 0)
			continue;
		set_group(c, &c->groups[c->ngroups++], t->path, t->lines[r],
		    yp_table_cell(t, r, cr), yp_table_cell(t, r, cp));
	}
	yp_table_free(t);
	if (region && c->ngroups == 0)
		yp_die(YP_EXIT_USAGE, "%s: no row for %s; add one, or give its "
		    "peers with --peers", c->groups_path, region);
}

void
compare_init(struct compare *c, const struct yp_config *cfg,
    const char *region, const char *peers, int year)
{
	memset(c, 0, sizeof *c);
	c->cfg = cfg;
	c->year = year;
	c->names = yp_map_new();
	c->regions = yp_map_new();
	c->codes = yp_map_new();
	c->values = yp_map_new();
	c->latest = yp_map_new();
	load_items(c);
	load_groups(c, region, peers);
}

static void
free_cvalue(void *p)
{
	struct cvalue *v = p;

	free(v->note);
	free(v);
}

void
compare_free(struct compare *c)
{
	size_t i;

	yp_map_free(c->values, free_cvalue);
	yp_map_free(c->latest, free);
	yp_map_free(c->codes, NULL);
	yp_map_free(c->regions, NULL);
	yp_map_free(c->names, NULL);
	for (i = 0; i < c->nowned; i++)
		free(c->owned[i]);
	free(c->owned);
	free(c->items);
	free(c->groups);
	free(c->items_path);
	free(c->groups_path);
}

/* ---- reading ---------------------------------------------------------- */

static int
hold(struct compare *c, const struct yp_rec *rec, const char *file)
{
	struct cvalue *v;
	struct latest *l;
	char *key;
	int from, to;

	if (!yp_map_get(c->regions, rec->region))
		return 0;
	key = xasprintf("%s\037%s", rec->indicator, rec->measure);
	if (!yp_map_get(c->codes, key)) {
		free(key);
		return 0;
	}
	free(key);
	if (!yp_period_parse(rec->period, &from, &to))
		return 0;
	key = xasprintf("%s\037%s\037%s\037%s", rec->region, rec->indicator,
	    rec->measure, rec->period);
	v = yp_map_get(c->values, key);
	if (v && v->has && rec->has_value) {
		free(key);
		if (v->v == rec->value)
			return 0;
		yp_warn_at(file, rec->line, "%s %s %s %s has two values; give "
		    "each record once (run yp-clean on observations)",
		    rec->region, rec->indicator, rec->measure, rec->period);
		return YP_EXIT_DATA;
	}
	if (!v) {
		v = xcalloc(1, sizeof *v);
		yp_map_put(c->values, key, v);
	}
	free(key);
	if (!rec->has_value) {
		if (!v->has && !v->note)
			v->note = xstrdup(rec->note);
		return 0;
	}
	free(v->note);
	v->note = NULL;
	v->v = rec->value;
	v->has = 1;
	v->status = rec->status;
	v->unit = intern(c, rec->unit);

	key = xasprintf("%s\037%s\037%s", rec->region, rec->indicator,
	    rec->measure);
	if (!(l = yp_map_get(c->latest, key))) {
		l = xcalloc(1, sizeof *l);
		yp_map_put(c->latest, key, l);
	}
	free(key);
	if (from == to && to > l->year)
		l->year = to;
	if (from != to && (to > l->span_to ||
	    (to == l->span_to && from > l->span_from))) {
		l->span_from = from;
		l->span_to = to;
	}
	if (to > c->last_year)
		c->last_year = to;
	return 0;
}

static int
hold_one(const struct yp_rec *rec, const char *name, void *c)
{
	return hold(c, rec, name);
}

int
compare_read(struct compare *c, const char *path)
{
	return yp_read_each(path, hold_one, c);
}

/* ---- statistics ------------------------------------------------------- */

static int
compare_doubles(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

struct peer_stats
peer_stats(double *v, size_t n)
{
	struct peer_stats s = { n, NAN, NAN, NAN };
	double sum = 0, ss = 0;
	size_t i;

	if (n == 0)
		return s;
	qsort(v, n, sizeof *v, compare_doubles);
	for (i = 0; i < n; i++)
		sum += v[i];
	s.mean = sum / n;
	s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	if (n >= 2) {
		for (i = 0; i < n; i++)
			ss += (v[i] - s.mean) * (v[i] - s.mean);
		s.sd = sqrt(ss / (n - 1));
	}
	return s;
}

int
rank_among(double x, const double *others, size_t n, int higher)
{
	size_t i;
	int rank = 1;

	for (i = 0; i < n; i++)
		if (higher ? others[i] > x : others[i] < x)
			rank++;
	return rank;
}

/* ---- comparing -------------------------------------------------------- */

/* The value of an item for region in period: the first of its measures
 * the region has.  Returns it, or NULL (*m_note: the M record's note). */
static const struct cvalue *
item_value(struct compare *c, const struct compare_item *it,
    const char *region, const char *period, const char **measure,
    const char **m_note)
{
	const struct cvalue *v;
	char *key;
	size_t k;

	*m_note = NULL;
	for (k = 0; k < it->nmeasures; k++) {
		key = xasprintf("%s\037%s\037%s\037%s", region, it->indicator,
		    it->measures[k], period);
		v = yp_map_get(c->values, key);
		free(key);
		if (v && v->has) {
			*measure = it->measures[k];
			return v;
		}
		if (v && v->note && !*m_note)
			*m_note = v->note;
	}
	return NULL;
}

/* The period an item is compared in for the focal region. */
static void
item_period(struct compare *c, const struct compare_item *it,
    const char *region, char *period, size_t sz)
{
	const struct latest *l;
	int year = 0, from = 0, to = 0;
	size_t k;
	char *key;

	for (k = 0; k < it->nmeasures; k++) {
		key = xasprintf("%s\037%s\037%s", region, it->indicator,
		    it->measures[k]);
		l = yp_map_get(c->latest, key);
		free(key);
		if (!l)
			continue;
		if (l->year > year)
			year = l->year;
		if (l->span_to > to || (l->span_to == to && l->span_from > from)) {
			from = l->span_from;
			to = l->span_to;
		}
	}
	if (it->plan && to)
		snprintf(period, sz, "%d-%d", from, to);
	else if (!it->plan && c->year)
		snprintf(period, sz, "%d", c->year);
	else if (!it->plan && year)
		snprintf(period, sz, "%d", year);
	else
		snprintf(period, sz, "%d", c->year ? c->year : c->last_year);
}

/* One short-board candidate. */
struct board {
	const struct compare_item *it;
	char period[12];
	double z;	/* oriented: below 0 is worse than the peers */
	int rank;
};

static int
compare_boards(const void *a, const void *b)
{
	const struct board *p = a, *q = b;

	if (p->z != q->z)
		return p->z < q->z ? -1 : 1;
	if (p->rank != q->rank)
		return q->rank - p->rank;
	return strcmp(p->it->indicator, q->it->indicator);
}

static void
set_period(struct yp_result *r, const char *period)
{
	snprintf(r->period, sizeof r->period, "%s", period);
}

/* The output measure of a statistic: "<the row's first measure>.<stat>",
 * so that one indicator can be compared on two measures. */
static const char *
stat_measure(struct compare *c, const struct compare_item *it,
    const char *stat)
{
	char buf[128];

	snprintf(buf, sizeof buf, "%s.%s", it->measures[0], stat);
	return intern(c, buf);
}

static struct yp_result *
add_value(struct compare *c, struct yp_results *out, const char *region,
    const struct compare_item *it, const char *stat, const char *period,
    const char *unit, double v, char status, const char *src)
{
	struct yp_result *r = yp_results_value(out, region, it->indicator,
	    stat_measure(c, it, stat), 0, 0, unit, v, status, src);

	set_period(r, period);
	return r;
}

static struct yp_result *
add_missing(struct compare *c, struct yp_results *out, const char *region,
    const struct compare_item *it, const char *stat, const char *period,
    const char *unit, const char *src, const char *why)
{
	struct yp_result *r = yp_results_missing(out, region, it->indicator,
	    stat_measure(c, it, stat), 0, 0, unit, src, "%s", why);

	set_period(r, period);
	return r;
}

static void
compare_group(struct compare *c, const struct peer_group *g,
    struct yp_results *out)
{
	const struct yp_region *reg = yp_region_get(c->cfg, g->region), *par;
	const char *parent, *measure, *pm, *note, *unit;
	const struct cvalue *v, *pv;
	struct board *boards = xcalloc(c->nitems ? c->nitems : 1, sizeof *boards);
	double *peer = xcalloc(g->npeers + 1, sizeof *peer), *sorted;
	struct peer_stats ps;
	size_t i, k, n, nb = 0;
	char period[12], src[200], why[200], st;
	struct yp_result *r;
	int rank;
	double z;

	par = reg && reg->parent && *reg->parent ?
	    yp_region_by_code(c->cfg, reg->parent) : NULL;
	parent = par ? par->name : NULL;
	sorted = xcalloc(g->npeers + 1, sizeof *sorted);
	for (i = 0; i < c->nitems; i++) {
		const struct compare_item *it = &c->items[i];

		item_period(c, it, g->region, period, sizeof period);
		if (g->line)
			snprintf(src, sizeof src, "compare(%s;%s:%lu)",
			    it->indicator, c->groups_path, g->line);
		else
			snprintf(src, sizeof src, "compare(%s;--peers)",
			    it->indicator);
		v = item_value(c, it, g->region, period, &measure, &note);
		if (!v) {
			snprintf(why, sizeof why, "no %s (%s%s) of %s for %s%s%s",
			    it->indicator, it->measures[0], it->nmeasures > 1 ?
			    "…" : "", g->region, period, note ? ": " : "",
			    note ? note : "");
			add_missing(c, out, g->region, it, "region_value", period, "",
			    src, why);
			continue;
		}
		unit = v->unit;
		r = add_value(c, out, g->region, it, "region_value", period, unit,
		    v->v, v->status, src);
		yp_result_note(r, "%s of %s; %s is better", measure,
		    it->indicator, it->higher ? "higher" : "lower");

		st = v->status;
		for (k = n = 0; k < g->npeers; k++)
			if ((pv = item_value(c, it, g->peers[k], period, &pm,
			    &note))) {
				peer[n++] = pv->v;
				st = yp_status_weakest(st, pv->status);
			}
		memcpy(sorted, peer, n * sizeof *peer);
		ps = peer_stats(sorted, n);
		if (n == 0) {
			snprintf(why, sizeof why, "none of the %zu peers has %s "
			    "for %s", g->npeers, it->indicator, period);
			add_missing(c, out, g->region, it, "peer_mean", period, unit,
			    src, why);
			add_missing(c, out, g->region, it, "peer_median", period,
			    unit, src, why);
			add_missing(c, out, g->region, it, "rank", period, "", src,
			    why);
		} else {
			yp_result_note(add_value(c, out, g->region, it, "peer_mean",
			    period, unit, ps.mean, st, src), "%zu of %zu peers",
			    n, g->npeers);
			yp_result_note(add_value(c, out, g->region, it,
			    "peer_median", period, unit, ps.median, st, src),
			    "%zu of %zu peers", n, g->npeers);
			rank = rank_among(v->v, peer, n, it->higher);
			yp_result_note(add_value(c, out, g->region, it, "rank",
			    period, "", rank, st, src), "%d/%zu, 1 = best (%s "
			    "is better)", rank, n + 1, it->higher ? "higher" :
			    "lower");
		}
		if (n < 2 || !(ps.sd > 0)) {
			snprintf(why, sizeof why, "needs at least two peers with "
			    "different values (%zu with %s for %s)", n,
			    it->indicator, period);
			add_missing(c, out, g->region, it, "peer_sd", period, unit,
			    src, why);
			add_missing(c, out, g->region, it, "zscore", period, "", src,
			    why);
		} else {
			z = (v->v - ps.mean) / ps.sd;
			add_value(c, out, g->region, it, "peer_sd", period, unit,
			    ps.sd, st, src);
			yp_result_note(add_value(c, out, g->region, it, "zscore",
			    period, "", z, st, src), "(value - peer mean) / peer "
			    "sd; %s", (it->higher ? z : -z) < 0 ? "worse than "
			    "the peers" : "not worse than the peers");
			boards[nb].it = it;
			snprintf(boards[nb].period, sizeof boards[nb].period, "%s",
			    period);
			boards[nb].z = it->higher ? z : -z;
			boards[nb].rank = rank_among(v->v, peer, n, it->higher);
			nb++;
		}
		if (!parent) {
			add_missing(c, out, g->region, it, "parent_ratio", period,
			    "ratio", src, "the region has no parent in "
			    "regions.csv");
		} else if ((pv = item_value(c, it, parent, period, &pm, &note))) {
			yp_result_note(add_value(c, out, g->region, it,
			    "parent_value", period, pv->unit, pv->v, pv->status,
			    src), "%s", parent);
			if (pv->v != 0)
				yp_result_note(add_value(c, out, g->region, it,
				    "parent_ratio", period, "ratio", v->v / pv->v,
				    yp_status_weakest(v->status, pv->status), src),
				    "%s / %s", g->region, parent);
			else
				add_missing(c, out, g->region, it, "parent_ratio",
				    period, "ratio", src, "the parent's value is 0");
		} else {
			snprintf(why, sizeof why, "no %s of the parent %s for %s",
			    it->indicator, parent, period);
			add_missing(c, out, g->region, it, "parent_ratio", period,
			    "ratio", src, why);
		}
	}
	/* Short boards: where the region stands worst against its peers. */
	qsort(boards, nb, sizeof *boards, compare_boards);
	for (i = k = 0; i < nb && boards[i].z < 0; i++) {
		snprintf(src, sizeof src, "short_board(zscore;%s)",
		    boards[i].it->higher ? "higher" : "lower");
		r = add_value(c, out, g->region, boards[i].it, "short_board",
		    boards[i].period, "order", (double)++k, 'A', src);
		yp_result_note(r, "短板 %zu: %s %.2f sd %s the peer mean", k,
		    boards[i].it->indicator, fabs(boards[i].z),
		    boards[i].it->higher ? "below" : "above");
	}
	free(boards);
	free(peer);
	free(sorted);
}

int
compare_run(struct compare *c, struct yp_results *out)
{
	size_t i;

	for (i = 0; i < c->ngroups; i++)
		compare_group(c, &c->groups[i], out);
	return 0;
}
