/* yp-compare: a region against its peers and its parent region. */
#include <getopt.h>
#include <stdio.h>

#include "cfg.h"
#include "compare.h"
#include "msg.h"
#include "num.h"
#include "rec.h"
#include "results.h"

static void
usage(void)
{
	printf("usage: yp-compare [-c DIR] [-r REGION [-p PEERS]] [-y YEAR] [FILE...]\n"
"\n"
"Compare each region of config/peers.csv with its peers and its parent\n"
"region on the indicators of config/compare.csv (each with its direction,\n"
"higher or lower is better): the region's value, the peers' mean, median\n"
"and standard deviation, its rank (1 = best), its ratio to the parent and\n"
"its z-score; the short boards are the indicators where it stands worst\n"
"(direction-adjusted z-score below 0), listed in order.  FILEs are record\n"
"streams, typically out/obs.csv and out/structure.csv; with none, or -,\n"
"standard input.\n"
"对标对表：将本地区与同类地区、上级地区比较（均值、中位数、位次、与上级之比、\n"
"标准化差距），并按差距大小列出短板弱项。\n"
"\n"
"  -c, --config DIR     config folder (default: $YP_CONFIG, ./config);\n"
"                       reads compare.csv and peers.csv\n"
"  -r, --region NAME    compare only this region\n"
"  -p, --peers LIST     its peers, separated by | or , (instead of peers.csv)\n"
"  -y, --year YEAR      compare this year (default: each indicator's latest\n"
"                       year of the region)\n"
"  -h, --help           show this help and exit\n"
"  -V, --version        show the version and exit\n"
"\n"
"Exit status: 0 ok, 1 bad data or I/O, 2 usage or config error.\n"
"\n"
"Example:\n"
"  yp-compare out/obs.csv out/structure.csv > out/compare.csv\n"
"  yp-compare -r 示例县 -p '东岭县|西川县|南湖县' -y 2024 out/obs.csv out/structure.csv\n");
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "region", required_argument, NULL, 'r' },
		{ "peers", required_argument, NULL, 'p' },
		{ "year", required_argument, NULL, 'y' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *region = NULL, *peers = NULL;
	struct yp_results out = { 0 };
	struct yp_config *cfg;
	struct yp_writer *w;
	struct compare cmp;
	long year = 0;
	int c, i, status = 0;

	yp_set_program(argv[0]);
	opterr = 0;	/* one message of our own, not getopt's as well */
	while ((c = getopt_long(argc, argv, "c:r:p:y:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': config = optarg; break;
		case 'r': region = optarg; break;
		case 'p': peers = optarg; break;
		case 'y':
			if (!yp_parse_long(optarg, 1950, 2100, &year))
				yp_usage_error("--year %s: not a year", optarg);
			break;
		case 'h': usage(); return yp_finish_stdout(0);
		case 'V': yp_print_version(); return yp_finish_stdout(0);
		default: yp_option_error("c:r:p:y:hV", argv);
		}
	}
	if (peers && !region)
		yp_usage_error("--peers needs --region");

	cfg = yp_config_load(yp_config_dir(config));
	compare_init(&cmp, cfg, region, peers, (int)year);
	if (optind == argc)
		status = compare_read(&cmp, "-");
	for (i = optind; i < argc && !status; i++)
		status = compare_read(&cmp, argv[i]);
	if (status == 0)
		status = compare_run(&cmp, &out);
	if (status == 0) {
		w = yp_writer_open(stdout);
		yp_results_flush(&out, w);
		if (yp_writer_close(w) != 0)
			status = YP_EXIT_DATA;
	}
	yp_results_free(&out);
	compare_free(&cmp);
	yp_config_free(cfg);
	return yp_finish_stdout(status);
}
