/* yp-plot: the chart catalogue, the records it charts, and the gnuplot
 * scripts made from them. */
#ifndef PLOT_CHARTS_H
#define PLOT_CHARTS_H

#include <stdio.h>

#include "cfg.h"
#include "map.h"
#include "rec.h"

/* ---- style: config/style.csv ---------------------------------------- */

#define PLOT_NCOLORS 8

struct threshold {
	double value;
	char *label;
};

/* Class boundaries and names shared with yp-structure and yp-report
 * (config/labels.csv), so a chart names a class as the text does. */
struct plot_labels {
	struct threshold ageing[3];	/* 65+ share: 7, 14, 20 % */
	struct threshold urbanization[2];	/* 30, 70 % */
	char *tapio[9];			/* state names by code 1..8 */
};

/* Where a chart's title is drawn (a mask).  The report captions each
 * chart it shows (图N …) under the SVG, so by default the SVG has no
 * title and the PNG, pasted into Word on its own, has it. */
#define PLOT_TITLE_SVG 1
#define PLOT_TITLE_PNG 2

struct plot_style {
	char *font;		/* font family, checked with fontconfig */
	int titles;		/* PLOT_TITLE_*: style.csv's titles= */
	int titles_forced;	/* --titles: over every chart's; -1 if not given */
	int font_size;		/* base text size in SVG pixels */
	int title_size, label_size, note_size;
	int svg_width, svg_height;
	int png_width, png_height;
	double png_scale;	/* PNG text and lines relative to the SVG */
	double png_width_cm;	/* print width the PNG claims (pHYs) */
	char *colors[PLOT_NCOLORS];	/* series colours, in order */
	char *highlight;	/* the region itself among its peers */
	char *muted;		/* peers, history context */
	char *grid, *text;
	char *positive, *negative;	/* achieved / not achieved */
	struct plot_labels labels;
};

/* Load style.csv (key,value) from the config folder; a missing file
 * gives the built-in style (Okabe-Ito colours, Noto Sans CJK SC).
 * Errors exit 2 with FILE:LINE. */
void plot_style_load(struct plot_style *st, const struct yp_config *cfg,
	const char *path);
void plot_style_free(struct plot_style *st);

/* ---- the catalogue: config/charts.csv ------------------------------- */

enum chart_type {
	CHART_BAR_LINE,		/* level bars, growth line on the 2nd axis */
	CHART_LINE,		/* history solid, projection dashed, bands */
	CHART_STACK100,		/* 100 % stacked bars with labels */
	CHART_STACK,		/* stacked bars summing to a total (pulls) */
	CHART_PYRAMID,		/* 5-year age groups by sex */
	CHART_PEER,		/* horizontal bars, region highlighted */
	CHART_TAPIO,		/* decoupling scatter with the 8 states */
	CHART_TARGET14,		/* 十四五 targets: achieved or not */
	CHART_TARGET15,		/* 十五五 targets: required vs historical */
	CHART_NTYPES
};

enum series_transform {
	XF_NONE,
	XF_INDEX,		/* an index, previous year = 100: value - 100 */
	XF_YOY			/* growth on the previous year, in % */
};

/* One series of a chart: INDICATOR[:MEASURE][@TRANSFORM], or for a
 * pyramid an indicator prefix ending in '.' or '*'. */
struct series_spec {
	const char *indicator;	/* interned; the prefix without '*' */
	const char *measure;	/* interned; "value" by default */
	enum series_transform transform;
	int prefix;
};

struct chart {
	char *id;
	enum chart_type type;
	const char **regions;	/* interned; regions[0] is the focus */
	size_t nregions;
	struct series_spec *series;
	size_t nseries;
	int from, to;		/* years; 0 when open */
	char *title, *xlabel, *ylabel, *y2label;
	/* options */
	int decimals;		/* -1: the chart's default */
	int labels;		/* value labels: 1 on, 0 off, -1 when they fit */
	int year;		/* pyramid, peer: the year; 0: the latest */
	int *years;		/* bars: only these years */
	size_t nyears;
	const char *parent;	/* peer: the parent region (interned) */
	struct series_spec total;	/* stack: the total, indicator NULL if none */
	int has_total;
	struct threshold *thresholds;
	size_t nthresholds;
	int named_thresholds;	/* thresholds=ageing (1) or urbanization (2) */
	const char *forecast;	/* line: measure of projections */
	const char *target;	/* line: measure of target values */
	char *source;		/* the source line, instead of the derived one */
	char **legend;		/* names for the series, in order */
	size_t nlegend;
	int share;		/* pyramid: 1 in % of total, 0 in persons */
	int attribute;		/* targets: 0 all, 1 binding, 2 indicative */
	int titles;		/* titles=: PLOT_TITLE_* mask, -1 the style's */
	char **gnuplot;		/* set=...: extra gnuplot commands */
	size_t ngnuplot;
	const char *file;
	unsigned long line;
};

