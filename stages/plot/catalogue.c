/* yp-plot: the chart catalogue (config/charts.csv) and the house style
 * (config/style.csv). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "num.h"
#include "charts.h"
#include "table.h"
#include "text.h"
#include "xalloc.h"

static const char *const type_names[CHART_NTYPES] = {
	[CHART_BAR_LINE] = "bar_line",
	[CHART_LINE] = "line",
	[CHART_STACK100] = "stack100",
	[CHART_STACK] = "stack",
	[CHART_PYRAMID] = "pyramid",
	[CHART_PEER] = "peer",
	[CHART_TAPIO] = "tapio",
	[CHART_TARGET14] = "target14",
	[CHART_TARGET15] = "target15",
};

const char *
chart_type_name(enum chart_type t)
{
	return t < CHART_NTYPES ? type_names[t] : "?";
}

int
plot_titles_parse(const char *s)
{
	if (strcmp(s, "png") == 0)
		return PLOT_TITLE_PNG;
	if (strcmp(s, "svg") == 0)
		return PLOT_TITLE_SVG;
	if (strcmp(s, "both") == 0)
		return PLOT_TITLE_SVG | PLOT_TITLE_PNG;
	if (strcmp(s, "none") == 0)
		return 0;
	return -1;
}

/* ---- style ------------------------------------------------------------ */

/* Paul Tol's colour schemes (SRON/EPS/TN/09-002, 2021): first his
 * "high-contrast" blue, yellow and red, told apart under every common
 * colour-vision deficiency AND in greyscale print (CIE L* 29, 72, 50), so
 * the three parts of a structure chart stay apart on a black-and-white
 * copy; then his "muted" colours and black for charts with more series. */
static const char *const house_colors[PLOT_NCOLORS] = {
	"#004488", "#DDAA33", "#BB5566", "#88CCEE",
	"#117733", "#999933", "#AA4499", "#000000"
};

