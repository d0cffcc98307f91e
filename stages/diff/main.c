/* yp-diff: which numbers changed between two record streams. */
#include <getopt.h>
#include <stdio.h>

#include "diff.h"
#include "msg.h"
#include "rec.h"

static void
usage(void)
{
	printf("usage: yp-diff OLD NEW\n"
"\n"
"Compare two record streams (docs/FORMAT.md) and write, as records, what\n"
"changed: each NEW record whose value or status differs from the OLD\n"
"record with the same region, indicator, measure and period (its note\n"
"says \"changed from X to Y (+Z%%)\"), each NEW record OLD lacks (note\n"
"\"added\"), then each OLD record NEW lacks (status M, note \"removed\").\n"
"Tables' footnotes (measure footnote) are text, not figures: left out.\n"
"比较两份记录，输出变化了的数值（新值、原值、变化幅度、来源）。\n"
"\n"
"Either file may be - for standard input.  OLD is held in memory.\n"
"\n"
"  -q, --quiet     no summary line on standard error\n"
"  -h, --help      show this help and exit\n"
"  -V, --version   show the version and exit\n"
"\n"
"Exit status: 0 ok (changed or not), 1 bad data or I/O, 2 usage.\n"
"\n"
"Example:\n"
"  yp-diff nightly/published/out/obs.csv out/obs.csv > out/diff.csv\n");
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct diff_old *old;
	struct yp_writer *out;
	unsigned long changed = 0;
	int c, quiet = 0, status;

	yp_set_program(argv[0]);
	opterr = 0;	/* one message of our own, not getopt's as well */
	while ((c = getopt_long(argc, argv, "qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'q': quiet = 1; break;
		case 'h': usage(); return yp_finish_stdout(0);
		case 'V': yp_print_version(); return yp_finish_stdout(0);
		default: yp_option_error("qhV", argv);
		}
	}
	if (argc - optind != 2)
		yp_usage_error("give two record files, OLD and NEW");

	old = diff_load_old(argv[optind]);
	if (!old)
		return YP_EXIT_DATA;
	out = yp_writer_open(stdout);
	status = diff_against(old, argv[optind + 1], out, &changed);
	if (yp_writer_close(out) != 0)
		status = YP_EXIT_DATA;
	diff_free(old);
	if (!quiet && status == 0)
		yp_warn("%lu record%s changed", changed, changed == 1 ? "" : "s");
	return yp_finish_stdout(status);
}