struct catalogue {
	struct chart *charts;
	size_t ncharts;
};

const char *chart_type_name(enum chart_type t);

/* "png", "svg", "both" or "none" as a PLOT_TITLE_* mask; -1 for
 * anything else. */
int plot_titles_parse(const char *s);

/* Parse "gdp", "gdp:yoy", "gdp.index@index", "pop.age5.m.*" into sp,
 * interning strings in strings.  Returns 1, or 0 with why filled. */
int series_spec_parse(const char *text, struct yp_map *strings,
	struct series_spec *sp, char *why, size_t whysz);

/* Load the catalogue.  region replaces an empty region column (may be
 * NULL).  Every error exits 2 with FILE:LINE; unknown indicators too,
 * since a misspelt code would otherwise chart nothing in silence. */
void catalogue_load(struct catalogue *cat, const char *path,
	const struct yp_config *cfg, struct yp_map *strings, const char *region);
void catalogue_free(struct catalogue *cat);

/* ---- the records ----------------------------------------------------- */

struct obs {
	const char *region, *indicator, *measure, *unit;
	const char *origin;	/* department or file; NULL when derived */
	const char *note;	/* kept for target and verdict records only */
	double value;
	int from, to;		/* the period's years */
	unsigned seq;		/* reading order: the later record wins */
	char status;
	unsigned char has_value;
};

/* The records of one (region, indicator, measure), sorted by period. */
struct obs_run {
	const struct obs *v;
	size_t n;
};

struct store {
	struct yp_map *strings;	/* interned strings (borrowed) */
	struct yp_map *want_ind, *want_region;
	char **want_prefix;
	size_t nwant_prefix;
	struct obs *v;
	size_t n, cap;
	struct yp_map *runs;	/* "region\037indicator\037measure" -> obs_run */
	struct obs_run *run_list;	/* every run, in key order */
	size_t nruns;
	const struct yp_config *cfg;
};

/* A store that keeps only what the catalogue charts. */
void store_init(struct store *s, struct yp_map *strings,
	const struct yp_config *cfg, const struct catalogue *cat);
/* Read one record file ("-" for standard input).  Returns 0, or 1
 * after a reported error. */
int store_read(struct store *s, const char *path);
/* Sort and index; call once after the last store_read. */
void store_index(struct store *s);
const struct obs_run *store_run(const struct store *s, const char *region,
	const char *indicator, const char *measure);
void store_free(struct store *s);

/* The origin (department or file) of a raw record's source, NULL for a
 * derived one; interned. */
const char *source_origin(const struct yp_config *cfg, struct yp_map *strings,
	const char *source);

/* ---- the key (key.c) -------------------------------------------------- */

struct plot_ctx;

/* An entry of the key: its sample and its text.  yp-plot lays the key
 * out itself, in screen coordinates, rather than leave it to gnuplot,
 * whose guess at the width of Chinese text differs between its SVG and
 * PNG terminals (four entries in a row in the PNG ran off the SVG). */
enum key_kind {
	KEY_BOX,		/* a filled box: bars, bands */
	KEY_LINE,		/* a line, with a point in its middle if pt */
	KEY_POINT		/* a point alone */
};

struct key_entry {
	char *text;
	enum key_kind kind;
	const char *color;	/* #RRGGBB, the style's or a literal */
	double alpha;		/* box: 1 solid, less for a band */
	double lw;		/* line width */
	const char *dash;	/* line: NULL solid, else "(7,5)" */
	int pt;			/* point type, 0 none */
	double ps;		/* point size (times pointscale) */
};

void key_box(struct plot_ctx *ctx, const char *text, const char *color,
	double alpha);
void key_line(struct plot_ctx *ctx, const char *text, const char *color,
	double lw, const char *dash, int pt, double ps);
void key_point(struct plot_ctx *ctx, const char *text, const char *color,
	int pt, double ps);
void key_free(struct plot_ctx *ctx);

/* How the key's n entries are laid out: as many side by side as fit in
 * the chart's width (each entry a sample, a gap and the widest text),
 * the rows then filled evenly; entry_w is one entry's width in pixels
 * with the space after it. */
