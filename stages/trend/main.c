/* yp-trend: growth, projections to 2030 and plan targets from records. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cfg.h"
#include "msg.h"
#include "num.h"
#include "rec.h"
#include "run.h"
#include "settings.h"
#include "targets.h"
#include "xalloc.h"

static void
usage(void)
{
	printf("usage: yp-trend [-c DIR] [-t FILE] [-j N] [--sort] [--no-growth]\n"
"                [--no-projections] [FILE]\n"
"\n"
"Read cleaned records (docs/FORMAT.md; yp-clean's output, sorted by\n"
"region) and write result records: year-on-year growth, average annual\n"
"growth per five-year plan (real from 上年=100 indices), changes in\n"
"percentage points, projections to 2030 with 80 %% and 95 %% intervals and\n"
"the model chosen by out-of-sample error; with --targets, whether each\n"
"十四五 target was met and how hard each 十五五 target is.\n"
"读取清洗后的记录，输出：同比增速、各五年规划期年均增速（可比价）、\n"
"百分点变化、至 2030 年的趋势外推（含 80%%/95%% 区间与择优模型），\n"
"以及十四五目标完成情况与十五五目标可行性研判。\n"
"\n"
"  -c, --config DIR       config folder (default: $YP_CONFIG, ./config):\n"
"                         trend.csv (what to project), targets.csv,\n"
"                         verdicts.csv, indicators.csv\n"
"  -t, --targets FILE     write target records to FILE\n"
"  -j, --jobs N           worker threads (default: the number of CPUs);\n"
"                         the output is the same for every N\n"
"  -s, --sort             the input is not sorted by region: hold it all\n"
"                         and sort (uses memory for the whole input)\n"
"      --no-growth        leave out the growth records\n"
"      --no-projections   leave out the projections\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n"
"With no FILE, or when FILE is -, read standard input.  Measures, formulas\n"
"and sources: docs/METHODS.md.\n"
"\n"
"Exit status: 0 ok, 1 bad data or I/O, 2 usage or config error.\n"
"\n"
"Example:\n"
"  yp-trend -t out/targets.csv < out/obs.csv > out/trend.csv\n"
"  yp-trend --no-projections out/obs.csv | grep ',cagr_real,'\n");
}

enum { OPT_NO_GROWTH = 256, OPT_NO_PROJECTIONS };

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "targets", required_argument, NULL, 't' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "sort", no_argument, NULL, 's' },
		{ "no-growth", no_argument, NULL, OPT_NO_GROWTH },
		{ "no-projections", no_argument, NULL, OPT_NO_PROJECTIONS },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct trend_options opt = { 0, 0, 1, 1 };
	struct trend_run run = { 0 };
	const char *config = NULL, *targets_path = NULL, *input = "-";
	char *path, *vpath;
	struct yp_config *cfg;
	struct trend_settings *settings;
	struct target_set *targets = NULL;
	struct yp_reader *reader;
	FILE *tfp = NULL;
	long jobs;
	int c, status;

	yp_set_program(argv[0]);
	opterr = 0;	/* one message of our own, not getopt's as well */
	while ((c = getopt_long(argc, argv, ":c:t:j:shV", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': config = optarg; break;
		case 't': targets_path = optarg; break;
		case 'j':
			if (!yp_parse_long(optarg, 1, 64, &jobs))
				yp_usage_error("--jobs %s: give a number from 1 "
				    "to 64", optarg);
			opt.jobs = (int)jobs;
			break;
		case 's': opt.sort = 1; break;
		case OPT_NO_GROWTH: opt.growth = 0; break;
		case OPT_NO_PROJECTIONS: opt.projections = 0; break;
		case 'h': usage(); return yp_finish_stdout(0);
		case 'V': yp_print_version(); return yp_finish_stdout(0);
		case ':':
			yp_usage_error("option %s needs a value", argv[optind - 1]);
		default:
			if (optopt && argv[optind - 1][1] != '-')
				yp_usage_error("unknown option -%c", optopt);
			yp_usage_error("unknown option %s", argv[optind - 1]);
		}
	}
	if (argc - optind > 1)
		yp_usage_error("give one input file (or none for standard input)");
	if (optind < argc)
		input = argv[optind];
	if (opt.jobs == 0) {
		jobs = sysconf(_SC_NPROCESSORS_ONLN);
		opt.jobs = jobs < 1 ? 1 : jobs > 64 ? 64 : (int)jobs;
	}

	cfg = yp_config_load(yp_config_dir(config));
	path = yp_config_path(cfg, "trend.csv");
	settings = trend_settings_load(path);
	free(path);
	if (targets_path) {
		path = yp_config_path(cfg, "targets.csv");
		vpath = yp_config_path(cfg, "verdicts.csv");
		targets = targets_load(path, vpath);
		free(path);
		free(vpath);
	}
	/* Check the input's header before writing anything. */
	if (!(reader = yp_reader_open(input))) {
		targets_free(targets);
		trend_settings_free(settings);
		yp_config_free(cfg);
		return YP_EXIT_DATA;
	}
	if (targets_path && !(tfp = fopen(targets_path, "w")))
		yp_die(YP_EXIT_DATA, "%s: cannot write: %m", targets_path);
	run.opt = &opt;
	run.cfg = cfg;
	run.settings = settings;
	run.targets = targets;
	run.out = yp_writer_open(stdout);
	run.tout = tfp ? yp_writer_open(tfp) : NULL;
	status = trend_run(&run, reader);
	if (yp_writer_close(run.out) != 0)
		status = YP_EXIT_DATA;
	if (run.tout && yp_writer_close(run.tout) != 0)
		status = YP_EXIT_DATA;
	if (tfp && fclose(tfp) != 0) {
		yp_warn("%s: write error", targets_path);
		status = YP_EXIT_DATA;
	}
	targets_free(targets);
	trend_settings_free(settings);
	yp_config_free(cfg);
	return yp_finish_stdout(status);
}
