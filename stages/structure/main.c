/* yp-structure: structure of the economy, population and resources at comparable prices. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cfg.h"
#include "msg.h"
#include "num.h"
#include "rec.h"
#include "settings.h"
#include "structure.h"

static void
usage(void)
{
	printf("usage: yp-structure [-c DIR] [-b YEAR] [FILE...]\n"
"\n"
"Read cleaned records (docs/FORMAT.md) and write the structure analyses\n"
"as records: comparable prices (real levels, real growth, deflators,\n"
"contribution rates and pulls), industry (shares, a:b:c structure, TS,\n"
"Theil, Moore angle, location quotients and shift-share against the\n"
"parent region, HHI), population (age shares, dependency ratios, ageing\n"
"and urbanization stages, net migration, vital rates), resources\n"
"(energy, water and CO2 intensity at comparable prices, elasticity,\n"
"Tapio decoupling) and public services (per 1 000 residents, per head).\n"
"What cannot be computed is a record with status M and the reason.\n"
"With no FILE, or when FILE is -, read standard input.\n"
"读取清洗后的记录，输出结构分析结果：可比价（实际增速、贡献率、拉动）、\n"
"产业结构、人口结构、资源环境（能耗强度、脱钩）与公共服务；\n"
"无法计算的项目以状态 M 的记录说明原因，绝不以零代替。\n"
"\n"
"  -c, --config DIR      config folder (default: $YP_CONFIG, ./config);\n"
"                        reads structure.csv, plans.csv and labels.csv\n"
"  -b, --base-year YEAR  prices of real levels (default: base_year in\n"
"                        structure.csv)\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Plan records (period 2021-2025) compare the plan's last year with the\n"
"last year of the plan before (2020).  The measures are listed with\n"
"their formulas in docs/METHODS.md.\n"
"\n"
"Exit status: 0 ok, 1 bad data or I/O, 2 usage or config error.\n"
"\n"
"Example:\n"
"  yp-structure out/obs.csv > out/structure.csv\n"
"  yp-ingest --region 全国 国内生产总值.csv | yp-clean | yp-structure\n");
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "base-year", required_argument, NULL, 'b' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL;
	struct structure st = { 0 };
	struct yp_writer *w;
	long base_year = 0;
	int c, i, status = 0;

	yp_set_program(argv[0]);
	opterr = 0;	/* one message of our own, not getopt's as well */
	while ((c = getopt_long(argc, argv, "c:b:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': config = optarg; break;
		case 'b':
			if (!yp_parse_long(optarg, 1950, 2100, &base_year))
				yp_usage_error("--base-year %s: not a year", optarg);
			break;
		case 'h': usage(); return yp_finish_stdout(0);
		case 'V': yp_print_version(); return yp_finish_stdout(0);
		default: yp_option_error("c:b:hV", argv);
		}
	}

	st.cfg = yp_config_load(yp_config_dir(config));
	st.set = settings_load(st.cfg, (int)base_year);
	st.panel = panel_new(st.cfg);
	structure_keep(&st);
	if (optind == argc)
		status = panel_read(st.panel, "-");
	for (i = optind; i < argc && !status; i++)
		status = panel_read(st.panel, argv[i]);
	if (status == 0) {
		panel_done(st.panel);
		w = yp_writer_open(stdout);
		structure_run(&st, w);
		if (yp_writer_close(w) != 0)
			status = YP_EXIT_DATA;
	}
	yp_results_free(&st.out);
	panel_free(st.panel);
	settings_free((struct settings *)st.set);
	yp_config_free((struct yp_config *)st.cfg);
	return yp_finish_stdout(status);
}
