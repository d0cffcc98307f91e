/* yp-ingest: Excel workbooks (.xls, .xlsx), read through gnumeric's ssconvert.
 *
 * No BIFF, ZIP or XML parser of our own: ssconvert (Debian package
 * gnumeric) reads every real yearbook workbook we have, and writes each
 * sheet as CSV.  It runs as an external program with an argv (no shell),
 * twice per workbook: once with format=preserve, for each cell as the
 * table displays it (the published figure), once with format=raw, for
 * the rare cell whose display lost the number.  Its output goes to a
 * private folder made with mkdtemp and removed as soon as the sheets are
 * in memory, whatever happened. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "csvin.h"
#include "msg.h"
#include "num.h"
#include "text.h"
#include "workbook.h"
#include "xalloc.h"

extern char **environ;

static const unsigned char ole2_magic[8] = {
	0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1
};

static int
has_suffix(const char *path, const char *suffix)
{
	size_t n = strlen(path), m = strlen(suffix);

	return n >= m && strcasecmp(path + n - m, suffix) == 0;
}

int
workbook_claims(const char *path)
{
	unsigned char magic[8];
	struct stat st;
	FILE *fp;
	size_t got;

	if (strcmp(path, "-") == 0 || stat(path, &st) != 0 ||
	    !S_ISREG(st.st_mode) || !(fp = fopen(path, "rb")))
		return 0;
	got = fread(magic, 1, sizeof magic, fp);
	fclose(fp);
	if (got == sizeof magic && memcmp(magic, ole2_magic, 8) == 0)
		return 1;
	return got >= 4 && memcmp(magic, "PK\003\004", 4) == 0 &&
	    (has_suffix(path, ".xlsx") || has_suffix(path, ".xlsm") ||
	    has_suffix(path, ".ods"));
}

/* ---- running ssconvert ------------------------------------------------ */

/* The temporary folder of the conversion under way, for removal. */
struct tmpdir {
	char *path;
};

static void tmpdir_remove(struct tmpdir *t);

/* The folder of the conversion under way, for an exit in between (out
 * of memory, yp_die): removed by an atexit handler. */
static struct tmpdir *tmp_pending;

static void
tmpdir_at_exit(void)
{
	if (tmp_pending)
		tmpdir_remove(tmp_pending);
}

static void
tmpdir_remove(struct tmpdir *t)
{
	DIR *d;
	struct dirent *e;

	if (!t->path)
		return;
	if ((d = opendir(t->path))) {
		while ((e = readdir(d))) {
			char *f;
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			f = xasprintf("%s/%s", t->path, e->d_name);
			unlink(f);
			free(f);
		}
		closedir(d);
	}
	rmdir(t->path);
	free(t->path);
	t->path = NULL;
	tmp_pending = NULL;
}

/* The last line of ssconvert's messages that says something: GLib's
 * "** (ssconvert:123): WARNING **" lines about fonts are noise. */
static char *
ssconvert_message(const char *errfile)
{
	FILE *fp = fopen(errfile, "r");
	char line[1024], *best = NULL;

	if (!fp)
		return NULL;
	while (fgets(line, sizeof line, fp)) {
		char *s = line, *e;

		while (*s == ' ' || *s == '\t')
			s++;
		e = s + strlen(s);
		while (e > s && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' '))
			*--e = '\0';
		if (!*s || strstr(s, "WARNING **") || strstr(s, "unknown widths") ||
		    yp_starts_with(s, "Unknown format"))
			continue;
		/* "E Unsupported file format ..." : drop the level letter. */
		if ((s[0] == 'E' || s[0] == 'W') && s[1] == ' ')
			s += 2;
		free(best);
		best = xstrdup(s);
	}
	fclose(fp);
	return best;
}

/* Whether an OLE2 file is an encrypted OOXML package: it then holds a
 * stream named "EncryptedPackage" (UTF-16 in the directory).  Only asked
 * after ssconvert failed, to say what to do. */
