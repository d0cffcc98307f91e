/* yp-trend: the record stream region by region, workers per core.
 *
 * Memory holds two batches of regions at a time (a region is ~60 series of
 * ~30 years), so it stays flat however many regions the input has.  The
 * regions of a batch are worked on in parallel and written in input
 * order, so the output does not depend on the number of workers. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "growth.h"
#include "map.h"
#include "msg.h"
#include "run.h"
#include "select.h"
#include "xalloc.h"

/* Regions per batch, and records per batch (whichever comes first). */
#define BATCH_REGIONS 64
#define BATCH_RECORDS 500000

struct obs {
	const char *region, *indicator, *unit;	/* interned */
	int year;
	double v;
	char st;
	unsigned long line;
};

struct job {
	const char *region;
	struct obs *obs;
	size_t nobs;
	struct region_data rd;
	struct outbuf out, tout;
	struct proj_list pl;
	int has_targets;
};

struct pool {
	const struct trend_run *run;
	struct job *jobs;
	size_t n, next;
	pthread_mutex_t lock;
};

struct reader_state {
	struct trend_run *run;
	const char *name;		/* input name for messages */
	struct yp_map *strings;		/* interned region/indicator/unit */
	struct job *batch;		/* being read */
	size_t nbatch, batch_records;
	/* The batch read before, worked on by the threads while the next
	 * is read, then written. */
	struct job *running;
	size_t nrunning;
	struct pool pool;
	pthread_t tid[64];
	int nthreads;
	const char *prev_region;
	const char **tregions;		/* regions with targets, sorted */
	size_t ntregions, next_tregion;
};

static int
obs_cmp(const void *a, const void *b)
{
	const struct obs *x = a, *y = b;
	int c;

	if (x->region != y->region && (c = strcmp(x->region, y->region)) != 0)
		return c;
	if (x->indicator != y->indicator &&
	    (c = strcmp(x->indicator, y->indicator)) != 0)
		return c;
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* Sort a region's observations and build its series; bad data (two
 * records for one year, two units in one series) ends the run. */
static void
build_series(struct reader_state *rs, struct job *j)
{
	size_t i, k, ns = 0;
	struct series *s;

	qsort(j->obs, j->nobs, sizeof *j->obs, obs_cmp);
	for (i = 0; i < j->nobs; i++)
		if (i == 0 || j->obs[i].indicator != j->obs[i - 1].indicator)
			ns++;
	j->rd.region = j->region;
	j->rd.s = xcalloc(ns ? ns : 1, sizeof *j->rd.s);
	j->rd.ns = 0;
	for (i = 0; i < j->nobs; i = k) {
		const struct obs *o = &j->obs[i];

		for (k = i + 1; k < j->nobs &&
		    j->obs[k].indicator == o->indicator; k++) {
			const struct obs *p = &j->obs[k];

			if (p->year == j->obs[k - 1].year)
				yp_die_at(YP_EXIT_DATA, rs->name, p->line,
				    "a second record for %s %s %d (the first is "
				    "on line %lu); keep one per year, as "
				    "yp-clean does", j->region, p->indicator,
				    p->year, j->obs[k - 1].line);
			if (p->unit != o->unit)
				yp_die_at(YP_EXIT_DATA, rs->name, p->line,
				    "%s %s is in %s here but in %s on line %lu; "
				    "convert to one unit first (yp-clean does)",
				    j->region, p->indicator, p->unit, o->unit,
				    o->line);
		}
		s = &j->rd.s[j->rd.ns++];
		s->indicator = o->indicator;
		s->unit = o->unit;
		s->ind = yp_indicator_get(rs->run->cfg, o->indicator);
		s->first = o->year;
		s->last = j->obs[k - 1].year;
		s->v = xcalloc(s->last - s->first + 1, sizeof *s->v);
		s->st = xcalloc(s->last - s->first + 1, 1);
		for (; o < &j->obs[k]; o++) {
			s->v[o->year - s->first] = o->v;
			s->st[o->year - s->first] = o->st;
		}
	}
	free(j->obs);
	j->obs = NULL;
}

