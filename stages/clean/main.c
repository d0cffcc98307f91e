/* yp-clean: harmonise, reconcile editions, validate, fill gaps honestly. */
#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cfg.h"
#include "clean.h"
#include "msg.h"
#include "rec.h"
#include "xalloc.h"

static void
usage(void)
{
	printf("usage: yp-clean [-c DIR] [-q FILE] [FILE...]\n"
"\n"
"Clean a record stream (docs/FORMAT.md) from yp-ingest: convert values to\n"
"each indicator's canonical unit, keep the latest edition of each figure,\n"
"check the rules in config/rules.csv, flag yearly jumps as breaks (B),\n"
"fill short inner gaps by interpolation (E), and write the records sorted\n"
"by region, indicator, measure and period.  Every change and every finding\n"
"is one row of the quality table.  With no FILE, or FILE -, read stdin.\n"
"清洗 yp-ingest 输出的记录：统一计量单位，同一数据取最新版本（旧值记为修订），\n"
"按 config/rules.csv 校验（取值范围、恒等式、派生比率、年度跳变记为断点 B），\n"
"按 config/clean.csv 插补短缺口（状态 E），排序输出；每一处改动与问题都写入质量表。\n"
"\n"
"  -q, --quality FILE   write the data-quality table (CSV) to FILE:\n"
"                       severity,rule,region,indicator,period,values,\n"
"                       source,action\n"
"  -c, --config DIR     config folder (default: $YP_CONFIG, ./config)\n"
"  -h, --help           show this help and exit\n"
"  -V, --version        show the version and exit\n"
"\n"
"A rule of severity error stops the run (exit 1, no output); warnings and\n"
"notes go to the quality table only.  错误级规则不通过则停止（退出码 1）。\n"
"\n"
"Exit status: 0 ok, 1 bad data or I/O, 2 usage or config error.\n"
"\n"
"Example:\n"
"  yp-ingest data/raw/* | yp-clean --quality out/quality.csv > out/obs.csv\n");
}

/* "yp-clean: FILE:LINE: ..." for a finding that stops the run, placed at
 * the first source the finding names. */
static void
report_error(const struct finding *f)
{
	char *first = xstrdup(f->source), *cut, file[4096];
	unsigned long line = 0;
	int edition;
	const char *where = NULL;

	if ((cut = strstr(first, "; ")) || (cut = strstr(first, " → ")) ||
	    (cut = strstr(first, " … ")))
		*cut = '\0';
	if (yp_source_parse(first, file, sizeof file, &line, &edition))
		where = file;
	yp_warn_at(where, line, "rule %s: %s %s %s: %s; correct the table, or "
	    "the rule in config/rules.csv", f->rule, f->region, f->indicator,
	    f->period, f->values);
	free(first);
}

/* Write the quality table to path.tmp; quality_commit renames it once
 * the records are out too, quality_abandon removes it. */
static char *
quality_begin(const struct quality *q, const char *path)
{
	char *tmp = xasprintf("%s.tmp", path);
	FILE *fp = fopen(tmp, "w");
	int bad;

	if (!fp) {
		yp_warn_at(tmp, 0, "cannot write: %m; check that the folder "
		    "exists and is writable");
		free(tmp);
		return NULL;
	}
	bad = quality_write(q, fp) != 0;
	bad |= fclose(fp) != 0;
	if (bad) {
		yp_warn_at(tmp, 0, "cannot write: %m");
		unlink(tmp);
		free(tmp);
		return NULL;
	}
	return tmp;
}

static int
quality_commit(char *tmp, const char *path)
{
	int status = 0;

	if (rename(tmp, path) != 0) {
		yp_warn_at(path, 0, "cannot rename %s to it: %m", tmp);
		unlink(tmp);
		status = YP_EXIT_DATA;
	}
	free(tmp);
	return status;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "quality", required_argument, NULL, 'q' },
		{ "config", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *quality = NULL;
	char *rules_path, *settings_path, *quality_tmp = NULL;
	struct yp_config *cfg;
	struct yp_writer *out;
	struct clean c;
	int ch, status = 0, i;
	size_t k;

	yp_set_program(argv[0]);
	opterr = 0;	/* one message of our own, not getopt's as well */
	while ((ch = getopt_long(argc, argv, ":q:c:hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q': quality = optarg; break;
		case 'c': config = optarg; break;
		case 'h': usage(); return yp_finish_stdout(0);
		case 'V': yp_print_version(); return yp_finish_stdout(0);
		case ':':
			yp_usage_error("option %s needs an argument",
			    argv[optind - 1]);
		default:
			if (optopt)
				yp_usage_error("unknown option -%c", optopt);
			yp_usage_error("unknown option %s", argv[optind - 1]);
		}
	}
	gsl_set_error_handler_off();	/* interp.c checks what it passes */

	cfg = yp_config_load(yp_config_dir(config));
	rules_path = yp_config_path(cfg, "rules.csv");
	settings_path = yp_config_path(cfg, "clean.csv");
	clean_init(&c, cfg, rules_path, settings_path);
	free(rules_path);
	free(settings_path);

	if (optind == argc)
		status = clean_read(&c, "-");
	for (i = optind; i < argc && status == 0; i++)
		status = clean_read(&c, argv[i]);
	if (status == 0 && c.read_errors)
		status = YP_EXIT_DATA;
	if (status == 0) {
		clean_run(&c);
		for (k = 0; k < c.quality.n; k++)
			if (c.quality.f[k].severity == SEV_ERROR)
				report_error(&c.quality.f[k]);
		if (c.quality.count[SEV_ERROR])
			status = YP_EXIT_DATA;
	}
	/* The quality table first, so that a table that cannot be written
	 * stops the run before any record goes out. */
	if (status == 0 && quality && !(quality_tmp = quality_begin(&c.quality,
	    quality)))
		status = YP_EXIT_DATA;
	if (status == 0) {
		out = yp_writer_open(stdout);
		clean_write(&c, out);
		if (yp_writer_close(out) != 0)
			status = YP_EXIT_DATA;
	}
	if (quality_tmp && status == 0)
		status = quality_commit(quality_tmp, quality);
	else if (quality_tmp) {
		unlink(quality_tmp);
		free(quality_tmp);
	}
	if (status == 0 && !quality && (c.quality.count[SEV_WARNING] ||
	    c.quality.count[SEV_INFO]))
		yp_warn("%zu warnings, %zu notes; write them with --quality FILE",
		    c.quality.count[SEV_WARNING], c.quality.count[SEV_INFO]);
	clean_free(&c);
	yp_config_free(cfg);
	return yp_finish_stdout(status);
}