static int
is_encrypted_package(const char *path)
{
	static const char name[] = "EncryptedPackage";
	unsigned char buf[4096], pat[2 * sizeof name - 2];
	size_t i, n, m = sizeof pat;
	FILE *fp = fopen(path, "rb");
	int found = 0;

	if (!fp)
		return 0;
	for (i = 0; i < sizeof name - 1; i++)
		pat[2 * i] = (unsigned char)name[i], pat[2 * i + 1] = 0;
	/* The directory sits anywhere; yearbook files are small: scan all,
	 * keeping an overlap of one pattern between reads. */
	n = 0;
	for (;;) {
		size_t got = fread(buf + n, 1, sizeof buf - n, fp);
		if (got == 0)
			break;
		n += got;
		for (i = 0; i + m <= n && !found; i++)
			found = memcmp(buf + i, pat, m) == 0;
		if (found || n < m)
			break;
		memmove(buf, buf + n - (m - 1), m - 1);
		n = m - 1;
	}
	fclose(fp);
	return found;
}

/* Run ssconvert on path, writing every sheet to dir/PREFIX.N.NAME.csv.
 * Returns 0, or -1 after one message. */
static int
run_ssconvert(const char *path, const char *dir, const char *prefix,
    const char *format)
{
	const char *prog = getenv("YP_SSCONVERT");
	char *out = xasprintf("%s/%s.%%n.%%s.csv", dir, prefix);
	char *errfile = xasprintf("%s/%s.err", dir, prefix);
	char *opts = xasprintf("format=%s separator=, quoting-mode=auto "
	    "eol=unix charset=UTF-8 locale=C", format);
	char *argv[] = { NULL, "-S", "--export-type=Gnumeric_stf:stf_assistant",
	    "-O", opts, NULL, out, NULL };
	posix_spawn_file_actions_t fa;
	int status = 0, rc = 0, err;
	pid_t pid;

	if (!prog || !*prog)
		prog = "ssconvert";
	argv[0] = (char *)prog;
	/* A path that starts with '-' would read as an option. */
	argv[5] = path[0] == '-' ? xasprintf("./%s", path) : xstrdup(path);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, errfile,
	    O_WRONLY | O_CREAT | O_TRUNC, 0600);
	posix_spawn_file_actions_adddup2(&fa, 1, 2);
	/* GLib would otherwise look for a settings daemon or a display. */
	setenv("GSETTINGS_BACKEND", "memory", 0);
	setenv("NO_AT_BRIDGE", "1", 0);
	err = posix_spawnp(&pid, prog, &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (err != 0) {
		yp_warn_at(path, 0, "cannot run %s: %s; install gnumeric "
		    "(scripts/install-deps) to read Excel workbooks", prog,
		    strerror(err));
		rc = -1;
		goto out;
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			yp_warn_at(path, 0, "waiting for %s: %s", prog, strerror(errno));
			rc = -1;
			goto out;
		}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		char *msg = ssconvert_message(errfile);

		if (is_encrypted_package(path) ||
		    (msg && strcasestr(msg, "password")))
			yp_warn_at(path, 0, "the workbook is password-protected; "
			    "open it in Excel or WPS, remove the password (文件 > "
			    "信息 > 保护工作簿 / File > Info > Protect Workbook) and "
			    "save it again");
		else if (WIFEXITED(status))
			yp_warn_at(path, 0, "cannot read the workbook: %s (%s exit "
			    "status %d); check that it opens in Excel, or save it "
			    "again as .xlsx", msg ? msg : "no message", prog,
			    WEXITSTATUS(status));
		else
			yp_warn_at(path, 0, "cannot read the workbook: %s was "
			    "killed by signal %d", prog, WTERMSIG(status));
		free(msg);
		rc = -1;
	}
out:
	free(argv[5]);
	free(out);
	free(errfile);
	free(opts);
	return rc;
}

/* ---- reading the converted sheets --------------------------------------- */

/* A number written in exponent form, as General format shows a number
 * its column is too narrow for ("2E+05"). */
static int
exponent_form(const char *s)
{
	const char *e = strpbrk(s, "eE");
	double v;

	return e && yp_parse_number(s, &v);
}

static int
all_hashes(const char *s)
{
	if (*s != '#')
		return 0;
	while (*s == '#')
		s++;
	return *s == '\0';
}

