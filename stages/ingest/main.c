/* yp-ingest: read statistics-bureau tables into records. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cfg.h"
#include "ingest.h"
#include "msg.h"
#include "num.h"
#include "rec.h"

static void
usage(void)
{
	printf("usage: yp-ingest [-s] [-c DIR] [-i INDICATOR] [-u UNIT] [-r REGION]\n"
"                 [-e YEAR] [-E ENCODING] [FILE...]\n"
"\n"
"Read yearbook and statistics-database tables (CSV in UTF-8 or GB18030,\n"
".xls, .xlsx) and write records (docs/FORMAT.md) to standard output.\n"
"With no FILE, or when FILE is -, read standard input.  Files named\n"
"README* are skipped.\n"
"读取统计年鉴与统计数据库导出的表格（CSV：UTF-8 或 GB18030；Excel：.xls/.xlsx），\n"
"输出统一格式的记录（见 docs/FORMAT.md）。\n"
"\n"
"Layouts read: years as columns with indicators as rows (指标,2020年,...)\n"
"or regions as rows (地区,2024年,...), with or without the 数据库/指标/时间\n"
"lines above and 注/数据来源 lines below; years as rows with indicators\n"
"as columns and an optional region column (年份,地区生产总值(亿元),...);\n"
"records already in the format (checked, passed through); yearbook\n"
"workbooks (.xls/.xlsx, read through gnumeric's ssconvert) with a title,\n"
"a unit line and a header over several rows (docs/METHODS.md).\n"
"\n"
"  -c, --config DIR       config folder (default: $YP_CONFIG, ./config)\n"
"  -i, --indicator NAME   indicator of every file (code, name or alias)\n"
"  -u, --unit UNIT        unit of the values (亿元, 万人, ...)\n"
"  -r, --region NAME      region of every file\n"
"  -e, --edition YEAR     edition (vintage) of the files\n"
"  -E, --encoding ENC     utf-8 or gb18030 (default: detect)\n"
"  -s, --strict           unknown indicator or region names are errors\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n"
"What a file does not say is taken from config/sources.csv (the row whose\n"
"file pattern matches); the options above win over both.\n"
"文件本身未说明的指标、单位、地区、版本，取自 config/sources.csv；命令行选项优先。\n"
"\n"
"Exit status: 0 ok, 1 bad data or I/O, 2 usage or config error.\n"
"\n"
"Example:\n"
"  yp-ingest data/raw/*.csv > out/raw.csv\n"
"  yp-ingest -i fiscal.expenditure -u 亿元 分省年度数据_4.csv\n");
}

/* A folder's README (README, README.md, readme.txt) is not a table, and
 * yp-ingest should not stop on it when given every file of a folder. */
static int
is_readme(const char *path)
{
	const char *base = strrchr(path, '/');

	return strncasecmp(base ? base + 1 : path, "readme", 6) == 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "indicator", required_argument, NULL, 'i' },
		{ "unit", required_argument, NULL, 'u' },
		{ "region", required_argument, NULL, 'r' },
		{ "edition", required_argument, NULL, 'e' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "strict", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct ingest_options opt = { 0 };
	const char *config = NULL;
	struct yp_config *cfg;
	struct yp_writer *out;
	struct ingest in;
	int c, status = 0, i;
	long edition;

	yp_set_program(argv[0]);
	opterr = 0;	/* one message of our own, not getopt's as well */
	while ((c = getopt_long(argc, argv, ":c:i:u:r:e:E:shV", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'c': config = optarg; break;
		case 'i': opt.indicator = optarg; break;
		case 'u': opt.unit = optarg; break;
		case 'r': opt.region = optarg; break;
		case 'e':
			if (!yp_parse_long(optarg, 1900, 2100, &edition))
				yp_usage_error("--edition %s: not a year", optarg);
			opt.edition = (int)edition;
			break;
		case 'E':
			if (strcasecmp(optarg, "utf-8") == 0 ||
			    strcasecmp(optarg, "utf8") == 0)
				opt.encoding = YP_ENC_UTF8;
			else if (strcasecmp(optarg, "gb18030") == 0 ||
			    strcasecmp(optarg, "gbk") == 0 ||
			    strcasecmp(optarg, "gb2312") == 0)
				opt.encoding = YP_ENC_GB18030;
			else
				yp_usage_error("--encoding %s: use utf-8 or gb18030",
				    optarg);
			break;
		case 's': opt.strict = 1; break;
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

	cfg = yp_config_load(yp_config_dir(config));
	if (opt.indicator && !yp_indicator_match(cfg, opt.indicator) && opt.strict)
		yp_usage_error("--indicator %s: not in indicators.csv", opt.indicator);
	if (opt.region && !yp_region_match(cfg, opt.region) && opt.strict)
		yp_usage_error("--region %s: not in regions.csv", opt.region);

	out = yp_writer_open(stdout);
	ingest_init(&in, cfg, &opt, out);
	if (optind == argc)
		status = ingest_file(&in, "-");
	for (i = optind; i < argc; i++) {
		if (is_readme(argv[i]))
			continue;	/* data/raw/README.md describes the tables */
		if (ingest_file(&in, argv[i]) != 0)
			status = YP_EXIT_DATA;	/* go on: report every bad file */
	}
	if (yp_writer_close(out) != 0)
		status = YP_EXIT_DATA;
	ingest_free(&in);
	yp_config_free(cfg);
	return yp_finish_stdout(status);
}
