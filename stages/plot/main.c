/* yp-plot: draw the chart catalogue from records with gnuplot, as SVG and PNG. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cfg.h"
#include "msg.h"
#include "charts.h"
#include "plot.h"
#include "rec.h"
#include "xalloc.h"

static void
usage(void)
{
	printf("usage: yp-plot [--script-only] [-c DIR] [--catalogue FILE] "
	    "[--style FILE]\n"
"               [-r REGION] [--only ID[,ID...]] [--titles WHERE] -o DIR\n"
"               [FILE...]\n"
"\n"
"Draw the charts of the chart catalogue (config/charts.csv) from records\n"
"(docs/FORMAT.md): for each chart, DIR/ID.gp, a gnuplot script with its\n"
"data inline, and from it DIR/ID.svg (for the HTML report) and DIR/ID.png\n"
"(1600x1000, for Word).  With no FILE, or when FILE is -, read standard\n"
"input.  Several files may be given (observations, structure, trend and\n"
"target records); for the same record the later file wins.\n"
"按图表目录（config/charts.csv）从记录绘制统计公报式图表：每张图写出含数据的\n"
"gnuplot 脚本 ID.gp，并生成 ID.svg（网页报告用）和 ID.png（Word 用）。\n"
"\n"
"  -o, --output DIR       folder for the charts (made when missing)\n"
"  -c, --config DIR       config folder (default: $YP_CONFIG, ./config)\n"
"      --catalogue FILE   chart catalogue (default: CONFIG/charts.csv)\n"
"      --style FILE       house style (default: CONFIG/style.csv)\n"
"  -r, --region NAME      draw the catalogue for this region (its peers:\n"
"                         config/peers.csv)\n"
"      --only IDS         draw only these charts (ids separated by commas)\n"
"      --titles WHERE     where charts carry their title: png (default:\n"
"                         the PNG for Word has it, the SVG that the report\n"
"                         captions 图N has none), svg, both or none; over\n"
"                         style.csv's titles= and each chart's titles=\n"
"                         图表标题：默认只画在 PNG 中（报告中的 SVG 由图题说明）\n"
"  -s, --script-only      write the gnuplot scripts, do not run gnuplot\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n"
"Chart types: bar_line, line, stack100, stack, pyramid, peer, tapio,\n"
"target14, target15 (docs/METHODS.md).  The font named in style.csv\n"
"must be installed (fontconfig); gnuplot runs as $YP_GNUPLOT or gnuplot.\n"
"A chart without data is skipped with a warning; a chart gnuplot rejects\n"
"is one error line, and the exit status is then 1.\n"
"缺数据的图跳过并警告；gnuplot 出错时给出一行错误信息，退出码为 1。\n"
"\n"
"Exit status: 0 ok, 1 bad data, I/O or gnuplot error, 2 usage or config.\n"
"\n"
"Example:\n"
"  yp-plot -o out/charts out/obs.csv out/structure.csv out/trend.csv\n"
"  yp-plot --script-only --only gdp_growth -o /tmp/x out/obs.csv\n");
}

static int
selected(const char *only, const char *id)
{
	const char *p = only;
	size_t n = strlen(id);

	if (!only)
		return 1;
	while (*p) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);

		if (len == n && strncmp(p, id, n) == 0)
			return 1;
		p += len + (comma != NULL);
	}
	return 0;
}

static void
check_only(const char *only, const struct catalogue *cat)
{
	char *copy, *p, *save = NULL;
	size_t i;

	if (!only)
		return;
	copy = xstrdup(only);
	for (p = strtok_r(copy, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < cat->ncharts; i++)
			if (strcmp(cat->charts[i].id, p) == 0)
				break;
		if (i == cat->ncharts)
			yp_usage_error("--only %s: no such chart in the catalogue",
			    p);
	}
	free(copy);
}

static void
make_dir(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return;
	if (mkdir(dir, 0777) != 0)
		yp_die(YP_EXIT_DATA, "%s: cannot make the folder: %s", dir,
		    strerror(errno));
}

/* DIR/index.csv lists every chart of the run with its drawn title and
 * what became of it, so the report (or a person) need not guess. */
static FILE *
index_open(const char *dir)
{
	char *path = xasprintf("%s/index.csv.tmp", dir);
	FILE *fp = fopen(path, "w");

	if (!fp)
		yp_die(YP_EXIT_DATA, "%s: cannot write: %s", path, strerror(errno));
	free(path);
	fputs("id,type,title,status,svg,png,script\n", fp);
	return fp;
}

static void
index_add(FILE *fp, const struct chart *c, const char *title,
    enum chart_outcome outcome)
{
	static const char *const words[] = { "drawn", "script", "skipped",
	    "failed" };
	char *file;

	yp_csv_put_field(fp, c->id);
	fprintf(fp, ",%s,", chart_type_name(c->type));
	yp_csv_put_field(fp, title ? title : "");
	fprintf(fp, ",%s,", words[outcome]);
	if (outcome == CHART_DRAWN) {
		file = xasprintf("%s.svg", c->id);
		yp_csv_put_field(fp, file);
		free(file);
		fputc(',', fp);
		file = xasprintf("%s.png", c->id);
		yp_csv_put_field(fp, file);
		free(file);
	} else
		fputc(',', fp);
	fputc(',', fp);
	if (outcome == CHART_DRAWN || outcome == CHART_SCRIPT) {
		file = xasprintf("%s.gp", c->id);
		yp_csv_put_field(fp, file);
		free(file);
	}
	fputc('\n', fp);
}