char *
workbook_merge_cell(const char *shown, const char *raw)
{
	char buf[64];
	double v;

	if (!yp_parse_number(raw, &v))
		return xstrdup(shown);
	/* An empty display stays empty: a format that hides zeros or a
	 * value (0;-0;; or ;;;) publishes nothing there. */
	if (!*shown || (!exponent_form(shown) && !all_hashes(shown)))
		return xstrdup(shown);
	/* %.15g: the digits a double holds for sure, so 141.17000000000002
	 * (the double nearest 141.17 plus noise from a sum) reads 141.17. */
	snprintf(buf, sizeof buf, "%.15g", v);
	if (strchr(buf, 'e'))
		yp_format_number(v, buf);
	return xstrdup(buf);
}

/* Length of the white space character at s (ASCII, no-break space,
 * ideographic space), or 0. */
static size_t
space_at(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		return 1;
	if (strncmp(s, "\xc2\xa0", 2) == 0)
		return 2;
	if (strncmp(s, "\xe3\x80\x80", 3) == 0)
		return 3;
	return 0;
}

/* A copy of s without white space at either end (ssconvert keeps the
 * alignment space of formats like "0.00_ "). */
static char *
trimmed(const char *s)
{
	const char *e;
	size_t k;

	while ((k = space_at(s)))
		s += k;
	e = s + strlen(s);
	while (e > s) {
		if (space_at(e - 1) == 1)
			e--;
		else if (e - s >= 2 && space_at(e - 2) == 2)
			e -= 2;
		else if (e - s >= 3 && space_at(e - 3) == 3)
			e -= 3;
		else
			break;
	}
	return xstrndup(s, (size_t)(e - s));
}

static int
only_newlines(const char *file)
{
	FILE *fp = fopen(file, "rb");
	int ch, only = 1;

	if (!fp)
		return 0;
	while ((ch = getc(fp)) != EOF)
		if (ch != '\n' && ch != '\r')
			only = 0;
	fclose(fp);
	return only;
}

/* Rows of one converted sheet, each with its sheet row number. */
struct rows {
	size_t n, cap, ncols;
	char ***cells;
	size_t *ncells;
	size_t *sheet_row;
};

static void
rows_free(struct rows *r)
{
	size_t i, j;

	for (i = 0; i < r->n; i++) {
		for (j = 0; j < r->ncells[i]; j++)
			free(r->cells[i][j]);
		free(r->cells[i]);
	}
	free(r->cells);
	free(r->ncells);
	free(r->sheet_row);
	memset(r, 0, sizeof *r);
}

/* Read one sheet's CSV.  ssconvert writes one line per row; a cell with
 * a line break takes more, and a row that is wholly empty in a one-column
 * sheet is an empty line the reader skips: both are counted so that each
 * row keeps the number the sheet gives it. */
static int
read_rows(const char *file, const char *path, struct rows *r)
{
	struct yp_csv *csv;
	struct yp_row row;
	unsigned long next_line = 1;
	size_t sheet_row = 0;
	struct stat st;
	int got;

	memset(r, 0, sizeof *r);
	/* ssconvert writes an empty sheet as one line break: nothing to
	 * read (and nothing for the CSV reader to stumble on). */
	if (stat(file, &st) == 0 && st.st_size <= 2 && only_newlines(file))
		return 0;
	if (!(csv = yp_csv_open(file, YP_ENC_UTF8)))
		return -1;
	while ((got = yp_csv_next(csv, &row)) > 0) {
		size_t i, breaks = 0;

		sheet_row += 1 + (row.line - next_line);
		for (i = 0; i < row.n; i++) {
			const char *p;
			for (p = row.f[i]; (p = strchr(p, '\n')); p++)
				breaks++;
		}
		next_line = row.line + breaks + 1;
		r->cells = xgrow(r->cells, &r->cap, r->n, sizeof *r->cells);
		r->ncells = xrealloc(r->ncells, r->cap * sizeof *r->ncells);
		r->sheet_row = xrealloc(r->sheet_row, r->cap * sizeof *r->sheet_row);
		r->cells[r->n] = xcalloc(row.n ? row.n : 1, sizeof(char *));
		for (i = 0; i < row.n; i++)
			r->cells[r->n][i] = xstrdup(row.f[i]);
		r->ncells[r->n] = row.n;
		r->sheet_row[r->n] = sheet_row;
		if (row.n > r->ncols)
			r->ncols = row.n;
		r->n++;
	}
	yp_csv_close(csv);
	if (got < 0) {
		yp_warn_at(path, 0, "cannot read what ssconvert wrote; the "
		    "workbook may be damaged: save it again from Excel");
		rows_free(r);
		return -1;
	}
	return 0;
}

