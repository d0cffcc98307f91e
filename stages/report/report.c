/* yp-report: fill a report template from result records; write md, html, csv. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fill.h"
#include "msg.h"
#include "num.h"
#include "report.h"
#include "sbuf.h"
#include "text.h"
#include "xalloc.h"

/* ---- setting up ------------------------------------------------------------- */

static void
keep_region_and_parents(struct rp_report *r, const char *name)
{
	const struct yp_region *reg = yp_region_match(r->cfg, name);
	int guard = 0;

	rp_store_keep_region(&r->store, name);
	while (reg && guard++ < 16) {
		rp_store_keep_region(&r->store, reg->name);
		reg = *reg->parent ? yp_region_by_code(r->cfg, reg->parent) : NULL;
	}
}

/* A placeholder that must stand alone on its line (a table, a chart). */
static int
alone_on_line(const struct rp_template *t, size_t i)
{
	const char *before = i > 0 && !t->seg[i - 1].placeholder ?
	    t->seg[i - 1].text : NULL;
	const char *after = i + 1 < t->nseg && !t->seg[i + 1].placeholder ?
	    t->seg[i + 1].text : NULL;
	size_t n;

	if (i > 0 && t->seg[i - 1].placeholder)
		return 0;
	if (i + 1 < t->nseg && t->seg[i + 1].placeholder)
		return 0;
	if (before) {
		n = strlen(before);
		while (n > 0 && (before[n - 1] == ' ' || before[n - 1] == '\t'))
			n--;
		if (n > 0 && before[n - 1] != '\n')
			return 0;
	}
	if (after) {
		while (*after == ' ' || *after == '\t' || *after == '\r')
			after++;
		if (*after && *after != '\n')
			return 0;
	}
	return 1;
}

/* Check every placeholder before any data is read, so that a template
 * mistake shows at once, and learn which regions the template names. */
static void
check_template(struct rp_report *r)
{
	size_t i, j;

	for (i = 0; i < r->tpl.nseg; i++) {
		const struct rp_segment *g = &r->tpl.seg[i];
		const struct rp_kind *k;
		struct rp_placeholder p;
		char *err;

		if (!g->placeholder)
			continue;
		if (rp_placeholder_parse(g->text, g->line, &p, &err) < 0) {
			yp_warn_at(r->tpl.path, g->line, "{{%s}}: %s", g->text, err);
			free(err);
			r->errors++;
			continue;
		}
		k = rp_kind_find(p.kind);
		if (!k) {
			yp_warn_at(r->tpl.path, g->line, "{{%s}}: unknown placeholder "
			    "\"%s\"; the kinds are: %s (docs/METHODS.md)",
			    g->text, p.kind, rp_kind_names());
			r->errors++;
		} else if (p.nargs < k->min_args || p.nargs > k->max_args) {
			yp_warn_at(r->tpl.path, g->line, "{{%s}}: %s takes %zu to "
			    "%zu words, not %zu (docs/METHODS.md)", g->text,
			    p.kind, k->min_args, k->max_args, p.nargs);
			r->errors++;
		} else if (k->block && !alone_on_line(&r->tpl, i)) {
			yp_warn_at(r->tpl.path, g->line, "{{%s}}: a %s stands alone "
			    "on its line; put it on a line of its own", g->text,
			    p.kind);
			r->errors++;
		}
		for (j = 0; j < p.nopts; j++)
			if (strcmp(p.keys[j], "region") == 0)
				keep_region_and_parents(r, p.values[j]);
		rp_placeholder_free(&p);
	}
}

static void
apply_front_matter(struct rp_report *r)
{
	size_t i;
	long d;

	for (i = 0; i < r->tpl.nmeta; i++) {
		const struct rp_meta *m = &r->tpl.meta[i];

		if (strncmp(m->key, "decimals.", 9) != 0)
			continue;
		if (!yp_parse_long(m->value, 0, 6, &d)) {
			yp_warn_at(r->tpl.path, m->line, "%s: give decimals 0-6",
			    m->key);
			r->errors++;
			continue;
		}
		rp_set_decimals(m->key + 9, (int)d);
	}
}

/* A config table whose cells are shown to readers (chart captions,
 * class names, the names of compared indicators and of plan targets):
 * read verbatim, so "（%）" and "，" stay full-width as Chinese text
 * wants them (yp_table_load would fold them to ASCII), only trimmed. */