static void
job_free(struct job *j)
{
	size_t i;

	for (i = 0; i < j->rd.ns; i++) {
		free(j->rd.s[i].v);
		free(j->rd.s[i].st);
	}
	free(j->rd.s);
	free(j->obs);
	free(j->pl.e);
	outbuf_free(&j->out);
	outbuf_free(&j->tout);
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n > m && strcmp(s + n - m, suffix) == 0;
}

static void
add_projection(struct proj_list *pl, const char *indicator, int real,
	const struct projection *p)
{
	pl->e = xgrow(pl->e, &pl->cap, pl->n, sizeof *pl->e);
	pl->e[pl->n].indicator = indicator;
	pl->e[pl->n].real = real;
	pl->e[pl->n].p = *p;
	pl->n++;
}

static void
project(const struct trend_setting *set, const struct region_data *rd,
	const struct series *s, struct outbuf *o, struct proj_list *pl)
{
	struct projection res;
	const struct series *idx;
	const char *note;
	enum kind kind = series_kind(s);
	int first, n, last, cap;
	double *y;
	char period[12];

	if (set->basis & BASIS_NOMINAL) {
		n = fit_window(set, s, &first, &note, o);
		y = xmalloc((n ? n : 1) * sizeof *y);
		if (n > 0)
			memcpy(y, &s->v[first - s->first], n * sizeof *y);
		project_series(set, s->indicator, "", s->unit, kind, y, first,
		    n, note, o, &res);
		add_projection(pl, s->indicator, 0, &res);
		free(y);
	}
	if (!(set->basis & BASIS_REAL))
		return;
	idx = index_of(rd, s->indicator);
	period_year(period, set->horizon);
	if (!idx || kind != KIND_AMOUNT) {
		out_missing(o, s->indicator, "real.forecast", period, s->unit,
		    "trend", out_fmt(o, "not projected at comparable prices: "
		    "%s", kind != KIND_AMOUNT ? "not an amount" :
		    out_fmt(o, "no %s.index (上年=100)", s->indicator)));
		return;
	}
	for (last = s->last; last >= s->first && !series_get(s, last, NULL,
	    NULL); last--)
		;
	cap = (last > idx->last ? last : idx->last) -
	    (s->first < idx->first ? s->first : idx->first) + 2;
	y = xmalloc(cap * sizeof *y);
	n = last >= s->first ? real_levels(s, idx, last, y, &first) : 0;
	note = out_fmt(o, "real levels in %d prices chained from %s.index",
	    last, s->indicator);
	if (set->window > 0 && n > set->window) {
		memmove(y, y + (n - set->window), set->window * sizeof *y);
		first += n - set->window;
		n = set->window;
		note = out_fmt(o, "%s; window limited to the last %d years",
		    note, set->window);
	}
	project_series(set, s->indicator, "real.", s->unit, kind, y, first, n,
	    note, o, &res);
	add_projection(pl, s->indicator, 1, &res);
	free(y);
}

void
trend_region(const struct trend_run *run, const struct region_data *rd,
	struct outbuf *o, struct proj_list *pl)
{
	const struct trend_options *opt = run->opt;
	const struct trend_setting *set;
	const struct series *s, *raw_idx;
	char base[256], period[12];
	size_t i;

	for (i = 0; i < rd->ns; i++) {
		s = &rd->s[i];
		if (series_kind(s) == KIND_INDEX) {
			/* An index read through its amount; alone, its real
			 * growth is still written under the amount's code. */
			size_t n = strlen(s->indicator);

			if (opt->growth && ends_with(s->indicator, ".index") &&
			    n - 6 < sizeof base) {
				snprintf(base, sizeof base, "%.*s", (int)(n - 6),
				    s->indicator);
				if (!region_series(rd, base) &&
				    index_of(rd, base))
					growth_records(out_str(o, base), NULL, s,
					    o);
			}
			continue;
		}
		if (opt->growth) {
			growth_records(s->indicator, s, index_of(rd,
			    s->indicator), o);
			snprintf(base, sizeof base, "%s.index", s->indicator);
			raw_idx = region_series(rd, base);
			if (raw_idx && !index_of(rd, s->indicator)) {
				period_span(period, raw_idx->first,
				    raw_idx->last);
				out_missing(o, s->indicator, "yoy_real", period,
				    UNIT_PERCENT, raw_idx->indicator,
				    out_fmt(o, "not computable: %s is in %s, "
				    "not 上年=100 (previous year = 100)",
				    raw_idx->indicator, raw_idx->unit));
			}
		}
		if (opt->projections && (set = trend_setting_for(run->settings,
		    rd->region, s->indicator)) != NULL)
			project(set, rd, s, o, pl);
	}
}

