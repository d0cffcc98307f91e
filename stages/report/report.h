/* yp-report: fill a report template from result records; write md, html, csv. */
#ifndef RP_REPORT_H
#define RP_REPORT_H

#include <stddef.h>

#include "cfg.h"
#include "say.h"
#include "store.h"
#include "table.h"
#include "template.h"

struct rp_options {
	const char *config_dir;
	const char *template_path;	/* default: CONFIG/report.md */
	const char *css_path;		/* default: CONFIG/report.css */
	const char *region;		/* default: the template's region: */
	const char *outdir;		/* report.md, report.html, tables/ */
	const char *charts_dir;		/* default: OUTDIR/charts */
	const char *quality_path;	/* yp-clean's quality table, optional */
	const char *manifest_path;	/* the run's manifest, optional */
	const char *diff_path;		/* yp-diff records, optional */
	int gaps;			/* mark missing values, do not fail */
	int no_html;			/* report.md and tables only */
};

/* A cell of a table: its text, and for a number its provenance. */
struct rp_cell {
	char *text;
	char *prov;
	int number;		/* right-aligned */
	int gap;		/* a missing value, marked */
	int code;		/* a checksum or code: shown as code */
};

/* A table of the report, written into the text and to tables/NAME.csv. */
struct rp_table {
	char *name;		/* file stem */
	char *caption;		/* without its number */
	int number;		/* 表N */
	size_t ncols, nrows, cap;
	char **head;
	struct rp_cell *cells;	/* nrows × ncols */
	char *note;		/* a line under the table (注：...) or NULL */
};

/* A chart placed in the report. */
struct rp_figure {
	char *id, *title;
	char *svg, *png;	/* paths */
	int number;		/* 图N */
};

struct rp_report {
	struct rp_options opt;
	struct yp_config *cfg;
	struct rp_template tpl;
	struct rp_store store;
	const char *region;		/* canonical name */
	struct yp_table *charts;	/* config/charts.csv, may be NULL */
	struct yp_table *labels;	/* config/labels.csv, may be NULL */
	struct yp_table *targets;	/* config/targets.csv, may be NULL */
	struct yp_table *compare;	/* config/compare.csv, may be NULL */
	struct yp_table *rules;		/* config/rules.csv, may be NULL */
	struct yp_table *peers;		/* config/peers.csv, may be NULL */
	struct rp_table **tables;
	size_t ntables;
	struct rp_figure *figs;
	size_t nfigs;
	int errors;		/* template errors: exit 2 */
	int missing;		/* missing records: exit 1 (without --gaps) */
	struct rp_out out;
	char *html;		/* the rendered page */
};

/* A config table shown to readers: cells verbatim (full-width
 * punctuation kept), trimmed; NULL when the file is missing. */
struct yp_table *rp_load_text_table(const char *path);

/* Load config and template, and check every placeholder; exits 2 on a
 * config or template error. */
void rp_report_init(struct rp_report *r, const struct rp_options *opt);
/* Read the record files; returns 0 or YP_EXIT_DATA. */
int rp_report_load(struct rp_report *r, char **files, size_t nfiles);
/* Fill the template.  Returns 0, YP_EXIT_DATA (missing records) or
 * YP_EXIT_USAGE (template errors), after one message per problem. */
int rp_report_fill(struct rp_report *r);
/* Render the HTML page from the filled text.  Returns 0 or YP_EXIT_DATA. */
int rp_report_render(struct rp_report *r);
/* Write report.md, report.html and tables/ under the output folder, each
 * through a temporary file renamed into place.  Returns 0 or YP_EXIT_DATA. */
int rp_report_write(struct rp_report *r);
void rp_report_free(struct rp_report *r);

/* ---- between the parts of the stage -------------------------------------- */

/* What a placeholder handler works with. */
struct rp_ctx {
	struct rp_report *r;
	const struct rp_placeholder *p;
	const char *text;	/* the placeholder as written, for messages */
	const char *region;
	struct rp_out *o;
	char *missing;		/* what was not found (the first thing) */
	char **garbage;		/* strings to free after the placeholder */
	size_t ngarbage;
	int bad;		/* a template error was reported */
};

