/* yanpan: gnuplot and fontconfig run as outside programs. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "plot.h"
#include "xalloc.h"

/* gnuplot's standard error is kept up to this size; more is drained
 * and dropped, since the error that matters comes before the flood. */
#define STDERR_KEEP (1024 * 1024)

/* Why a child could not start, sent back over a close-on-exec pipe:
 * the parent reads nothing when exec succeeded. */
struct start_failure {
	int step;		/* 0 chdir, 1 exec */
	int err;
};

struct child_run {
	int status;		/* wait status */
	char *err;		/* its standard error, NUL-terminated */
	size_t errlen;
};

static void
copy_line(char *dst, size_t dstsz, const char *src, size_t n)
{
	size_t i, j = 0;

	if (dstsz == 0)
		return;
	for (i = 0; i < n && j + 1 < dstsz; i++)
		dst[j++] = (src[i] == '\n' || src[i] == '\r' || src[i] == '\t')
		    ? ' ' : src[i];
	/* Do not leave half a UTF-8 character at a cut. */
	if (i < n)
		while (j > 0 && ((unsigned char)dst[j - 1] & 0xC0) == 0x80)
			j--;
	if (i < n && j > 0 && ((unsigned char)dst[j - 1] & 0xC0) == 0xC0)
		j--;
	dst[j] = '\0';
}

static void
child_start(char *const argv[], const char *dir, int in, int errfd,
    int report)
{
	struct start_failure f;
	int null = open("/dev/null", O_WRONLY);

	if (dup2(in, 0) < 0 || dup2(errfd, 2) < 0 ||
	    (null >= 0 && dup2(null, 1) < 0))
		_exit(127);
	signal(SIGPIPE, SIG_DFL);
	if (dir && chdir(dir) != 0) {
		f.step = 0;
		f.err = errno;
		if (write(report, &f, sizeof f) < 0)
			_exit(127);
		_exit(127);
	}
	execvp(argv[0], argv);
	f.step = 1;
	f.err = errno;
	if (write(report, &f, sizeof f) < 0)
		_exit(127);
	_exit(127);
}

/* Write input to the child and gather its standard error at the same
 * time, so that neither side can block the other on a full pipe. */