struct key_layout {
	int cols, rows;
	double entry_w;
};
void key_layout(const struct plot_style *st, const struct key_entry *e,
	size_t n, struct key_layout *kl);
/* The key's height in pixels beyond its first row. */
double key_extra(const struct plot_style *st, const struct plot_ctx *ctx);
/* Write the key: boxes and lines as screen objects, points as labels
 * (their size, times pointscale, is taken when set: written again for
 * each file), the texts as labels; bottom is the middle of the last
 * row in pixels above the chart's bottom, height the chart's. */
void key_write(FILE *fp, const struct plot_ctx *ctx, double bottom,
	int height, int points_only);

/* ---- drawing --------------------------------------------------------- */

/* A year's value of a series: has is 0 for a gap. */
struct point {
	int year;
	double v;
	int has;
	char status;
};

/* What one chart needs while it is drawn. */
struct plot_ctx {
	const struct store *store;
	const struct plot_style *style;
	const struct yp_config *cfg;
	struct yp_map *strings;
	/* where the values came from, for the source line */
	const char **origins;
	size_t norigins, origincap;
	int derived;		/* some values have no raw origin */
	int forecast_from, forecast_to;	/* years of projections drawn */
	/* set by the chart for the title: the years shown */
	int first_year, last_year, year;
	char *default_title;	/* when the catalogue gives none */
	int height;		/* SVG height when the chart needs its own */
	double bmargin;		/* lines under the plot: tics, axis title, key */
	double tmargin;		/* lines above it: the title, a subtitle */
	/* the key, drawn by yp-plot under the plot (key.c) */
	struct key_entry *key;
	size_t nkey, keycap;
};

/* The values of sp for region over [from, to] (0: open), one point per
 * year that has a record, sorted; the transform applied; projections
 * (status F) left out.  Each value used is noted for the source line.
 * Returns the number of points; *pts is allocated (free it). */
size_t plot_series(struct plot_ctx *ctx, const char *region,
	const struct series_spec *sp, int from, int to, struct point **pts);
/* The same for records of one measure as they are (for projections,
 * their bands, targets), status F kept. */
size_t plot_measure(struct plot_ctx *ctx, const char *region,
	const char *indicator, const char *measure, int from, int to,
	struct point **pts);
/* The value of one record for a single year, noted for the source line:
 * 1, or 0 when there is none with a value. */
int plot_value(struct plot_ctx *ctx, const char *region,
	const char *indicator, const char *measure, int year, double *v);
/* Note where a record came from, for the source line. */
void plot_note_origin(struct plot_ctx *ctx, const struct obs *o);

/* The unit records of a series carry (the indicator's unit when none). */
const char *series_unit(const struct plot_ctx *ctx, const char *region,
	const struct series_spec *sp);
/* The Chinese name of a series: the indicator's name_zh, or its code. */
const char *series_name(const struct plot_ctx *ctx, const struct series_spec *sp);

/* A unit as a chart shows it: "pp" is 百分点. */
const char *display_unit(const char *unit);
/* A sector's name for a legend: "第一产业增加值" is 第一产业. New string. */
char *short_name(const char *name);
/* "name（unit）", or name alone when unit is empty.  New string. */
char *axis_title(const char *name, const char *unit);
/* Black or white, whichever reads on the colour #RRGGBB. */
const char *text_on(const char *color);
/* Whether year is one of the chart's years= (always, when none). */
int chart_shows_year(const struct chart *c, int year);
/* The legend name of series i: legend= when given, else dflt. */
const char *legend_name(const struct chart *c, size_t i, const char *dflt);
/* Decimals that suit values up to maxabs: none from 1000 up (元, 人),
 * one from 1 (亿元, %), two below. */
int auto_decimals(double maxabs);
/* The indicator's Chinese name, whatever the measure or transform. */
const char *indicator_label(const struct plot_ctx *ctx, const char *code);
/* The decimals of value labels: decimals= when given, else dflt. */
int chart_decimals(const struct chart *c, int dflt);

/* The chart's threshold lines, a new array: its own, or the named set's
 * from the labels, named "老龄化社会 7%".  Free with thresholds_free. */
struct threshold *chart_thresholds(const struct plot_ctx *ctx,
	const struct chart *c, size_t *n);
void thresholds_free(struct threshold *th, size_t n);

/* The width of text in pixels at font size px, estimated: a CJK
 * character takes a full em, other characters about half of one. */
double text_width(const char *s, int size);
/* A margin, in gnuplot's character units, that holds px pixels of tic
 * labels and the tics themselves. */
int margin_chars(const struct plot_style *st, double px);