static const char *
rows_cell(const struct rows *r, size_t i, size_t j)
{
	return i < r->n && j < r->ncells[i] ? r->cells[i][j] : "";
}

/* Merge the displayed and the raw sheet into one grid. */
static void
build_sheet(const struct rows *shown, const struct rows *raw, const char *name,
    struct yb_sheet *s)
{
	size_t nrows = 0, ncols = shown->ncols > raw->ncols ? shown->ncols :
	    raw->ncols, i, j;

	for (i = 0; i < shown->n; i++)
		if (shown->sheet_row[i] > nrows)
			nrows = shown->sheet_row[i];
	s->name = xstrdup(name);
	s->nrows = nrows;
	s->ncols = ncols;
	s->cell = xcalloc(nrows * ncols + 1, sizeof *s->cell);
	for (i = 0; i < shown->n; i++) {
		size_t r = shown->sheet_row[i] - 1;
		/* The raw export has the same rows in the same order. */
		for (j = 0; j < ncols; j++) {
			char *t = trimmed(rows_cell(shown, i, j));
			char *u = trimmed(rows_cell(raw, i, j));
			s->cell[r * ncols + j] = workbook_merge_cell(t, u);
			free(t);
			free(u);
		}
	}
	for (i = 0; i < nrows * ncols; i++)
		if (!s->cell[i])
			s->cell[i] = xstrdup("");
}

struct sheet_file {
	int index;
	char *name;
};

static int
by_index(const void *a, const void *b)
{
	const struct sheet_file *x = a, *y = b;

	return (x->index > y->index) - (x->index < y->index);
}

/* The sheets ssconvert wrote as PREFIX.N.NAME.csv, in sheet order. */
static size_t
list_sheets(const char *dir, const char *prefix, struct sheet_file **out)
{
	struct sheet_file *v = NULL;
	size_t n = 0, cap = 0, plen = strlen(prefix);
	struct dirent *e;
	DIR *d = opendir(dir);

	if (!d)
		return 0;
	while ((e = readdir(d))) {
		const char *p = e->d_name;
		char *end;
		long idx;
		size_t len;

		if (strncmp(p, prefix, plen) != 0 || p[plen] != '.' ||
		    !has_suffix(p, ".csv"))
			continue;
		idx = strtol(p + plen + 1, &end, 10);
		if (end == p + plen + 1 || *end != '.')
			continue;
		len = strlen(end + 1) - 4;
		v = xgrow(v, &cap, n, sizeof *v);
		v[n].index = (int)idx;
		v[n].name = xstrndup(end + 1, len);
		n++;
	}
	closedir(d);
	qsort(v, n, sizeof *v, by_index);
	*out = v;
	return n;
}

static void
free_sheet_files(struct sheet_file *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}

void
workbook_free_sheets(struct yb_sheet *sheets, int n)
{
	int i;
	size_t j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < sheets[i].nrows * sheets[i].ncols; j++)
			free(sheets[i].cell[j]);
		free(sheets[i].cell);
		free(sheets[i].name);
	}
	free(sheets);
}