static void
exchange(int in, const char *input, size_t len, int err, struct child_run *run)
{
	size_t done = 0, cap = 0;
	struct pollfd p[2];
	char buf[8192];
	ssize_t n;
	int nfds;

	fcntl(in, F_SETFL, fcntl(in, F_GETFL) | O_NONBLOCK);
	if (len == 0) {
		close(in);
		in = -1;
	}
	while (in >= 0 || err >= 0) {
		nfds = 0;
		if (in >= 0) {
			p[nfds].fd = in;
			p[nfds++].events = POLLOUT;
		}
		if (err >= 0) {
			p[nfds].fd = err;
			p[nfds++].events = POLLIN;
		}
		if (poll(p, (nfds_t)nfds, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int i = 0; i < nfds; i++) {
			if (p[i].revents == 0)
				continue;
			if (p[i].fd == in) {
				n = write(in, input + done, len - done);
				if (n > 0)
					done += (size_t)n;
				/* EPIPE: the child stopped reading (it
				 * failed); what it said is on stderr. */
				if ((n < 0 && errno != EAGAIN && errno != EINTR) ||
				    done == len) {
					close(in);
					in = -1;
				}
			} else {
				n = read(err, buf, sizeof buf);
				if (n < 0 && (errno == EAGAIN || errno == EINTR))
					continue;
				if (n <= 0) {
					close(err);
					err = -1;
					continue;
				}
				if (run->errlen + (size_t)n > STDERR_KEEP)
					continue;
				run->err = xgrow(run->err, &cap,
				    run->errlen + (size_t)n + 1, 1);
				memcpy(run->err + run->errlen, buf, (size_t)n);
				run->errlen += (size_t)n;
			}
		}
	}
	if (in >= 0)
		close(in);
	if (err >= 0)
		close(err);
	if (!run->err)
		run->err = xcalloc(1, 1);
	run->err[run->errlen] = '\0';
}

/* Run argv in dir with input on its standard input, its standard output
 * thrown away and its standard error gathered in run.  Returns 0 when it
 * ran (whatever its status), -1 with why filled when it could not. */
static int
run_child(char *const argv[], const char *dir, const char *input, size_t len,
    struct child_run *run, char *why, size_t whysz)
{
	int in[2], err[2], report[2];
	struct sigaction ign, old;
	struct start_failure f;
	ssize_t got;
	pid_t pid;

	memset(run, 0, sizeof *run);
	if (pipe2(in, O_CLOEXEC) != 0)
		goto fail;
	if (pipe2(err, O_CLOEXEC) != 0) {
		close(in[0]);
		close(in[1]);
		goto fail;
	}
	if (pipe2(report, O_CLOEXEC) != 0) {
		close(in[0]);
		close(in[1]);
		close(err[0]);
		close(err[1]);
		goto fail;
	}
	pid = fork();
	if (pid < 0) {
		close(in[0]);
		close(in[1]);
		close(err[0]);
		close(err[1]);
		close(report[0]);
		close(report[1]);
		goto fail;
	}
	if (pid == 0)
		child_start(argv, dir, in[0], err[1], report[1]);
	close(in[0]);
	close(err[1]);
	close(report[1]);

	/* A child that dies early must not kill us with SIGPIPE. */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &old);
	exchange(in[1], input, len, err[0], run);
	sigaction(SIGPIPE, &old, NULL);

	while (waitpid(pid, &run->status, 0) < 0)
		if (errno != EINTR)
			break;
	do
		got = read(report[0], &f, sizeof f);
	while (got < 0 && errno == EINTR);
	close(report[0]);
	if (got == (ssize_t)sizeof f) {
		snprintf(why, whysz, "cannot %s %s: %s", f.step ? "run" : "enter",
		    f.step ? argv[0] : dir, strerror(f.err));
		free(run->err);
		run->err = NULL;
		return -1;
	}
	return 0;
fail:
	snprintf(why, whysz, "cannot start %s: %s", argv[0], strerror(errno));
	return -1;
}

const char *
yp_gnuplot_program(void)
{
	const char *env = getenv("YP_GNUPLOT");

	return env && *env ? env : "gnuplot";
}

/* If s (a line, leading blanks skipped) reads "line N: ..." with an
 * optional quoted file name before it, as gnuplot writes its errors and
 * warnings, set *line and return where the message starts. */
static const char *
gnuplot_located(const char *s, const char *end, unsigned long *line)
{
	unsigned long n = 0;

	if (s < end && *s == '"') {
		const char *q = memchr(s + 1, '"', (size_t)(end - s - 1));

		if (!q)
			return NULL;
		s = q + 1;
		while (s < end && *s == ' ')
			s++;
	}
	if (end - s < 7 || strncmp(s, "line ", 5) != 0)
		return NULL;
	s += 5;
	if (!isdigit((unsigned char)*s))
		return NULL;
	while (s < end && isdigit((unsigned char)*s))
		n = n * 10 + (unsigned long)(*s++ - '0');
	if (s >= end || *s != ':')
		return NULL;
	s++;
	while (s < end && *s == ' ')
		s++;
	*line = n;
	return s;
}

static const char *
skip_blanks(const char *s, const char *end)
{
	while (s < end && *s == ' ')
		s++;
	return s;
}

static int
starts_nocase(const char *s, const char *end, const char *prefix)
{
	size_t n = strlen(prefix);

	return (size_t)(end - s) >= n && strncasecmp(s, prefix, n) == 0;
}

void
yp_gnuplot_parse_stderr(const char *err, size_t n, int ok,
    struct yp_gnuplot_result *res)
{
	const char *p, *end = err + n, *nl, *eol, *s, *msg, *last = NULL,
	    *lastend = NULL;
	unsigned long line;
	int have_error = 0, have_warning = 0;
	size_t used;

