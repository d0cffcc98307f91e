/* yanpan: messages in GNU's "program: file:line: message" form. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "version.h"

static const char *program = "yp";

void
yp_set_program(const char *name)
{
	const char *slash = strrchr(name, '/');

	program = slash ? slash + 1 : name;
}

const char *
yp_program(void)
{
	return program;
}

void
yp_vwarn_at(const char *file, unsigned long line, const char *fmt, va_list ap)
{
	fflush(stdout);
	if (file && line)
		fprintf(stderr, "%s: %s:%lu: ", program, file, line);
	else if (file)
		fprintf(stderr, "%s: %s: ", program, file);
	else
		fprintf(stderr, "%s: ", program);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
yp_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	yp_vwarn_at(NULL, 0, fmt, ap);
	va_end(ap);
}

void
yp_warn_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	yp_vwarn_at(file, line, fmt, ap);
	va_end(ap);
}

void
yp_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	yp_vwarn_at(NULL, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

void
yp_die_at(int status, const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	yp_vwarn_at(file, line, fmt, ap);
	va_end(ap);
	exit(status);
}

void
yp_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	yp_vwarn_at(NULL, 0, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", program);
	exit(YP_EXIT_USAGE);
}

void
yp_option_error(const char *optstring, char **argv)
{
	const char *arg = argv[optind - 1];

	/* A known option without its value: getopt sets optopt to it. */
	if (optopt && strchr(optstring, optopt) && strchr(optstring, optopt)[1] == ':')
		yp_usage_error("option %s needs a value", arg);
	if (optopt && arg[0] == '-' && arg[1] != '-')
		yp_usage_error("unknown option -%c", optopt);
	yp_usage_error("unknown option %s", arg);
}

int
yp_finish_stdout(int status)
{
	int failed = fflush(stdout) != 0 || ferror(stdout);

	if (fclose(stdout) != 0)
		failed = 1;
	if (failed) {
		yp_warn("write error: %s", strerror(errno ? errno : EIO));
		return YP_EXIT_DATA;
	}
	return status;
}

void
yp_print_version(void)
{
	printf("%s (yanpan) %s\n", program, YP_VERSION);
}