struct yp_table *
rp_load_text_table(const char *path)
{
	struct yp_table *t = yp_table_load_verbatim(path, 1);
	size_t i;

	for (i = 0; t && i < t->nrows * t->ncols; i++) {
		char *trimmed = yp_trim(t->cells[i]);

		free(t->cells[i]);
		t->cells[i] = trimmed;
	}
	return t;
}

void
rp_report_init(struct rp_report *r, const struct rp_options *opt)
{
	const struct yp_region *reg;
	char *path;
	const char *region;

	memset(r, 0, sizeof *r);
	r->opt = *opt;
	r->cfg = yp_config_load(yp_config_dir(opt->config_dir));
	path = opt->template_path ? xstrdup(opt->template_path) :
	    yp_config_path(r->cfg, "report.md");
	if (rp_template_load(&r->tpl, path) < 0)
		exit(YP_EXIT_USAGE);
	free(path);
	region = opt->region ? opt->region : rp_template_meta(&r->tpl, "region");
	if (!region || !*region)
		yp_usage_error("no region: give --region, or a line \"region: ...\" "
		    "in the template's front matter");
	reg = yp_region_match(r->cfg, region);
	if (!reg)
		yp_warn("region %s is not in config/regions.csv; its records "
		    "must name it exactly so", region);
	r->region = reg ? reg->name : region;
	rp_store_init(&r->store, r->cfg);
	keep_region_and_parents(r, r->region);
	rp_store_keep_region(&r->store, "*");
	rp_decimals_reset();
	apply_front_matter(r);

	path = yp_config_path(r->cfg, "charts.csv");
	r->charts = rp_load_text_table(path);
	free(path);
	path = yp_config_path(r->cfg, "labels.csv");
	r->labels = rp_load_text_table(path);
	free(path);
	path = yp_config_path(r->cfg, "compare.csv");
	r->compare = rp_load_text_table(path);
	free(path);
	path = yp_config_path(r->cfg, "targets.csv");
	r->targets = rp_load_text_table(path);
	free(path);
	path = yp_config_path(r->cfg, "peers.csv");
	r->peers = yp_table_load(path, 1);
	free(path);
	path = yp_config_path(r->cfg, "rules.csv");
	r->rules = yp_table_load(path, 1);
	free(path);

	check_template(r);
	if (r->errors)
		exit(YP_EXIT_USAGE);
}

int
rp_report_load(struct rp_report *r, char **files, size_t nfiles)
{
	size_t i;
	int status = 0;

	if (nfiles == 0) {
		if (rp_store_load(&r->store, "-") < 0)
			status = YP_EXIT_DATA;
	}
	for (i = 0; i < nfiles; i++)
		if (rp_store_load(&r->store, files[i]) < 0)
			status = YP_EXIT_DATA;
	rp_store_finish(&r->store);
	return status;
}

/* ---- filling ---------------------------------------------------------------- */

static const char *
charts_dir(const struct rp_report *r)
{
	static char buf[PATH_MAX];

	if (r->opt.charts_dir)
		return r->opt.charts_dir;
	snprintf(buf, sizeof buf, "%s/charts", r->opt.outdir);
	return buf;
}

/* The chart's folder as seen from the output folder, for report.md. */
static char *
charts_relative(const struct rp_report *r)
{
	char out[PATH_MAX], ch[PATH_MAX];
	size_t n;

	if (!realpath(r->opt.outdir, out) || !realpath(charts_dir(r), ch))
		return xstrdup(charts_dir(r));
	n = strlen(out);
	if (strncmp(ch, out, n) == 0 && ch[n] == '/')
		return xstrdup(ch + n + 1);
	return xstrdup(ch);
}

static const char *
chart_title(const struct rp_report *r, const char *id, int *known)
{
	int cid, ctitle;
	size_t i;

	*known = 0;
	if (!r->charts)
		return NULL;
	cid = yp_table_col(r->charts, "id");
	ctitle = yp_table_col(r->charts, "title");
	if (cid < 0)
		return NULL;
	for (i = 0; i < r->charts->nrows; i++)
		if (strcmp(yp_table_cell(r->charts, i, cid), id) == 0) {
			*known = 1;
			return ctitle < 0 ? NULL : yp_table_cell(r->charts, i, ctitle);
		}
	return NULL;
}