static int
region_has_targets(const struct reader_state *rs, const char *region)
{
	size_t lo = 0, hi = rs->ntregions, mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strcmp(rs->tregions[mid], region);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static void
work(const struct trend_run *run, struct job *j)
{
	trend_region(run, &j->rd, &j->out, &j->pl);
	outbuf_sort(&j->out);
	if (j->has_targets) {
		targets_region(run->targets, j->region, &j->rd, &j->pl,
		    &j->tout);
		outbuf_sort(&j->tout);
	}
}

static void *
worker(void *arg)
{
	struct pool *p = arg;
	size_t i;

	for (;;) {
		pthread_mutex_lock(&p->lock);
		i = p->next++;
		pthread_mutex_unlock(&p->lock);
		if (i >= p->n)
			return NULL;
		work(p->run, &p->jobs[i]);
	}
}

/* Targets of regions that have no data, written in their sorted place. */
static void
targets_without_data(struct reader_state *rs, const char *upto)
{
	struct region_data empty = { 0 };
	struct outbuf o;

	while (rs->next_tregion < rs->ntregions && (!upto ||
	    strcmp(rs->tregions[rs->next_tregion], upto) < 0)) {
		outbuf_init(&o);
		empty.region = rs->tregions[rs->next_tregion];
		targets_region(rs->run->targets, empty.region, &empty, NULL, &o);
		outbuf_sort(&o);
		outbuf_write(&o, empty.region, rs->run->tout);
		outbuf_free(&o);
		rs->next_tregion++;
	}
	if (upto && rs->next_tregion < rs->ntregions &&
	    strcmp(rs->tregions[rs->next_tregion], upto) == 0)
		rs->next_tregion++;
}

/* Wait for the batch the threads work on and write it, in input order:
 * the output is the same for any number of threads. */
static void
finish_running(struct reader_state *rs, int write)
{
	struct trend_run *run = rs->run;
	size_t i;
	int t;

	for (t = 0; t < rs->nthreads; t++)
		pthread_join(rs->tid[t], NULL);
	rs->nthreads = 0;
	for (i = 0; i < rs->nrunning; i++) {
		struct job *j = &rs->running[i];

		if (write) {
			outbuf_write(&j->out, j->region, run->out);
			if (run->tout) {
				targets_without_data(rs, j->region);
				outbuf_write(&j->tout, j->region, run->tout);
			}
		}
		job_free(j);
	}
	rs->nrunning = 0;
}

/* Hand the batch read to the threads and go on reading the next: reading
 * and writing (a tenth of the work) overlap the fitting.  With one job the
 * batch is worked on here, then written when the next is handed over. */
static void
run_batch(struct reader_state *rs)
{
	struct trend_run *run = rs->run;
	struct job *swap;
	int nthreads = run->opt->jobs, t;
	size_t i;

	finish_running(rs, 1);
	swap = rs->running;
	rs->running = rs->batch;
	rs->nrunning = rs->nbatch;
	rs->batch = swap;
	rs->nbatch = 0;
	rs->batch_records = 0;
	if (nthreads > (int)rs->nrunning)
		nthreads = (int)rs->nrunning;
	if (nthreads > 64)
		nthreads = 64;
	if (nthreads <= 1) {
		for (i = 0; i < rs->nrunning; i++)
			work(run, &rs->running[i]);
		return;
	}
	rs->pool.run = run;
	rs->pool.jobs = rs->running;
	rs->pool.n = rs->nrunning;
	rs->pool.next = 0;
	for (t = 0; t < nthreads; t++) {
		if (pthread_create(&rs->tid[t], NULL, worker, &rs->pool) != 0)
			yp_die(YP_EXIT_DATA, "cannot start a worker thread; try "
			    "--jobs 1");
		rs->nthreads = t + 1;
	}
}

static struct job *
new_job(struct reader_state *rs, const char *region)
{
	struct job *j = &rs->batch[rs->nbatch++];

	memset(j, 0, sizeof *j);
	j->region = region;
	outbuf_init(&j->out);
	outbuf_init(&j->tout);
	j->has_targets = rs->run->targets && region_has_targets(rs, region);
	return j;
}

/* Hand over the observations of one region (sorted or not). */
static void
add_region(struct reader_state *rs, const char *region, struct obs *obs,
	size_t n, size_t cap)
{
	struct job *j = new_job(rs, region);

	(void)cap;
	j->obs = obs;
	j->nobs = n;
	build_series(rs, j);
	rs->batch_records += n;
	if (rs->nbatch == BATCH_REGIONS || rs->batch_records >= BATCH_RECORDS)
		run_batch(rs);
}

int
trend_run(struct trend_run *run, struct yp_reader *r)
{
	struct reader_state rs;
	struct yp_rec rec;
	struct obs *obs = NULL, *o;
	size_t nobs = 0, cap = 0, start;
	const char *region, *cur = NULL;
	int status, from, to;

	gsl_set_error_handler_off();
	memset(&rs, 0, sizeof rs);
	rs.run = run;
	rs.strings = yp_map_new();
	rs.batch = xcalloc(BATCH_REGIONS, sizeof *rs.batch);
	rs.running = xcalloc(BATCH_REGIONS, sizeof *rs.running);
	pthread_mutex_init(&rs.pool.lock, NULL);
	if (run->targets)
		rs.tregions = target_regions(run->targets, &rs.ntregions);
	rs.name = yp_reader_name(r);
	while ((status = yp_read(r, &rec)) == 1) {
		if (strcmp(rec.measure, "value") != 0 ||
		    rec.status == YP_STATUS_FORECAST ||
		    !yp_period_parse(rec.period, &from, &to) || from != to)
			continue;
		region = yp_intern(rs.strings, rec.region);
		if (region != cur && !run->opt->sort) {
			if (cur) {
				if (strcmp(region, cur) < 0)
					yp_die_at(YP_EXIT_DATA, rs.name, rec.line,
					    "region %s comes after %s: the input "
					    "must be sorted by region (yp-clean's "
					    "output is); or give --sort", region,
					    cur);
				add_region(&rs, cur, obs, nobs, cap);
				obs = NULL;
				nobs = cap = 0;
			}
			cur = region;
		}
		obs = xgrow(obs, &cap, nobs, sizeof *obs);
		o = &obs[nobs++];
		o->region = region;
		o->indicator = yp_intern(rs.strings, rec.indicator);
		o->unit = yp_intern(rs.strings, rec.unit);
		o->year = from;
		o->v = rec.has_value ? rec.value : 0;
		o->st = rec.status;
		o->line = rec.line;
	}
	if (status < 0) {
		status = YP_EXIT_DATA;
		yp_reader_close(r);
		free(obs);
		finish_running(&rs, 0);		/* nothing more is written */
		for (start = 0; start < rs.nbatch; start++)
			job_free(&rs.batch[start]);
		goto out;
	}
	status = 0;
	if (!run->opt->sort) {
		if (cur)
			add_region(&rs, cur, obs, nobs, cap);
	} else {
		/* Everything was held; hand it over region by region. */
		qsort(obs, nobs, sizeof *obs, obs_cmp);
		for (start = 0; start < nobs;) {
			size_t end = start + 1, n;
			struct obs *part;

			while (end < nobs && obs[end].region == obs[start].region)
				end++;
			n = end - start;
			part = xmalloc(n * sizeof *part);
			memcpy(part, &obs[start], n * sizeof *part);
			add_region(&rs, obs[start].region, part, n, n);
			start = end;
		}
		free(obs);
	}
	run_batch(&rs);
	finish_running(&rs, 1);
	if (run->tout)
		targets_without_data(&rs, NULL);
	yp_reader_close(r);
out:
	pthread_mutex_destroy(&rs.pool.lock);
	free(rs.batch);
	free(rs.running);
	free(rs.tregions);
	yp_map_free(rs.strings, NULL);
	return status;
}