	res->line = 0;
	res->nwarnings = 0;
	res->message[0] = '\0';
	for (p = err; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		s = p;
		eol = nl;
		while (s < eol && (*s == ' ' || *s == '\t'))
			s++;
		while (eol > s && (eol[-1] == '\r' || eol[-1] == ' '))
			eol--;
		if (s == eol)
			continue;
		line = 0;
		msg = gnuplot_located(s, eol, &line);
		if (msg && starts_nocase(msg, eol, "warning:")) {
			res->nwarnings++;
			if (ok && !have_warning) {
				msg = skip_blanks(msg + 8, eol);
				res->line = line;
				copy_line(res->message, sizeof res->message,
				    msg, (size_t)(eol - msg));
				have_warning = 1;
			}
		} else if (msg) {
			if (!ok && !have_error) {
				res->line = line;
				copy_line(res->message, sizeof res->message,
				    msg, (size_t)(eol - msg));
				have_error = 1;
			}
		} else if (starts_nocase(s, eol, "warning:")) {
			res->nwarnings++;
			if (ok && !have_warning) {
				s = skip_blanks(s + 8, eol);
				copy_line(res->message, sizeof res->message,
				    s, (size_t)(eol - s));
				have_warning = 1;
			}
		} else if (have_error && starts_nocase(s, eol, "system error:")) {
			/* "cannot open file" is followed by the reason. */
			used = strlen(res->message);
			if (used + 3 < sizeof res->message) {
				s = skip_blanks(s + 13, eol);
				memcpy(res->message + used, "; ", 2);
				copy_line(res->message + used + 2,
				    sizeof res->message - used - 2, s,
				    (size_t)(eol - s));
			}
		} else if (*s != '^' && !starts_nocase(s, eol, "gnuplot>")) {
			last = s;
			lastend = eol;
		}
	}
	if (!ok && !have_error && last)
		copy_line(res->message, sizeof res->message, last,
		    (size_t)(lastend - last));
}

int
yp_gnuplot_run(const char *script, size_t len, const char *dir,
    struct yp_gnuplot_result *res)
{
	char *argv[] = { (char *)yp_gnuplot_program(), "-d", "/dev/stdin", NULL };
	struct child_run run;
	int ok;

	memset(res, 0, sizeof *res);
	res->status = -1;
	if (run_child(argv, dir, script, len, &run, res->message,
	    sizeof res->message) != 0)
		return -1;
	if (WIFEXITED(run.status))
		res->status = WEXITSTATUS(run.status);
	ok = res->status == 0;
	yp_gnuplot_parse_stderr(run.err, run.errlen, ok, res);
	if (WIFSIGNALED(run.status))
		snprintf(res->message, sizeof res->message,
		    "killed by signal %d (%s)", WTERMSIG(run.status),
		    strsignal(WTERMSIG(run.status)));
	else if (!ok && res->message[0] == '\0')
		snprintf(res->message, sizeof res->message,
		    "exited with status %d", res->status);
	free(run.err);
	return ok ? 0 : -1;
}

int
yp_font_exists(const char *family, char *why, size_t whysz)
{
	char *pattern, *p, *argv[4];
	struct child_run run;
	const char *s;

	/* ":family=" then the name, with fontconfig's special characters
	 * escaped so that "Foo-Bold" is not read as a size. */
	pattern = p = xmalloc(2 * strlen(family) + 9);
	p += sprintf(p, ":family=");
	for (s = family; *s; s++) {
		if (*s == '\\' || *s == '-' || *s == ':' || *s == ',' ||
		    *s == '=')
			*p++ = '\\';
		*p++ = *s;
	}
	*p = '\0';
	argv[0] = "fc-list";
	argv[1] = "-q";
	argv[2] = pattern;
	argv[3] = NULL;
	if (run_child(argv, NULL, "", 0, &run, why, whysz) != 0) {
		free(pattern);
		return -1;
	}
	free(pattern);
	free(run.err);
	if (WIFEXITED(run.status) && WEXITSTATUS(run.status) <= 1)
		return WEXITSTATUS(run.status) == 0;
	snprintf(why, whysz, "fc-list failed (status %d)",
	    WIFEXITED(run.status) ? WEXITSTATUS(run.status) : -1);
	return -1;
}
