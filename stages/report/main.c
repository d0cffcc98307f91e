/* yp-report: write the situation-assessment report from a template and result records. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "msg.h"
#include "report.h"

static void
usage(void)
{
	printf("usage: yp-report [-g] [-c DIR] [-t TEMPLATE] [-r REGION] [-o DIR]\n"
"                 [--charts DIR] [--css FILE] [-q QUALITY] [-m MANIFEST]\n"
"                 [-d DIFF] [FILE...]\n"
"\n"
"Fill the report template (Markdown in Chinese with {{placeholders}}) with\n"
"numbers, sentences, tables and charts from the result records in FILE...\n"
"(standard input when none), and write OUTDIR/report.md, OUTDIR/report.html\n"
"(self-contained: CSS and SVG charts inline) and OUTDIR/tables/*.csv (UTF-8\n"
"with BOM, for Excel).  Every number in the HTML names its source when the\n"
"mouse rests on it.\n"
"用结果记录填写报告模板（中文 Markdown，含 {{占位符}}），生成 report.md、\n"
"可离线打开的 report.html（样式与 SVG 图表内嵌，悬停数字可见来源）和\n"
"tables/*.csv（带 BOM 的 UTF-8，Excel 可直接打开）。\n"
"\n"
"  -c, --config DIR       config folder (default: $YP_CONFIG, ./config)\n"
"  -t, --template FILE    the template (default: CONFIG/report.md)\n"
"  -r, --region NAME      the report's region (default: the template's\n"
"                         front matter \"region:\")\n"
"  -o, --output DIR       where to write (default: out)\n"
"      --charts DIR       the charts of yp-plot (default: OUTDIR/charts)\n"
"      --css FILE         the style sheet (default: CONFIG/report.css)\n"
"  -q, --quality FILE     yp-clean's quality table, for {{table quality}}\n"
"  -m, --manifest FILE    the run's manifest (inputs with SHA-256), for\n"
"                         {{table sources}} and {{table programs}}\n"
"  -d, --diff FILE        yp-diff records, for {{table changes}}\n"
"  -g, --gaps             mark a missing record 【缺：...】 in the report and\n"
"                         go on (default: stop, naming the template line)\n"
"      --md-only          write report.md and tables, not report.html\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n"
"Placeholders (docs/METHODS.md has them all):\n"
"  {{value gdp 2025}}            356.78亿元      {{value gdp 2025 | 万元 0}}\n"
"  {{growth gdp 2025}}           比上年增长5.2%%（可比价）\n"
"  {{growth gdp 2021-2025}}      年均增长6.1%%\n"
"  {{change urbanization 2021-2025}}  提高4.2个百分点\n"
"  {{pull gdp.tertiary 2025}}    拉动GDP增长3.1个百分点，贡献率为58.6%%\n"
"  {{structure 2020 2025}}       三次产业结构由a:b:c调整为d:e:f\n"
"  {{ageing 2025}}  {{urbanization 2025}}  {{tapio energy.total 2021-2025}}\n"
"  {{table targets 2021-2025 binding}}  {{chart gdp_growth}}\n"
"\n"
"Exit status: 0 ok; 1 a record is missing, bad data or I/O; 2 a usage,\n"
"config or template error.  Nothing is written unless all went well.\n"
"\n"
"Example:\n"
"  yp-report -q out/quality.csv -m out/manifest.csv \\\n"
"      out/obs.csv out/structure.csv out/compare.csv out/trend.csv out/targets.csv\n");
}

int
main(int argc, char **argv)
{
	enum { OPT_CHARTS = 256, OPT_CSS, OPT_MD_ONLY };
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "template", required_argument, NULL, 't' },
		{ "region", required_argument, NULL, 'r' },
		{ "output", required_argument, NULL, 'o' },
		{ "charts", required_argument, NULL, OPT_CHARTS },
		{ "css", required_argument, NULL, OPT_CSS },
		{ "quality", required_argument, NULL, 'q' },
		{ "manifest", required_argument, NULL, 'm' },
		{ "diff", required_argument, NULL, 'd' },
		{ "gaps", no_argument, NULL, 'g' },
		{ "md-only", no_argument, NULL, OPT_MD_ONLY },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct rp_options opt = { 0 };
	struct rp_report r;
	int c, status;

	yp_set_program(argv[0]);
	opt.outdir = "out";
	opterr = 0;	/* one message of our own, not getopt's as well */
	while ((c = getopt_long(argc, argv, "c:t:r:o:q:m:d:ghV", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'c': opt.config_dir = optarg; break;
		case 't': opt.template_path = optarg; break;
		case 'r': opt.region = optarg; break;
		case 'o': opt.outdir = optarg; break;
		case OPT_CHARTS: opt.charts_dir = optarg; break;
		case OPT_CSS: opt.css_path = optarg; break;
		case 'q': opt.quality_path = optarg; break;
		case 'm': opt.manifest_path = optarg; break;
		case 'd': opt.diff_path = optarg; break;
		case 'g': opt.gaps = 1; break;
		case OPT_MD_ONLY: opt.no_html = 1; break;
		case 'h': usage(); return yp_finish_stdout(0);
		case 'V': yp_print_version(); return yp_finish_stdout(0);
		default: yp_option_error("c:t:r:o:q:m:d:ghV", argv);
		}
	}

	rp_report_init(&r, &opt);
	status = rp_report_load(&r, argv + optind, (size_t)(argc - optind));
	if (status == 0)
		status = rp_report_fill(&r);
	if (status == 0 && !opt.no_html)
		status = rp_report_render(&r);
	if (status == 0)
		status = rp_report_write(&r);
	rp_report_free(&r);
	return yp_finish_stdout(status);
}
