/* Specification of common/plot.c: gnuplot run through pipes, its
 * messages reduced to one line, and the fontconfig check. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plot.h"
#include "xalloc.h"

static void
parse(const char *err, int ok, struct yp_gnuplot_result *res)
{
	memset(res, 0, sizeof *res);
	yp_gnuplot_parse_stderr(err, strlen(err), ok, res);
}

/* What gnuplot 5.4 prints for a bad command in a script file: the
 * command, a caret, then "FILE" line N: message.  The line number and the
 * message are kept, the echo and caret dropped. */
static void
test_parse_error(void **state)
{
	struct yp_gnuplot_result res;

	(void)state;
	parse("set keyy top\n    ^\n\"/dev/stdin\" line 3: unrecognized "
	    "option - see 'help set'.\n\n", 0, &res);
	assert_int_equal(res.line, 3);
	assert_string_equal(res.message,
	    "unrecognized option - see 'help set'.");
	assert_int_equal(res.nwarnings, 0);
}

/* "cannot open file" comes with the system's reason on the next line. */
static void
test_parse_system_error(void **state)
{
	struct yp_gnuplot_result res;

	(void)state;
	parse("set output \"/nonexist/x.svg\"\n                            ^\n"
	    "\"/dev/stdin\" line 2:          cannot open file; output not "
	    "changed\nsystem error: No such file or directory\n", 0, &res);
	assert_int_equal(res.line, 2);
	assert_string_equal(res.message, "cannot open file; output not changed; "
	    "No such file or directory");
}

/* On success, warnings are counted and the first one kept; both forms
 * ("line N: warning: ..." and "Warning: ...") count. */
static void
test_parse_warnings(void **state)
{
	struct yp_gnuplot_result res;

	(void)state;
	parse("Warning: empty y range [1:1], adjusting to [0.99:1.01]\n"
	    "\"/dev/stdin\" line 7: warning: Skipping data file with no valid "
	    "points\n", 1, &res);
	assert_int_equal(res.nwarnings, 2);
	assert_int_equal(res.line, 0);
	assert_string_equal(res.message,
	    "empty y range [1:1], adjusting to [0.99:1.01]");
	parse("\"/dev/stdin\" line 7: warning: Skipping data file with no valid "
	    "points\n", 1, &res);
	assert_int_equal(res.line, 7);
	assert_string_equal(res.message, "Skipping data file with no valid points");
}

/* A failure without a located message gives its last meaningful line;
 * nothing at all leaves the message empty (the caller says the status). */
static void
test_parse_unlocated(void **state)
{
	struct yp_gnuplot_result res;

	(void)state;
	parse("some trouble\n  ^\nout of memory\n\n", 0, &res);
	assert_int_equal(res.line, 0);
	assert_string_equal(res.message, "out of memory");
	parse("", 0, &res);
	assert_string_equal(res.message, "");
}

/* A message longer than the buffer is cut at a character, never inside
 * one: the result is still valid UTF-8. */
static void
test_parse_long_message(void **state)
{
	struct yp_gnuplot_result res;
	char *err, *p;
	size_t i, n;

	(void)state;
	n = 3 * 400;
	err = xmalloc(n + 64);
	p = err + sprintf(err, "\"/dev/stdin\" line 1: ");
	for (i = 0; i < 400; i++)
		p += sprintf(p, "错");
	strcpy(p, "\n");
	parse(err, 0, &res);
	n = strlen(res.message);
	assert_true(n < sizeof res.message);
	assert_int_equal(n % 3, 0);
	assert_memory_equal(res.message, "错错", 6);
	free(err);
}

static char *
temp_dir(void)
{
	char tmpl[] = "/tmp/yp-plot-test.XXXXXX";
	char *d = mkdtemp(tmpl);

	assert_non_null(d);
	return xstrdup(d);
}

static int
file_size(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	struct stat st;
	int n = stat(path, &st) == 0 ? (int)st.st_size : -1;

	unlink(path);
	free(path);
	return n;
}

/* A real run: the script's relative output lands in dir, status 0, no
 * message; a script with a bad command on line 3 fails with that line
 * and gnuplot's reason. */
static void
test_run(void **state)
{
	static const char good[] = "set terminal svg size 300,200\n"
	    "set output 'x.svg'\nplot x\n";
	static const char bad[] = "set terminal svg\nset output 'y.svg'\n"
	    "set keyy top\nplot x\n";
	struct yp_gnuplot_result res;
	char *dir = temp_dir();

	(void)state;
	assert_int_equal(yp_gnuplot_run(good, strlen(good), dir, &res), 0);
	assert_int_equal(res.status, 0);
	assert_string_equal(res.message, "");
	assert_true(file_size(dir, "x.svg") > 100);

	assert_int_equal(yp_gnuplot_run(bad, strlen(bad), dir, &res), -1);
	assert_int_equal(res.status, 1);
	assert_int_equal(res.line, 3);
	assert_non_null(strstr(res.message, "unrecognized option"));
	file_size(dir, "y.svg");
	rmdir(dir);
	free(dir);
}

/* A script far larger than a pipe's buffer while gnuplot writes much to
 * standard error at the same time: neither side blocks the other. */
static void
test_run_large(void **state)
{
	struct yp_gnuplot_result res;
	char *script = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&script, &len);
	int i;

	(void)state;
	fputs("do for [i=1:20000] { print sprintf('line %d of output', i) }\n",
	    fp);
	for (i = 0; i < 40000; i++)
		fprintf(fp, "# comment line %d to fill the pipe\n", i);
	fputs("print 'done'\n", fp);
	fclose(fp);
	assert_true(len > 1000000);
	assert_int_equal(yp_gnuplot_run(script, len, NULL, &res), 0);
	free(script);
}

/* gnuplot that cannot be started: -1 and a message naming the program. */
static void
test_run_missing_program(void **state)
{
	struct yp_gnuplot_result res;

	(void)state;
	setenv("YP_GNUPLOT", "/nonexistent/gnuplot", 1);
	assert_string_equal(yp_gnuplot_program(), "/nonexistent/gnuplot");
	assert_int_equal(yp_gnuplot_run("plot x\n", 7, NULL, &res), -1);
	assert_int_equal(res.status, -1);
	assert_string_equal(res.message, "cannot run /nonexistent/gnuplot: No "
	    "such file or directory");
	unsetenv("YP_GNUPLOT");
	assert_string_equal(yp_gnuplot_program(), "gnuplot");
}

/* fonts-noto-cjk is a run dependency (scripts/install-deps); a made-up
 * family is not there, and a '-' in a name is no size. */
static void
test_font_exists(void **state)
{
	char why[256];

	(void)state;
	assert_int_equal(yp_font_exists("Noto Sans CJK SC", why, sizeof why), 1);
	assert_int_equal(yp_font_exists("No Such Family 4711", why, sizeof why),
	    0);
	assert_int_equal(yp_font_exists("Noto Sans CJK SC-12", why, sizeof why),
	    0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_error),
		cmocka_unit_test(test_parse_system_error),
		cmocka_unit_test(test_parse_warnings),
		cmocka_unit_test(test_parse_unlocated),
		cmocka_unit_test(test_parse_long_message),
		cmocka_unit_test(test_run),
		cmocka_unit_test(test_run_large),
		cmocka_unit_test(test_run_missing_program),
		cmocka_unit_test(test_font_exists),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
