/* yanpan: gnuplot and fontconfig run as outside programs. */
#ifndef YP_PLOT_H
#define YP_PLOT_H

#include <stddef.h>

/* What a gnuplot run left behind.  message is one line without a
 * newline: gnuplot's own complaint on failure, else the first warning
 * it printed (empty when none). */
struct yp_gnuplot_result {
	int status;		/* gnuplot's exit status; -1 when it did not run
				 * or was killed by a signal */
	unsigned long line;	/* the script line gnuplot named, 0 if none */
	int nwarnings;		/* warning lines printed on success */
	char message[512];
};

/* The gnuplot to run: $YP_GNUPLOT when set (tests point it at a
 * stand-in), else "gnuplot" from PATH.  Not freed. */
const char *yp_gnuplot_program(void);

/* Run gnuplot on the len bytes of script in the folder dir (so that a
 * script's "set output 'x.svg'" lands there), without any temporary
 * file: the script goes in on a pipe, read by gnuplot as /dev/stdin so
 * that its messages carry script line numbers, and its standard error
 * comes back on another pipe.  gnuplot starts with -d (no ~/.gnuplot),
 * so the same script makes the same output for every user.  Returns 0
 * when gnuplot exited with status 0, else -1; res says what happened. */
int yp_gnuplot_run(const char *script, size_t len, const char *dir,
	struct yp_gnuplot_result *res);

/* Reduce gnuplot's standard error (n bytes) to res: the line and message
 * of its error (or of its first warning when ok is set), counting the
 * warnings.  Split out of yp_gnuplot_run so it can be tested alone. */
void yp_gnuplot_parse_stderr(const char *err, size_t n, int ok,
	struct yp_gnuplot_result *res);

/* Whether fontconfig knows the font family name, asked through
 * "fc-list -q :family=NAME" (fontconfig's own matching, as cairo and
 * pango will use it).  Returns 1 when it does, 0 when it does not, -1
 * when fc-list could not be run (why in why, whysz bytes). */
int yp_font_exists(const char *family, char *why, size_t whysz);

#endif