int
rp_fill_chart(struct rp_ctx *c)
{
	struct rp_report *r = c->r;
	const char *id = c->p->args[0], *title, *t;
	struct rp_figure *f;
	char *svg, *png, *rel, num[32];
	int known;
	struct stat st;

	title = chart_title(r, id, &known);
	if (r->charts && !known) {
		rp_bad(c, "%s: no such chart in config/charts.csv", id);
		return -1;
	}
	t = rp_placeholder_opt(c->p, "title");
	if (t)
		title = t;
	if (!title || !*title)
		title = id;
	svg = xasprintf("%s/%s.svg", charts_dir(r), id);
	png = xasprintf("%s/%s.png", charts_dir(r), id);
	if (stat(svg, &st) != 0) {
		c->missing = xasprintf("chart %s: %s: %s (yp-plot skips a chart "
		    "whose data are missing; see its warnings)", id, svg,
		    strerror(errno));
		free(svg);
		free(png);
		return -1;
	}
	r->figs = xrealloc(r->figs, (r->nfigs + 1) * sizeof *r->figs);
	f = &r->figs[r->nfigs++];
	f->id = xstrdup(id);
	f->title = xstrdup(title);
	f->svg = svg;
	f->png = png;
	f->number = (int)r->nfigs;
	snprintf(num, sizeof num, "图%d　", f->number);

	rel = charts_relative(r);
	rp_md_only(c->o, "\n![");
	rp_md_only(c->o, num);
	rp_md_only(c->o, title);
	rp_md_only(c->o, "](");
	rp_md_only(c->o, rel);
	rp_md_only(c->o, "/");
	rp_md_only(c->o, id);
	rp_md_only(c->o, ".png)\n");
	{
		/* where the chart came from, as report.md links it */
		char *h = xasprintf("\n<figure class=\"chart\" id=\"fig%d\" "
		    "data-source=\"%s/%s.svg\">\n<!--yp-chart:%d-->\n"
		    "<figcaption>%s", f->number, rel, id, f->number, num);

		rp_html_only(c->o, h);
		free(h);
	}
	free(rel);
	{
		struct yp_sbuf b = YP_SBUF_INIT;
		const char *s;

		for (s = title; *s; s++) {
			if (*s == '<')
				yp_sbuf_add(&b, "&lt;");
			else if (*s == '&')
				yp_sbuf_add(&b, "&amp;");
			else
				yp_sbuf_addc(&b, *s);
		}
		rp_html_only(c->o, yp_sbuf_str(&b));
		yp_sbuf_free(&b);
	}
	rp_html_only(c->o, "</figcaption>\n</figure>\n");
	return 0;
}

static void
append_out(struct rp_out *to, const struct rp_out *from)
{
	yp_sbuf_add(&to->md, yp_sbuf_str(&from->md));
	yp_sbuf_add(&to->html, yp_sbuf_str(&from->html));
}

static void
fill_placeholder(struct rp_report *r, const struct rp_segment *g)
{
	const struct rp_kind *k;
	struct rp_placeholder p;
	struct rp_ctx c;
	struct rp_out tmp;
	char *err;
	size_t i;
	int rc;

	if (rp_placeholder_parse(g->text, g->line, &p, &err) < 0) {
		free(err);	/* reported by check_template */
		return;
	}
	k = rp_kind_find(p.kind);
	memset(&c, 0, sizeof c);
	memset(&tmp, 0, sizeof tmp);
	c.r = r;
	c.p = &p;
	c.o = &tmp;
	c.region = r->region;
	c.text = g->text;
	if (rp_substitute(&c, &p) < 0) {
		rp_placeholder_free(&p);
		return;
	}
	if (rp_placeholder_opt(&p, "region")) {
		const struct yp_region *reg = yp_region_match(r->cfg,
		    rp_placeholder_opt(&p, "region"));

		c.region = reg ? reg->name : rp_placeholder_opt(&p, "region");
	}
	if (k->block)
		rp_markdown(&tmp, "\n");
	rc = k->fill(&c);
	if (k->block)
		rp_markdown(&tmp, "\n");
	if (rc == 0) {
		append_out(&r->out, &tmp);
	} else if (!c.bad) {
		const char *what = c.missing ? c.missing : "a record is missing";

		if (r->opt.gaps) {
			yp_warn_at(r->tpl.path, g->line, "{{%s}}: %s; marked as a "
			    "gap", g->text, what);
			if (k->block)
				rp_markdown(&r->out, "\n");
			rp_gap(&r->out, what);
			if (k->block)
				rp_markdown(&r->out, "\n");
		} else {
			yp_warn_at(r->tpl.path, g->line, "{{%s}}: %s; check the "
			    "inputs and the template, or run with --gaps to mark "
			    "it in the report and go on", g->text, what);
			r->missing++;
		}
	}
	rp_out_free(&tmp);
	free(c.missing);
	for (i = 0; i < c.ngarbage; i++)
		free(c.garbage[i]);
	free(c.garbage);
	rp_placeholder_free(&p);
}