/* Warn that chart c is skipped ("chart ID: WHY; skipped") and return 1. */
int chart_skip(const struct chart *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The chart's years for messages: "2016-2025", "2016 on", "to 2025",
 * "all". */
void chart_period_text(const struct chart *c, char *buf, size_t n);
/* A series as the catalogue writes it: "gdp", "gdp:pull", "gdp.index@index". */
const char *spec_text(const struct series_spec *sp, char *buf, size_t n);

/* A box a reference line must not cross, in data units. */
struct box {
	double x0, y0, x1, y1;
};

/* Write data block $name: a reference line at x = at (vertical) or
 * y = at, from "from" to "to", broken where it would cross one of the
 * boxes.  gnuplot's cairo terminals stroke lines after filled shapes
 * whatever the layer, so a line through a bar would cover it (and its
 * label) in the PNG; drawn in the gaps only, it looks behind the bars
 * in both files. */
void gp_broken_line(FILE *fp, const char *name, int vertical, double at,
	double from, double to, const struct box *boxes, size_t n);

/* A string as a gnuplot double-quoted string. */
void gp_string(FILE *fp, const char *s);
/* The multiplier of every point size (gnuplot variable pointscale) in
 * the SVG and in the PNG, so that a point is as large against the chart
 * in both: gnuplot's SVG terminal draws a point 4.5 x the font size /
 * 12 px per unit, cairo's 7 px per unit at any scale. */
double svg_point_scale(const struct plot_style *st);
double png_point_scale(const struct plot_style *st);
/* A number in full precision, "NaN" for none. */
void gp_number(FILE *fp, double v);
/* Whole-year tics on the x axis for years first..last. */
void gp_year_tics(FILE *fp, const char *axis, int first, int last);
/* A number rounded "nicely" up (1, 2, 2.5, 5 x 10^k) for axis ends. */
double nice_ceil(double v);
double nice_step(double span, int ntics);

/* Each chart type writes its data blocks and settings to fp and its plot
 * command to cmd; returns 0, or 1 after one warning when the data for the
 * chart are missing (the chart is skipped). */
typedef int (*chart_fn)(struct plot_ctx *ctx, const struct chart *c,
	FILE *fp, FILE *cmd);
int chart_bar_line(struct plot_ctx *, const struct chart *, FILE *, FILE *);
int chart_line(struct plot_ctx *, const struct chart *, FILE *, FILE *);
int chart_stack100(struct plot_ctx *, const struct chart *, FILE *, FILE *);
int chart_stack(struct plot_ctx *, const struct chart *, FILE *, FILE *);
int chart_pyramid(struct plot_ctx *, const struct chart *, FILE *, FILE *);
int chart_peer(struct plot_ctx *, const struct chart *, FILE *, FILE *);
int chart_tapio(struct plot_ctx *, const struct chart *, FILE *, FILE *);
int chart_target14(struct plot_ctx *, const struct chart *, FILE *, FILE *);
int chart_target15(struct plot_ctx *, const struct chart *, FILE *, FILE *);

/* Write a chart's whole gnuplot script into a new string (*script, its
 * length *len).  Returns 0, or 1 when the chart was skipped (warned). */
int plot_script(const struct store *store, const struct plot_style *st,
	const struct yp_config *cfg, struct yp_map *strings,
	const struct chart *c, char **script, size_t *len, char **title);

/* ---- PNG print size (png.c) ------------------------------------------ */

unsigned long png_crc32(const unsigned char *p, size_t n);
/* Set the pixel density of the PNG in data (*len bytes; may be
 * reallocated) to ppm pixels per metre: a pHYs chunk replaced or added
 * after IHDR.  Returns 0, or -1 when data is not a PNG. */
int png_set_density(unsigned char **data, size_t *len, unsigned long ppm);
/* The same on a file, so that width_px pixels print width_cm wide (Word
 * and WPS paste it at that size).  Returns 0 or -1 (errno set). */
int png_set_print_width(const char *path, int width_px, double width_cm);

/* What became of a chart, for DIR/index.csv. */
enum chart_outcome { CHART_DRAWN, CHART_SCRIPT, CHART_SKIPPED, CHART_FAILED };

/* Write DIR/ID.gp and, unless script_only, run gnuplot on it to make
 * DIR/ID.svg and DIR/ID.png.  Returns 0 done, 1 skipped (warned),
 * -1 failed (one error line given; no output of the chart is left). */
int plot_chart(const struct store *store, const struct plot_style *st,
	const struct yp_config *cfg, struct yp_map *strings,
	const struct chart *c, const char *dir, int script_only, char **title);

#endif