static int
index_close(FILE *fp, const char *dir)
{
	char *tmp = xasprintf("%s/index.csv.tmp", dir);
	char *path = xasprintf("%s/index.csv", dir);
	int ok = fclose(fp) == 0 && rename(tmp, path) == 0;

	if (!ok) {
		yp_warn("%s: cannot write: %s", path, strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	free(path);
	return ok ? 0 : -1;
}

/* Fail before drawing anything rather than draw boxes for Chinese. */
static void
check_tools(const struct plot_style *st, const char *style_path)
{
	struct yp_gnuplot_result res;
	char why[256];
	int found;

	found = yp_font_exists(st->font, why, sizeof why);
	if (found < 0)
		yp_die(YP_EXIT_DATA, "%s; install fontconfig (scripts/install-deps)",
		    why);
	if (!found)
		yp_die(YP_EXIT_USAGE, "font \"%s\" (%s) is not installed, and "
		    "charts would show boxes for Chinese; install "
		    "fonts-noto-cjk (scripts/install-deps) or name an installed "
		    "font (fc-list :lang=zh family)", st->font, style_path);
	if (yp_gnuplot_run("", 0, NULL, &res) != 0)
		yp_die(YP_EXIT_DATA, "%s%s%s; install gnuplot-nox "
		    "(scripts/install-deps) or set YP_GNUPLOT",
		    res.status < 0 ? "" : yp_gnuplot_program(),
		    res.status < 0 ? "" : ": ", res.message);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "config", required_argument, NULL, 'c' },
		{ "catalogue", required_argument, NULL, 'C' },
		{ "style", required_argument, NULL, 'S' },
		{ "region", required_argument, NULL, 'r' },
		{ "only", required_argument, NULL, 'O' },
		{ "titles", required_argument, NULL, 'T' },
		{ "script-only", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *catalogue_path = NULL, *style_path = NULL,
	    *region = NULL, *outdir = NULL, *only = NULL;
	struct yp_config *cfg;
	struct yp_map *strings;
	struct plot_style style;
	struct catalogue cat;
	struct store store;
	char *own_catalogue = NULL, *own_style = NULL;
	FILE *index;
	int c, script_only = 0, status = 0, i, titles = -1;
	size_t k;

	yp_set_program(argv[0]);
	opterr = 0;	/* one message of our own, not getopt's as well */
	while ((c = getopt_long(argc, argv, "o:c:r:shV", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': outdir = optarg; break;
		case 'c': config = optarg; break;
		case 'C': catalogue_path = optarg; break;
		case 'S': style_path = optarg; break;
		case 'r': region = optarg; break;
		case 'O': only = optarg; break;
		case 'T':
			titles = plot_titles_parse(optarg);
			if (titles < 0)
				yp_usage_error("--titles %s: give png, svg, both "
				    "or none", optarg);
			break;
		case 's': script_only = 1; break;
		case 'h': usage(); return yp_finish_stdout(0);
		case 'V': yp_print_version(); return yp_finish_stdout(0);
		default: yp_option_error("o:c:r:shV", argv);
		}
	}
	if (!outdir)
		yp_usage_error("no output folder; give -o DIR");

	cfg = yp_config_load(yp_config_dir(config));
	strings = yp_map_new();
	/* Without --style, config/style.csv is optional: the built-in
	 * style is the house style. */
	plot_style_load(&style, cfg, style_path);
	style.titles_forced = titles;
	if (!style_path)
		style_path = own_style = yp_config_path(cfg, "style.csv");
	if (!catalogue_path)
		catalogue_path = own_catalogue = yp_config_path(cfg, "charts.csv");
	catalogue_load(&cat, catalogue_path, cfg, strings, region);
	check_only(only, &cat);
	if (!script_only)
		check_tools(&style, style_path);

	store_init(&store, strings, cfg, &cat);
	if (optind == argc)
		status |= store_read(&store, "-");
	for (i = optind; i < argc; i++)
		status |= store_read(&store, argv[i]);
	if (status) {
		status = YP_EXIT_DATA;
		goto done;
	}
	store_index(&store);

	make_dir(outdir);
	index = index_open(outdir);
	for (k = 0; k < cat.ncharts; k++) {
		char *title;
		int rc;

		if (!selected(only, cat.charts[k].id))
			continue;
		rc = plot_chart(&store, &style, cfg, strings, &cat.charts[k],
		    outdir, script_only, &title);
		if (rc < 0)
			status = YP_EXIT_DATA;
		index_add(index, &cat.charts[k], title, rc < 0 ? CHART_FAILED :
		    rc > 0 ? CHART_SKIPPED : script_only ? CHART_SCRIPT :
		    CHART_DRAWN);
		free(title);
	}
	if (index_close(index, outdir) != 0)
		status = YP_EXIT_DATA;
done:

	store_free(&store);
	catalogue_free(&cat);
	plot_style_free(&style);
	free(own_catalogue);
	free(own_style);
	yp_map_free(strings, NULL);
	yp_config_free(cfg);
	return yp_finish_stdout(status);
}