int
rp_report_fill(struct rp_report *r)
{
	size_t i;

	for (i = 0; i < r->tpl.nseg; i++) {
		const struct rp_segment *g = &r->tpl.seg[i];

		if (g->placeholder)
			fill_placeholder(r, g);
		else
			rp_markdown(&r->out, g->text);
	}
	if (r->errors)
		return YP_EXIT_USAGE;
	if (r->missing)
		return YP_EXIT_DATA;
	if (r->out.gaps)
		yp_warn("%d gap%s marked 【缺】 in the report", r->out.gaps,
		    r->out.gaps == 1 ? "" : "s");
	return 0;
}

/* ---- the HTML page ----------------------------------------------------------- */

static char *
slurp(const char *path)
{
	struct yp_sbuf b = YP_SBUF_INIT;
	char chunk[8192];
	size_t n;
	FILE *fp = fopen(path, "r");

	if (!fp)
		return NULL;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		yp_sbuf_addn(&b, chunk, n);
	fclose(fp);
	return yp_sbuf_take(&b);
}

/* Replace every marker in html by what fn gives for it. */
static char *
replace_markers(char *html, const char *marker_prefix, struct rp_report *r,
	int *failed)
{
	struct yp_sbuf out = YP_SBUF_INIT;
	const char *p = html, *m;
	size_t plen = strlen(marker_prefix);

	while ((m = strstr(p, marker_prefix)) != NULL) {
		int n = atoi(m + plen);
		const char *end = strstr(m, "-->");
		char prefix[16], *svg;

		if (!end || n < 1 || (size_t)n > r->nfigs) {
			yp_sbuf_addn(&out, p, (size_t)(m - p) + plen);
			p = m + plen;
			continue;
		}
		yp_sbuf_addn(&out, p, (size_t)(m - p));
		snprintf(prefix, sizeof prefix, "f%d", n);
		svg = rp_svg_inline(r->figs[n - 1].svg, prefix);
		if (!svg)
			*failed = 1;
		else
			yp_sbuf_add(&out, svg);
		free(svg);
		p = end + 3;
	}
	yp_sbuf_add(&out, p);
	free(html);
	return yp_sbuf_take(&out);
}

int
rp_report_render(struct rp_report *r)
{
	char *body, *toc, *css, *path, *page, *at;
	const char *title;
	struct yp_sbuf b = YP_SBUF_INIT;
	int failed = 0;

	path = r->opt.css_path ? xstrdup(r->opt.css_path) :
	    yp_config_path(r->cfg, "report.css");
	css = slurp(path);
	if (!css) {
		yp_warn("%s: %s; give the style sheet with --css", path,
		    strerror(errno));
		free(path);
		return YP_EXIT_USAGE;
	}
	free(path);
	body = rp_markdown_to_html(yp_sbuf_str(&r->out.html), &toc);
	body = replace_markers(body, "<!--yp-chart:", r, &failed);
	/* the contents where the template put {{toc}} */
	while ((at = strstr(body, "<!--yp-toc-->")) != NULL) {
		yp_sbuf_reset(&b);
		yp_sbuf_addn(&b, body, (size_t)(at - body));
		yp_sbuf_add(&b, toc);
		yp_sbuf_add(&b, at + strlen("<!--yp-toc-->"));
		free(body);
		body = xstrdup(yp_sbuf_str(&b));
	}
	yp_sbuf_free(&b);
	title = rp_template_meta(&r->tpl, "title");
	{
		char *t = title ? rp_meta_text(r, r->region, title) :
		    xasprintf("%s形势研判报告", r->region);

		page = rp_html_page(t, css, body);
		free(t);
	}
	free(body);
	free(toc);
	free(css);
	if (failed) {
		free(page);
		return YP_EXIT_DATA;
	}
	r->html = page;
	return 0;
}

/* ---- writing ----------------------------------------------------------------- */

static int
make_dir(const char *path)
{
	if (mkdir(path, 0777) == 0 || errno == EEXIST)
		return 0;
	yp_warn("%s: cannot create the folder: %s", path, strerror(errno));
	return -1;
}

