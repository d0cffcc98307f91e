/* yanpan: messages and exit status shared by every stage. */
#ifndef YP_MSG_H
#define YP_MSG_H

#include <stdarg.h>

/* Exit status of every stage: a pipe only asks zero or not, but a
 * scheduler wants to tell bad data from a bad command line. */
enum yp_exit {
	YP_EXIT_OK = 0,
	YP_EXIT_DATA = 1,	/* bad data or I/O failure */
	YP_EXIT_USAGE = 2	/* bad command line or configuration */
};

/* Set the name used in front of every message ("yp-ingest"). */
void yp_set_program(const char *name);
const char *yp_program(void);

/* "yp-x: message" on stderr. */
void yp_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "yp-x: FILE:LINE: message" on stderr; line 0 leaves out ":LINE". */
void yp_warn_at(const char *file, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void yp_vwarn_at(const char *file, unsigned long line, const char *fmt, va_list ap);

/* As above, then exit with status. */
_Noreturn void yp_die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
_Noreturn void yp_die_at(int status, const char *file, unsigned long line,
	const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* A bad command line: the message, then "Try 'yp-x --help'.", exit 2. */
_Noreturn void yp_usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* After getopt_long (with opterr = 0) returned '?' or ':': one message
 * of our own — "unknown option --x", "option -c needs a value" — then
 * "Try 'yp-x --help'." and exit 2.  optstring is the one given to getopt. */
_Noreturn void yp_option_error(const char *optstring, char **argv);

/* Flush and close stdout; report a write error (disk full, closed pipe
 * reader) and return YP_EXIT_DATA, else return status unchanged. */
int yp_finish_stdout(int status);

/* Print "yp-x (yanpan) VERSION" to stdout. */
void yp_print_version(void);

#endif
