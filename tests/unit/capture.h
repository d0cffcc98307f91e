/* Unit-test helpers: capture what a call writes to stderr, write scratch
 * files, and run a call that must exit in a child process. */
#ifndef YP_TEST_CAPTURE_H
#define YP_TEST_CAPTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Messages go to a scratch file between capture_begin and capture_end;
 * capture_end returns them (static buffer, NUL-terminated). */
static int capture_saved_fd = -1;
static FILE *capture_file;

static inline void
capture_begin(void)
{
	fflush(stderr);
	capture_file = tmpfile();
	if (!capture_file)
		abort();
	capture_saved_fd = dup(2);
	dup2(fileno(capture_file), 2);
}

static inline const char *
capture_end(void)
{
	static char text[8192];
	size_t n;

	fflush(stderr);
	dup2(capture_saved_fd, 2);
	close(capture_saved_fd);
	rewind(capture_file);
	n = fread(text, 1, sizeof text - 1, capture_file);
	text[n] = '\0';
	fclose(capture_file);
	return text;
}

/* Lines in s. */
static inline int
count_lines(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* A scratch folder for one test program, removed at exit (by the
 * process that made it, not by a child that exits). */
static char scratch_dir[64];
static pid_t scratch_owner;

static inline void
scratch_cleanup(void)
{
	char cmd[128];

	if (getpid() != scratch_owner)
		return;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", scratch_dir);
}

/* The path of name inside the scratch folder (static buffer). */
static inline const char *
scratch_path(const char *name)
{
	static char path[4][1024];
	static int next;
	char *p = path[next++ % 4];

	if (!scratch_dir[0]) {
		strcpy(scratch_dir, "/tmp/yp-test-XXXXXX");
		if (!mkdtemp(scratch_dir))
			abort();
		scratch_owner = getpid();
		atexit(scratch_cleanup);
	}
	snprintf(p, sizeof path[0], "%s/%s", scratch_dir, name);
	return p;
}

/* Write n bytes to the scratch file name; returns its path. */
static inline const char *
scratch_file(const char *name, const void *bytes, size_t n)
{
	const char *path = scratch_path(name);
	FILE *fp = fopen(path, "wb");

	if (!fp || fwrite(bytes, 1, n, fp) != n || fclose(fp) != 0)
		abort();
	return path;
}

#define scratch_text(name, text) scratch_file((name), (text), strlen(text))

/* A config folder "cfg" in the scratch folder holding links to the n named
 * tables of the project's config ($YP_CONFIG, else ./config), for a test
 * to add tables of its own beside (scratch_text("cfg/targets.csv", ...)).
 * Made once; returns its path (static buffer). */
static inline const char *
scratch_config(const char *const *tables, size_t n)
{
	static char dir[1024];
	const char *project = getenv("YP_CONFIG");
	char from[2048], to[2048];
	size_t i;

	if (dir[0])
		return dir;
	snprintf(dir, sizeof dir, "%s", scratch_path("cfg"));
	if (mkdir(dir, 0777) != 0)
		abort();
	for (i = 0; i < n; i++) {
		char *abs;

		snprintf(from, sizeof from, "%s/%s", project ? project : "config",
		    tables[i]);
		abs = realpath(from, NULL);
		snprintf(to, sizeof to, "%s/%s", dir, tables[i]);
		if (!abs || symlink(abs, to) != 0)
			abort();
		free(abs);
	}
	return dir;
}

/* Run fn(arg) in a child with stderr captured into err (errsz bytes);
 * returns the child's exit status, or -1 when it did not exit. */
static inline int
exit_status_of(void (*fn)(void *), void *arg, char *err, size_t errsz)
{
	FILE *tmp = tmpfile();
	pid_t pid;
	int st;
	size_t n;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid == 0) {
		dup2(fileno(tmp), 2);
		fn(arg);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	rewind(tmp);
	n = fread(err, 1, errsz - 1, tmp);
	err[n] = '\0';
	fclose(tmp);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

#endif