/* A string that lives until the placeholder is done. */
const char *rp_keep(struct rp_ctx *c, char *s);
/* A template error at the placeholder's line ("yp-report: FILE:LINE:
 * {{kind}}: ..."); makes the run fail with status 2. */
void rp_bad(struct rp_ctx *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A record with a value, or NULL after noting what is missing. */
const struct rp_rec *rp_get(struct rp_ctx *c, const char *indicator,
	const char *measure, const char *period);
/* The same, without noting anything when it is absent. */
const struct rp_rec *rp_try(struct rp_ctx *c, const char *indicator,
	const char *measure, const char *period);
/* The first of several measures that has a value; notes the first one
 * as missing when none has. */
const struct rp_rec *rp_get_any(struct rp_ctx *c, const char *indicator,
	const char *const *measures, const char *period);
/* The record's value with its provenance. */
struct rp_val rp_val_of(struct rp_ctx *c, const struct rp_rec *rec);
/* The Chinese name of an indicator (its code when unknown). */
const char *rp_indicator_name(const struct rp_report *r, const char *code);
/* The unit of an indicator from config/indicators.csv ("" when unknown). */
const char *rp_indicator_unit(const struct rp_report *r, const char *code);
/* A label for a class code: config/labels.csv when it has one, else
 * fallback. */
const char *rp_label(const struct rp_report *r, const char *measure, int code,
	const char *fallback);
/* A number as a unit is printed: the value, rounded, and the unit when it
 * is printed after numbers ("个百分点" for pp). */
void rp_format_value(double v, const char *unit, int decimals, int with_unit,
	char *buf, size_t sz);
/* The unit as written after a number ("" when none). */
const char *rp_unit_suffix(const char *unit);

/* Tables (tables.c): build the table a {{table KIND ...}} names. */
struct rp_table *rp_table_new(const char *name, const char *caption,
	size_t ncols, const char *const *head);
/* Add a row of empty cells; returns its index. */
size_t rp_table_row(struct rp_table *t);
void rp_table_set(struct rp_table *t, size_t row, size_t col, const char *text);
void rp_table_set_num(struct rp_table *t, size_t row, size_t col,
	const char *text, const char *prov);
void rp_table_set_gap(struct rp_table *t, size_t row, size_t col,
	const char *what);
/* Words that come from a record (已完成, a verdict): with its provenance,
 * aligned as text. */
void rp_table_set_prov(struct rp_table *t, size_t row, size_t col,
	const char *text, const char *prov);
/* A checksum or code: printed as code (it may break anywhere). */
void rp_table_set_code(struct rp_table *t, size_t row, size_t col,
	const char *text, const char *prov);
void rp_table_free(struct rp_table *t);
/* Fill a table placeholder; returns 0, or -1 when a record is missing. */
int rp_fill_table(struct rp_ctx *c);
/* How many characters (not bytes) s has. */
size_t rp_text_chars(const char *s);
/* A text column whose cells are all this short is not broken inside
 * a cell in the HTML (民生福祉, 符合趋势, “十四五”, and names up to
 * 社会消费品零售总额: nine characters at 9 pt are 32 mm of a 160 mm
 * line). */
#define RP_KEEP_CHARS 9
/* The table as GFM Markdown into o (numbers with their provenance). */
void rp_table_markdown(const struct rp_table *t, struct rp_out *o);
/* The table as CSV for Excel: UTF-8 with a byte-order mark. */
int rp_table_csv(const struct rp_table *t, FILE *fp);

/* HTML (html.c). */
/* Render Markdown (GFM tables) to an HTML fragment; the caller frees. */
char *rp_markdown_to_html(const char *md, char **toc);
/* An SVG file made fit to sit inside an HTML page: prolog dropped, ids
 * given the prefix so that several charts do not clash.  NULL after a
 * message. */
char *rp_svg_inline(const char *path, const char *prefix);
/* The whole page. */
char *rp_html_page(const char *title, const char *css, const char *body);

#endif