int
workbook_load(const char *path, struct yb_sheet **out)
{
	const char *base = getenv("TMPDIR");
	struct sheet_file *shown = NULL, *raw = NULL;
	size_t nshown = 0, nraw = 0, i;
	struct yb_sheet *sheets = NULL;
	struct tmpdir tmp = { NULL };
	int n = -1;

	*out = NULL;
	tmp.path = xasprintf("%s/yp-ingest.XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(tmp.path)) {
		yp_warn_at(path, 0, "cannot make a temporary folder in %s: %s; "
		    "set TMPDIR to a writable folder", base && *base ? base :
		    "/tmp", strerror(errno));
		free(tmp.path);
		return -1;
	}
	{
		static int registered;
		if (!registered && atexit(tmpdir_at_exit) == 0)
			registered = 1;
		tmp_pending = &tmp;
	}
	if (run_ssconvert(path, tmp.path, "shown", "preserve") != 0 ||
	    run_ssconvert(path, tmp.path, "raw", "raw") != 0)
		goto out;
	nshown = list_sheets(tmp.path, "shown", &shown);
	nraw = list_sheets(tmp.path, "raw", &raw);
	if (nshown != nraw) {
		yp_warn_at(path, 0, "ssconvert wrote %zu sheets once and %zu the "
		    "next time; save the workbook again from Excel", nshown, nraw);
		goto out;
	}
	sheets = xcalloc(nshown + 1, sizeof *sheets);
	for (i = 0; i < nshown; i++) {
		struct rows a, b;
		char *fa = xasprintf("%s/shown.%d.%s.csv", tmp.path,
		    shown[i].index, shown[i].name);
		char *fb = xasprintf("%s/raw.%d.%s.csv", tmp.path, raw[i].index,
		    raw[i].name);
		int ok = read_rows(fa, path, &a) == 0;

		if (ok && read_rows(fb, path, &b) != 0) {
			rows_free(&a);
			ok = 0;
		}
		free(fa);
		free(fb);
		if (!ok) {
			workbook_free_sheets(sheets, (int)i);
			sheets = NULL;
			goto out;
		}
		build_sheet(&a, &b, shown[i].name, &sheets[i]);
		rows_free(&a);
		rows_free(&b);
	}
	n = (int)nshown;
	*out = sheets;
out:
	free_sheet_files(shown, nshown);
	free_sheet_files(raw, nraw);
	tmpdir_remove(&tmp);
	return n;
}

/* ---- the workbook as a whole -------------------------------------------- */

static int
sheet_selected(const struct yb_override *ov, const struct yb_sheet *s, int idx)
{
	long want;

	if (!ov->sheet || !*ov->sheet)
		return 1;
	if (yp_parse_long(ov->sheet, 1, 100000, &want))
		return want == idx + 1;
	return strcmp(ov->sheet, s->name) == 0;
}

static int
sheet_has_cells(const struct yb_sheet *s)
{
	size_t i;

	for (i = 0; i < s->nrows * s->ncols; i++)
		if (*s->cell[i])
			return 1;
	return 0;
}

int
workbook_ingest(struct ingest *in, const char *path)
{
	const struct yp_source *src = yp_source_for(in->cfg, path);
	struct yb_override ov;
	struct yb_sheet *sheets;
	int n, i, used = 0, tables = 0, status = 0;

	yb_override_read(in->cfg, src, &ov);
	n = workbook_load(path, &sheets);
	if (n < 0)
		return YP_EXIT_DATA;
	for (i = 0; i < n; i++)
		if (sheet_selected(&ov, &sheets[i], i) && sheet_has_cells(&sheets[i]))
			used++;
	for (i = 0; i < n && status == 0; i++) {
		char *where;
		enum yb_result r;

		if (!sheet_selected(&ov, &sheets[i], i) ||
		    !sheet_has_cells(&sheets[i]))
			continue;
		/* Name the sheet only when the workbook has several. */
		where = used > 1 ? xasprintf("%s#%s", path, sheets[i].name) :
		    xstrdup(path);
		r = yearbook_read(in, &sheets[i], where, src, &ov);
		if (r == YB_TABLE)
			tables++;
		else if (r == YB_ERROR)
			status = YP_EXIT_DATA;
		free(where);
	}
	if (status == 0 && tables == 0) {
		if (ov.sheet && used == 0)
			yp_warn_at(path, 0, "no sheet \"%s\" with cells in the "
			    "workbook; fix the sheet column of its row in "
			    "config/sources.csv", ov.sheet);
		else
			yp_warn_at(path, 0, "no figures in any sheet of the "
			    "workbook (%s); is it a statistical table?", used ?
			    "only text" : "every sheet is empty");
		status = YP_EXIT_DATA;
	}
	workbook_free_sheets(sheets, n);
	return status;
}