static int
is_color(const char *s)
{
	int i;

	if (s[0] != '#' || strlen(s) != 7)
		return 0;
	for (i = 1; i < 7; i++)
		if (!isxdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

static void
set_str(char **dst, const char *v)
{
	free(*dst);
	*dst = xstrdup(v);
}

static void
style_defaults(struct plot_style *st)
{
	int i;

	memset(st, 0, sizeof *st);
	st->font = xstrdup("Noto Sans CJK SC");
	st->titles = PLOT_TITLE_PNG;
	st->titles_forced = -1;
	/* 16 px on an 800 px wide SVG; the PNG doubles everything, so at
	 * 15 cm wide in Word the text prints at about 8.5 pt. */
	st->font_size = 16;
	st->title_size = 20;
	st->label_size = 14;
	st->note_size = 13;
	st->svg_width = 800;
	st->svg_height = 500;
	st->png_width = 1600;
	st->png_height = 1000;
	st->png_scale = 2;
	st->png_width_cm = 15;	/* the text width of an A4 page */
	for (i = 0; i < PLOT_NCOLORS; i++)
		st->colors[i] = xstrdup(house_colors[i]);
	st->highlight = xstrdup("#BB5566");
	st->muted = xstrdup("#9DB9D3");
	st->grid = xstrdup("#D9D9D9");
	st->text = xstrdup("#222222");
	/* Tol's green and orange: good and bad apart in greyscale too
	 * (L* 44 and 63). */
	st->positive = xstrdup("#117733");
	st->negative = xstrdup("#EE7733");
}

static int
parse_size(const char *v, int *w, int *h)
{
	long a, b;
	char *x = strchr(v, 'x'), *aw, *bh;
	int ok;

	if (!x)
		return 0;
	aw = xstrndup(v, (size_t)(x - v));
	bh = xstrdup(x + 1);
	ok = yp_parse_long(aw, 100, 10000, &a) && yp_parse_long(bh, 100, 10000, &b);
	free(aw);
	free(bh);
	if (ok) {
		*w = (int)a;
		*h = (int)b;
	}
	return ok;
}

/* Defaults: yp-structure's classes (docs/METHODS.md). */
static void
labels_defaults(struct plot_labels *l)
{
	static const char *const tapio[9] = { "", "强脱钩", "弱脱钩",
	    "扩张连接", "扩张负脱钩", "强负脱钩", "弱负脱钩", "衰退连接",
	    "衰退脱钩" };
	int i;

	l->ageing[0].value = 7;
	l->ageing[0].label = xstrdup("老龄化社会");
	l->ageing[1].value = 14;
	l->ageing[1].label = xstrdup("深度老龄化社会");
	l->ageing[2].value = 20;
	l->ageing[2].label = xstrdup("超级老龄化社会");
	l->urbanization[0].value = 30;
	l->urbanization[0].label = xstrdup("城镇化加速阶段");
	l->urbanization[1].value = 70;
	l->urbanization[1].label = xstrdup("城镇化成熟阶段");
	for (i = 0; i < 9; i++)
		l->tapio[i] = xstrdup(tapio[i]);
}

/* config/labels.csv (measure,code,from,label_zh,...), when present. */
static void
labels_load(struct plot_labels *l, const struct yp_config *cfg)
{
	char *path = yp_config_path(cfg, "labels.csv");
	struct yp_table *t = yp_table_load(path, 1);
	int cm, cc, cf, cl;
	size_t r;

	free(path);
	labels_defaults(l);
	if (!t)
		return;
	cm = yp_table_col(t, "measure");
	cc = yp_table_col(t, "code");
	cf = yp_table_col(t, "from");
	cl = yp_table_col(t, "label_zh");
	if (cm < 0 || cc < 0 || cf < 0 || cl < 0) {
		yp_table_free(t);
		return;
	}
	for (r = 0; r < t->nrows; r++) {
		const char *m = yp_table_cell(t, r, cm), *from = yp_table_cell(t,
		    r, cf), *label = yp_table_cell(t, r, cl);
		long code;
		double v;
		struct threshold *th = NULL;

		if (!yp_parse_long(yp_table_cell(t, r, cc), 0, 8, &code) || !*label)
			continue;
		if (*from == '>')
			from++;
		if (strcmp(m, "tapio_state") == 0 && code >= 1) {
			set_str(&l->tapio[code], label);
			continue;
		}
		if (!yp_parse_number(from, &v))
			continue;
		if (strcmp(m, "ageing_stage") == 0 && code >= 1 && code <= 3)
			th = &l->ageing[code - 1];
		else if (strcmp(m, "urbanization_stage") == 0 && code >= 2 &&
		    code <= 3)
			th = &l->urbanization[code - 2];
		if (th) {
			th->value = v;
			set_str(&th->label, label);
		}
	}
	yp_table_free(t);
}

void
plot_style_load(struct plot_style *st, const struct yp_config *cfg,
    const char *path)
{
	struct yp_table *t;
	char *own = NULL;
	int kc, vc;
	size_t r;

	style_defaults(st);
	labels_load(&st->labels, cfg);
	if (!path)
		path = own = yp_config_path(cfg, "style.csv");
	t = yp_table_load(path, own != NULL);
	free(own);
	if (!t)
		return;
	kc = yp_table_need_col(t, "key");
	vc = yp_table_need_col(t, "value");
	for (r = 0; r < t->nrows; r++) {
		const char *k = yp_table_cell(t, r, kc), *v = yp_table_cell(t, r, vc);
		unsigned long line = t->lines[r];
		long n;
		double d;
		int *size = NULL;

		if (strcmp(k, "font") == 0) {
			if (!*v || strpbrk(v, ",\"'\\"))
				yp_die_at(YP_EXIT_USAGE, t->path, line, "font \"%s\": "
				    "give a font family name without commas or "
				    "quotes, e.g. Noto Sans CJK SC", v);
			set_str(&st->font, v);
			continue;
		}
		if (strcmp(k, "titles") == 0) {
			if ((st->titles = plot_titles_parse(v)) < 0)
				yp_die_at(YP_EXIT_USAGE, t->path, line, "titles "
				    "\"%s\": give png (the title in the PNG "
				    "only), svg, both or none", v);
			continue;
		}
		if (strcmp(k, "font_size") == 0)
			size = &st->font_size;
		else if (strcmp(k, "title_size") == 0)
			size = &st->title_size;
		else if (strcmp(k, "label_size") == 0)
			size = &st->label_size;
		else if (strcmp(k, "note_size") == 0)
			size = &st->note_size;
		if (size) {
			if (!yp_parse_long(v, 4, 72, &n))
				yp_die_at(YP_EXIT_USAGE, t->path, line, "%s \"%s\": "
				    "give a whole number of pixels from 4 to 72",
				    k, v);
			*size = (int)n;
			continue;
		}
		if (strcmp(k, "svg_size") == 0 || strcmp(k, "png_size") == 0) {
			int *w = k[0] == 's' ? &st->svg_width : &st->png_width;
			int *h = k[0] == 's' ? &st->svg_height : &st->png_height;

			if (!parse_size(v, w, h))
				yp_die_at(YP_EXIT_USAGE, t->path, line, "%s \"%s\": "
				    "give WIDTHxHEIGHT in pixels, e.g. 1600x1000",
				    k, v);
			continue;
		}
		if (strcmp(k, "png_width_cm") == 0) {
			if (!yp_parse_number(v, &d) || d < 2 || d > 100)
				yp_die_at(YP_EXIT_USAGE, t->path, line, "png_width_cm "
				    "\"%s\": give a width in cm from 2 to 100", v);
			st->png_width_cm = d;
			continue;
		}
		if (strcmp(k, "png_scale") == 0) {
			if (!yp_parse_number(v, &d) || d < 0.5 || d > 8)
				yp_die_at(YP_EXIT_USAGE, t->path, line, "png_scale "
				    "\"%s\": give a number from 0.5 to 8", v);
			st->png_scale = d;
			continue;
		}
		if (strcmp(k, "colors") == 0) {
			char *copy = xstrdup(v), *p, *save = NULL;
			int i = 0;

			for (p = strtok_r(copy, " ", &save); p;
			    p = strtok_r(NULL, " ", &save)) {
				if (!is_color(p) || i == PLOT_NCOLORS)
					yp_die_at(YP_EXIT_USAGE, t->path, line,
					    "colors: \"%s\": give up to %d "
					    "colours as #RRGGBB separated by "
					    "spaces", p, PLOT_NCOLORS);
				set_str(&st->colors[i++], p);
			}
			free(copy);
			if (i == 0)
				yp_die_at(YP_EXIT_USAGE, t->path, line,
				    "colors: give at least one colour");
			continue;
		}
		{
			static const char *const names[] = { "highlight",
			    "muted", "grid", "text", "positive", "negative" };
			char **fields[] = { &st->highlight, &st->muted,
			    &st->grid, &st->text, &st->positive, &st->negative };
			size_t i;

			for (i = 0; i < sizeof names / sizeof names[0]; i++)
				if (strcmp(k, names[i]) == 0)
					break;
			if (i == sizeof names / sizeof names[0])
				yp_die_at(YP_EXIT_USAGE, t->path, line, "unknown "
				    "style key \"%s\"; see docs/METHODS.md",
				    k);
			if (!is_color(v))
				yp_die_at(YP_EXIT_USAGE, t->path, line, "%s \"%s\": "
				    "give a colour as #RRGGBB", k, v);
			set_str(fields[i], v);
		}
	}
	yp_table_free(t);
}

void
plot_style_free(struct plot_style *st)
{
	int i;

	for (i = 0; i < 3; i++)
		free(st->labels.ageing[i].label);
	for (i = 0; i < 2; i++)
		free(st->labels.urbanization[i].label);
	for (i = 0; i < 9; i++)
		free(st->labels.tapio[i]);

	free(st->font);
	for (i = 0; i < PLOT_NCOLORS; i++)
		free(st->colors[i]);
	free(st->highlight);
	free(st->muted);
	free(st->grid);
	free(st->text);
	free(st->positive);
	free(st->negative);
}

/* ---- series specs ------------------------------------------------------ */

int
series_spec_parse(const char *text, struct yp_map *strings,
    struct series_spec *sp, char *why, size_t whysz)
{
	char *copy = xstrdup(text), *at, *colon, *ind, *p;
	size_t n;

	memset(sp, 0, sizeof *sp);
	sp->transform = XF_NONE;
	at = strchr(copy, '@');
	if (at) {
		*at++ = '\0';
		if (strcmp(at, "index") == 0)
			sp->transform = XF_INDEX;
		else if (strcmp(at, "yoy") == 0)
			sp->transform = XF_YOY;
		else {
			snprintf(why, whysz, "\"%s\": unknown transform @%s; "
			    "use @index (index, previous year = 100) or @yoy "
			    "(growth on the previous year)", text, at);
			free(copy);
			return 0;
		}
	}
	colon = strchr(copy, ':');
	if (colon)
		*colon++ = '\0';
	ind = copy;
	n = strlen(ind);
	if (n > 0 && ind[n - 1] == '*') {
		ind[--n] = '\0';
		sp->prefix = 1;
	}
	if (n == 0 || (colon && *colon == '\0')) {
		snprintf(why, whysz, "\"%s\": give INDICATOR[:MEASURE][@TRANSFORM]",
		    text);
		free(copy);
		return 0;
	}
	for (p = copy; *p; p++)
		if (*p == ' ' || *p == ',' || *p == '"') {
			snprintf(why, whysz, "\"%s\": no spaces, commas or quotes "
			    "in a series", text);
			free(copy);
			return 0;
		}
	sp->indicator = yp_intern(strings, ind);
	sp->measure = yp_intern(strings, colon ? colon : "value");
	free(copy);
	return 1;
}

/* ---- the catalogue ---------------------------------------------------- */

static void
check_series(const struct yp_config *cfg, const struct yp_table *t,
    unsigned long line, const struct series_spec *sp, const char *text)
{
	if (sp->prefix || yp_starts_with(sp->indicator, "x."))
		return;
	if (!yp_indicator_get(cfg, sp->indicator))
		yp_die_at(YP_EXIT_USAGE, t->path, line, "series \"%s\": indicator "
		    "\"%s\" is not in indicators.csv; use its code", text,
		    sp->indicator);
}

static void
parse_spec_or_die(const struct yp_config *cfg, struct yp_map *strings,
    const struct yp_table *t, unsigned long line, const char *text,
    struct series_spec *sp)
{
	char why[512];

	if (!series_spec_parse(text, strings, sp, why, sizeof why))
		yp_die_at(YP_EXIT_USAGE, t->path, line, "series %s", why);
	check_series(cfg, t, line, sp, text);
}

static const char *
canonical_region(const struct yp_config *cfg, struct yp_map *strings,
    const char *name)
{
	const struct yp_region *r = yp_region_match(cfg, name);

	return yp_intern(strings, r ? r->name : name);
}

/* Split s at sep into new strings. */
static char **
split(const char *s, const char *sep, size_t *n)
{
	char *copy = xstrdup(s), *p, *save = NULL, **v = NULL;
	size_t cap = 0;

	*n = 0;
	for (p = strtok_r(copy, sep, &save); p; p = strtok_r(NULL, sep, &save)) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			continue;
		v = xgrow(v, &cap, *n + 1, sizeof *v);
		v[(*n)++] = xstrdup(p);
	}
	free(copy);
	return v;
}

static void
free_strings(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int
parse_year(const char *s, int *year)
{
	long y;

	if (!yp_parse_long(s, 1900, 2100, &y))
		return 0;
	*year = (int)y;
	return 1;
}

static int
parse_flag(const char *s, int *flag)
{
	if (strcmp(s, "1") == 0 || strcmp(s, "yes") == 0 || strcmp(s, "on") == 0)
		*flag = 1;
	else if (strcmp(s, "0") == 0 || strcmp(s, "no") == 0 ||
	    strcmp(s, "off") == 0)
		*flag = 0;
	else
		return 0;
	return 1;
}

/* Options: key=value pairs separated by ';'. */
static void
parse_options(struct chart *c, const char *text, const struct yp_config *cfg,
    struct yp_map *strings, const struct yp_table *t, unsigned long line)
{
	size_t n, i, j, cap = 0;
	char **opts = split(text, ";", &n);

	for (i = 0; i < n; i++) {
		char *eq = strchr(opts[i], '='), *k = opts[i], *v;
		long num;

		if (!eq)
			yp_die_at(YP_EXIT_USAGE, t->path, line, "chart %s: option "
			    "\"%s\": give key=value, options separated by ';'",
			    c->id, opts[i]);
		*eq = '\0';
		v = eq + 1;
		if (strcmp(k, "decimals") == 0) {
			if (!yp_parse_long(v, 0, 6, &num))
				goto bad;
			c->decimals = (int)num;
		} else if (strcmp(k, "labels") == 0) {
			if (!parse_flag(v, &c->labels))
				goto bad;
		} else if (strcmp(k, "year") == 0) {
			if (!parse_year(v, &c->year))
				goto bad;
		} else if (strcmp(k, "years") == 0) {
			size_t ny;
			char **ys = split(v, ",", &ny);

			free(c->years);
			c->years = xcalloc(ny, sizeof *c->years);
			c->nyears = ny;
			for (j = 0; j < ny; j++)
				if (!parse_year(ys[j], &c->years[j])) {
					free_strings(ys, ny);
					goto bad;
				}
			free_strings(ys, ny);
			if (ny == 0)
				goto bad;
		} else if (strcmp(k, "parent") == 0) {
			c->parent = canonical_region(cfg, strings, v);
		} else if (strcmp(k, "total") == 0) {
			parse_spec_or_die(cfg, strings, t, line, v, &c->total);
			c->has_total = 1;
		} else if (strcmp(k, "thresholds") == 0 &&
		    (strcmp(v, "ageing") == 0 || strcmp(v, "urbanization") == 0)) {
			c->named_thresholds = v[0] == 'a' ? 1 : 2;
		} else if (strcmp(k, "thresholds") == 0) {
			size_t nt;
			char **ts = split(v, ",", &nt);

			for (j = 0; j < c->nthresholds; j++)
				free(c->thresholds[j].label);
			free(c->thresholds);
			c->thresholds = xcalloc(nt, sizeof *c->thresholds);
			c->nthresholds = nt;
			for (j = 0; j < nt; j++) {
				char *colon = strchr(ts[j], ':');

				if (colon)
					*colon = '\0';
				c->thresholds[j].label = xstrdup(colon ? colon + 1 : "");
				if (!yp_parse_number(ts[j], &c->thresholds[j].value)) {
					free_strings(ts, nt);
					goto bad;
				}
			}
			free_strings(ts, nt);
		} else if (strcmp(k, "forecast") == 0 && *v) {
			c->forecast = yp_intern(strings, v);
		} else if (strcmp(k, "target") == 0) {
			c->target = *v ? yp_intern(strings, v) : NULL;
		} else if (strcmp(k, "source") == 0) {
			free(c->source);
			c->source = xstrdup(v);
		} else if (strcmp(k, "legend") == 0) {
			free_strings(c->legend, c->nlegend);
			c->legend = split(v, "|", &c->nlegend);
		} else if (strcmp(k, "scale") == 0) {
			if (strcmp(v, "share") == 0)
				c->share = 1;
			else if (strcmp(v, "count") == 0)
				c->share = 0;
			else
				goto bad;
		} else if (strcmp(k, "attribute") == 0) {
			if (strcmp(v, "binding") == 0 || strcmp(v, "约束性") == 0)
				c->attribute = 1;
			else if (strcmp(v, "indicative") == 0 ||
			    strcmp(v, "预期性") == 0)
				c->attribute = 2;
			else
				goto bad;
		} else if (strcmp(k, "titles") == 0) {
			if ((c->titles = plot_titles_parse(v)) < 0)
				goto bad;
		} else if (strcmp(k, "set") == 0) {
			if (strchr(v, '\n'))
				goto bad;
			c->gnuplot = xgrow(c->gnuplot, &cap, c->ngnuplot + 1,
			    sizeof *c->gnuplot);
			c->gnuplot[c->ngnuplot++] = xasprintf("set %s", v);
		} else if (strcmp(k, "unset") == 0) {
			c->gnuplot = xgrow(c->gnuplot, &cap, c->ngnuplot + 1,
			    sizeof *c->gnuplot);
			c->gnuplot[c->ngnuplot++] = xasprintf("unset %s", v);
		} else {
			yp_die_at(YP_EXIT_USAGE, t->path, line, "chart %s: unknown "
			    "option \"%s\"; see docs/METHODS.md for the "
			    "options of each chart type", c->id, k);
		}
		continue;
bad:
		yp_die_at(YP_EXIT_USAGE, t->path, line, "chart %s: option %s=%s: "
		    "bad value; see docs/METHODS.md", c->id, k, v);
	}
	free_strings(opts, n);
}

/* How many series each type takes: at least min, at most max (0: any). */
static void
series_count(enum chart_type type, size_t *min, size_t *max)
{
	switch (type) {
	case CHART_BAR_LINE: *min = 1; *max = 2; break;
	case CHART_LINE: *min = 1; *max = 6; break;
	case CHART_STACK100: *min = 2; *max = 8; break;
	case CHART_STACK: *min = 1; *max = 8; break;
	case CHART_PYRAMID: *min = 2; *max = 2; break;
	case CHART_PEER: *min = 1; *max = 1; break;
	case CHART_TAPIO: *min = 2; *max = 2; break;
	default: *min = 0; *max = 0; break;
	}
}

static int
valid_id(const char *id)
{
	const char *p;

	if (!*id)
		return 0;
	for (p = id; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' &&
		    *p != '.')
			return 0;
	return id[0] != '.';
}

/* A peer chart that names only its region takes the peers of
 * config/peers.csv (yp-compare's groups), so the catalogue need not
 * repeat them and --region works for any region there. */
static void
add_peers(struct chart *c, const struct yp_config *cfg, struct yp_map *strings,
    const struct yp_table *t, unsigned long line)
{
	char *path = yp_config_path(cfg, "peers.csv");
	struct yp_table *peers = yp_table_load(path, 1);
	int cr, cp;
	size_t r, i, n;
	char **names;

	free(path);
	if (!peers)
		yp_die_at(YP_EXIT_USAGE, t->path, line, "chart %s: a peer chart "
		    "takes the region and its peers in the region column, "
		    "separated by '|', or a config/peers.csv row", c->id);
	cr = yp_table_need_col(peers, "region");
	cp = yp_table_need_col(peers, "peers");
	for (r = 0; r < peers->nrows; r++)
		if (canonical_region(cfg, strings, yp_table_cell(peers, r, cr)) ==
		    c->regions[0])
			break;
	if (r == peers->nrows) {
		/* Drawn as a skipped chart: another region (--region) may
		 * have no peer group while the catalogue is right. */
		yp_table_free(peers);
		return;
	}
	names = split(yp_table_cell(peers, r, cp), "|", &n);
	c->regions = xrealloc(c->regions, (n + 1) * sizeof *c->regions);
	for (i = 0; i < n; i++)
		c->regions[1 + i] = canonical_region(cfg, strings, names[i]);
	c->nregions = n + 1;
	free_strings(names, n);
	yp_table_free(peers);
}

/* The parent of a region in config/regions.csv, or NULL. */
static const char *
parent_of(const struct yp_config *cfg, struct yp_map *strings,
    const char *region)
{
	const struct yp_region *r = yp_region_get(cfg, region), *p;

	if (!r || !r->parent || !*r->parent)
		return NULL;
	p = yp_region_by_code(cfg, r->parent);
	return p ? yp_intern(strings, p->name) : NULL;
}

void
catalogue_load(struct catalogue *cat, const char *path,
    const struct yp_config *cfg, struct yp_map *strings, const char *region)
{
	/* Verbatim: titles and labels keep their full-width "（）" and "，";
	 * the code-like columns are folded below as other tables are. */
	struct yp_table *t = yp_table_load_verbatim(path, 0);
	int cid = yp_table_need_col(t, "id"), ctype = yp_table_need_col(t, "type"),
	    cregion = yp_table_col(t, "region"),
	    cseries = yp_table_col(t, "series"), cfrom = yp_table_col(t, "from"),
	    cto = yp_table_col(t, "to"), ctitle = yp_table_col(t, "title"),
	    cxl = yp_table_col(t, "xlabel"), cyl = yp_table_col(t, "ylabel"),
	    cy2 = yp_table_col(t, "y2label"), copt = yp_table_col(t, "options");
	struct yp_map *ids = yp_map_new();
	size_t r, i, min, max, n;
	char **parts;

	memset(cat, 0, sizeof *cat);
	cat->charts = xcalloc(t->nrows, sizeof *cat->charts);
	for (r = 0; r < t->nrows; r++) {
		struct chart *c = &cat->charts[cat->ncharts];
		unsigned long line = t->lines[r];
		char *id = yp_fold(yp_table_cell(t, r, cid)),
		    *type = yp_fold(yp_table_cell(t, r, ctype)),
		    *from = yp_fold(yp_table_cell(t, r, cfrom)),
		    *to = yp_fold(yp_table_cell(t, r, cto)),
		    *regions = yp_fold(yp_table_cell(t, r, cregion)),
		    *series = yp_fold(yp_table_cell(t, r, cseries));
		int k;

		c->file = path;
		c->line = line;
		c->decimals = -1;
		c->labels = -1;
		c->titles = -1;
		c->share = 1;
		c->forecast = yp_intern(strings, "forecast");
		c->target = yp_intern(strings, "target");
		if (!valid_id(id))
			yp_die_at(YP_EXIT_USAGE, t->path, line, "id \"%s\": use "
			    "letters, digits, '_', '-' and '.' only (it names "
			    "the chart's files)", id);
		if (yp_map_get(ids, id))
			yp_die_at(YP_EXIT_USAGE, t->path, line, "id \"%s\" is "
			    "already used; give each chart its own id", id);
		yp_map_put(ids, id, c);
		c->id = xstrdup(id);
		for (k = 0; k < CHART_NTYPES; k++)
			if (strcmp(type, type_names[k]) == 0)
				break;
		if (k == CHART_NTYPES)
			yp_die_at(YP_EXIT_USAGE, t->path, line, "chart %s: unknown "
			    "type \"%s\"; use bar_line, line, stack100, stack, "
			    "pyramid, peer, tapio, target14 or target15", id, type);
		c->type = (enum chart_type)k;

		if (!*regions && !region)
			yp_die_at(YP_EXIT_USAGE, t->path, line, "chart %s: no "
			    "region; fill the region column or give --region",
			    id);
		/* --region draws the whole catalogue for another region:
		 * it replaces the focus; a peer list loses it if present. */
		parts = split(*regions ? regions : region, "|", &n);
		c->regions = xcalloc(n + 1, sizeof *c->regions);
		c->regions[0] = canonical_region(cfg, strings, region ? region :
		    parts[0]);
		c->nregions = 1;
		for (i = 1; i < n; i++) {
			const char *p = canonical_region(cfg, strings, parts[i]);

			if (p != c->regions[0])
				c->regions[c->nregions++] = p;
		}
		free_strings(parts, n);

		parts = split(series, "|", &n);
		series_count(c->type, &min, &max);
		if (n < min || (max && n > max))
			yp_die_at(YP_EXIT_USAGE, t->path, line, "chart %s: a %s "
			    "chart takes %zu to %zu series separated by '|', "
			    "not %zu", id, type, min, max, n);
		c->series = xcalloc(n ? n : 1, sizeof *c->series);
		for (i = 0; i < n; i++)
			parse_spec_or_die(cfg, strings, t, line, parts[i],
			    &c->series[i]);
		c->nseries = n;
		free_strings(parts, n);
		if (c->type == CHART_PYRAMID)
			for (i = 0; i < n; i++)
				if (!c->series[i].prefix)
					yp_die_at(YP_EXIT_USAGE, t->path, line,
					    "chart %s: a pyramid takes two "
					    "indicator prefixes ending in '*', "
					    "e.g. pop.age5.m.*|pop.age5.f.*",
					    id);

		if ((*from && !parse_year(from, &c->from)) ||
		    (*to && !parse_year(to, &c->to)) ||
		    (c->from && c->to && c->from > c->to))
			yp_die_at(YP_EXIT_USAGE, t->path, line, "chart %s: period "
			    "from \"%s\" to \"%s\": give years, first <= last, "
			    "or leave empty", id, from, to);
		c->title = xstrdup(yp_table_cell(t, r, ctitle));
		c->xlabel = xstrdup(yp_table_cell(t, r, cxl));
		c->ylabel = xstrdup(yp_table_cell(t, r, cyl));
		c->y2label = xstrdup(yp_table_cell(t, r, cy2));
		parse_options(c, yp_table_cell(t, r, copt), cfg, strings, t, line);
		if (c->type == CHART_PEER && c->nregions < 2)
			add_peers(c, cfg, strings, t, line);
		if (c->type == CHART_PEER && !c->parent)
			c->parent = parent_of(cfg, strings, c->regions[0]);
		cat->ncharts++;
		free(id);
		free(type);
		free(from);
		free(to);
		free(regions);
		free(series);
	}
	yp_map_free(ids, NULL);
	/* The table's path is kept for messages after the table is gone. */
	for (i = 0; i < cat->ncharts; i++)
		cat->charts[i].file = yp_intern(strings, t->path);
	yp_table_free(t);
}

void
catalogue_free(struct catalogue *cat)
{
	size_t i, j;

	for (i = 0; i < cat->ncharts; i++) {
		struct chart *c = &cat->charts[i];

		free(c->id);
		free(c->regions);
		free(c->series);
		free(c->title);
		free(c->xlabel);
		free(c->ylabel);
		free(c->y2label);
		free(c->years);
		for (j = 0; j < c->nthresholds; j++)
			free(c->thresholds[j].label);
		free(c->thresholds);
		free(c->source);
		free_strings(c->legend, c->nlegend);
		free_strings(c->gnuplot, c->ngnuplot);
	}
	free(cat->charts);
}