/* Write through path.tmp, renamed into place only when complete. */
static int
write_atomically(const char *path, int (*write)(FILE *fp, const void *arg),
	const void *arg)
{
	char *tmp = xasprintf("%s.tmp", path);
	FILE *fp = fopen(tmp, "wb");
	int bad;

	if (!fp) {
		yp_warn("%s: %s", tmp, strerror(errno));
		free(tmp);
		return -1;
	}
	bad = write(fp, arg) != 0;
	if (fclose(fp) != 0)
		bad = 1;
	if (bad) {
		yp_warn("%s: write error: %s", tmp, strerror(errno));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	if (rename(tmp, path) != 0) {
		yp_warn("%s: cannot rename to %s: %s", tmp, path, strerror(errno));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}

static int
write_text(FILE *fp, const void *arg)
{
	const char *s = arg;

	return fputs(s, fp) < 0 || fflush(fp) != 0 ? -1 : 0;
}

/* Markdown with runs of blank lines made one (the blocks a placeholder
 * writes bring their own), and no blank lines at the start. */
static char *
squeeze_blank_lines(const char *s)
{
	struct yp_sbuf b = YP_SBUF_INIT;
	int newlines = 2;

	for (; *s; s++) {
		if (*s == '\n') {
			if (++newlines > 2)
				continue;
		} else {
			newlines = 0;
		}
		yp_sbuf_addc(&b, *s);
	}
	return yp_sbuf_take(&b);
}

static int
write_table(FILE *fp, const void *arg)
{
	return rp_table_csv(arg, fp);
}

/* Remove a folder of plain files (the tables of an earlier run). */
static int
remove_tables(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *path;
	int bad = 0;

	if (!d)
		return errno == ENOENT ? 0 : -1;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		if (unlink(path) != 0)
			bad = -1;
		free(path);
	}
	closedir(d);
	if (rmdir(dir) != 0)
		bad = -1;
	return bad;
}

int
rp_report_write(struct rp_report *r)
{
	char *path, *tables, *fresh, *old;
	size_t i;
	int bad = 0;

	if (make_dir(r->opt.outdir) < 0)
		return YP_EXIT_DATA;
	/* the tables go into a fresh folder that replaces tables/ whole, so
	 * that a table the template no longer has does not linger */
	tables = xasprintf("%s/tables", r->opt.outdir);
	fresh = xasprintf("%s/tables.tmp", r->opt.outdir);
	old = xasprintf("%s/tables.old", r->opt.outdir);
	if (remove_tables(fresh) < 0 || remove_tables(old) < 0) {
		yp_warn("%s: cannot clear the folder: %s", fresh, strerror(errno));
		bad = 1;
	}
	if (!bad && make_dir(fresh) < 0)
		bad = 1;
	for (i = 0; i < r->ntables && !bad; i++) {
		path = xasprintf("%s/%s.csv", fresh, r->tables[i]->name);
		bad = write_atomically(path, write_table, r->tables[i]) < 0;
		free(path);
	}
	if (!bad && ((rename(tables, old) != 0 && errno != ENOENT) ||
	    rename(fresh, tables) != 0)) {
		yp_warn("%s: cannot put the new tables in place: %s", tables,
		    strerror(errno));
		bad = 1;
	}
	if (!bad)
		remove_tables(old);
	else
		remove_tables(fresh);
	free(tables);
	free(fresh);
	free(old);
	if (!bad) {
		char *md = squeeze_blank_lines(yp_sbuf_str(&r->out.md));

		path = xasprintf("%s/report.md", r->opt.outdir);
		bad = write_atomically(path, write_text, md) < 0;
		free(path);
		free(md);
	}
	if (!bad && r->html) {
		path = xasprintf("%s/report.html", r->opt.outdir);
		bad = write_atomically(path, write_text, r->html) < 0;
		free(path);
	}
	return bad ? YP_EXIT_DATA : 0;
}

void
rp_report_free(struct rp_report *r)
{
	size_t i;

	for (i = 0; i < r->ntables; i++)
		rp_table_free(r->tables[i]);
	free(r->tables);
	for (i = 0; i < r->nfigs; i++) {
		free(r->figs[i].id);
		free(r->figs[i].title);
		free(r->figs[i].svg);
		free(r->figs[i].png);
	}
	free(r->figs);
	rp_out_free(&r->out);
	free(r->html);
	rp_store_free(&r->store);
	rp_template_free(&r->tpl);
	yp_table_free(r->charts);
	yp_table_free(r->labels);
	yp_table_free(r->targets);
	yp_table_free(r->compare);
	yp_table_free(r->rules);
	yp_table_free(r->peers);
	yp_config_free(r->cfg);
}
