/* yanpan: pull-style CSV reading over libcsv, in UTF-8 or GB18030.
 *
 * libcsv pushes fields through callbacks; stages want to pull one row at
 * a time.  So each chunk of input is parsed into a small queue of whole
 * rows kept in one arena, and rows are handed out from that queue.  The
 * arena holds at most one chunk's rows plus the row still being read,
 * whatever the size of the file: memory stays flat. */
#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvin.h"
#include "msg.h"
#include "text.h"
#include "xalloc.h"

#define CHUNK 65536

struct pending_row {
	size_t first;		/* index of its first field */
	size_t n;
	unsigned long line;
};

struct yp_csv {
	FILE *fp;
	int owns_fp;
	char *name;
	enum yp_encoding enc;
	iconv_t cd;
	struct csv_parser parser;
	int at_start;		/* a BOM may still come */
	int eof, failed;
	int checked;		/* check_file passed: no NULs, encoding sound */
	int after_cr;		/* the last row ended at a CR */
	unsigned long long nread;
	unsigned long raw_line;	/* line of raw[0], for encoding errors */

	/* Raw bytes not yet converted (an incomplete GB18030 character). */
	char raw[CHUNK + 8];
	size_t raw_len;
	char *utf8;
	size_t utf8_cap;

	/* The arena: field bytes, field offsets, finished rows. */
	char *bytes;
	size_t bytes_len, bytes_cap;
	size_t *field_off;
	size_t nfields, fields_cap;
	struct pending_row *rows;
	size_t nrows, rows_cap, next_row;
	size_t row_first;	/* first field of the row being read */
	unsigned long line, row_line;
	unsigned long newlines_before_chunk;
	char **view;		/* pointers handed to the caller */
	size_t view_cap;
};

static void
on_field(void *data, size_t len, void *ctx)
{
	struct yp_csv *c = ctx;
	const char *s = data ? data : "";
	size_t i;

	if (c->nfields == c->row_first)
		c->row_line = c->line;
	c->bytes = xgrow(c->bytes, &c->bytes_cap, c->bytes_len + len + 1, 1);
	memcpy(c->bytes + c->bytes_len, s, len);
	c->bytes[c->bytes_len + len] = '\0';
	c->field_off = xgrow(c->field_off, &c->fields_cap, c->nfields,
	    sizeof *c->field_off);
	c->field_off[c->nfields++] = c->bytes_len;
	c->bytes_len += len + 1;
	for (i = 0; i < len; i++)
		if (s[i] == '\n')
			c->line++;
}

static void
on_row_end(int term, void *ctx)
{
	struct yp_csv *c = ctx;

	if (c->nfields > c->row_first) {
		c->rows = xgrow(c->rows, &c->rows_cap, c->nrows, sizeof *c->rows);
		c->rows[c->nrows].first = c->row_first;
		c->rows[c->nrows].n = c->nfields - c->row_first;
		c->rows[c->nrows].line = c->row_line;
		c->nrows++;
		c->row_first = c->nfields;
	}
	/* A line ends at LF, CRLF or a lone CR (Excel for Mac's "CSV"):
	 * count a CR, and an LF unless it ends a CRLF.  libcsv reports the
	 * LF of a CRLF as an empty row right after the CR. */
	if (term == '\r' || (term == '\n' && !c->after_cr))
		c->line++;
	c->after_cr = term == '\r';
}

/* Line of the first byte at offset off in buf, counting from line. */
static unsigned long
line_at(const char *buf, size_t off, unsigned long line)
{
	const char *p = buf, *end = buf + off;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

static int
has_high_byte(const char *buf, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)buf[i] >= 0x80)
			return 1;
	return 0;
}

/* Check a whole seekable file before reading it: binary, encoding.
 * When the bytes are neither UTF-8 nor GB18030, the bad byte is where
 * the decoding that got further stopped: a UTF-8 file with one stray
 * byte on line 900 fails GB18030 decoding on line 1 already. */
static int
check_file(struct yp_csv *c)
{
	char buf[CHUNK + 8];
	size_t len, carry = 0, tail;
	unsigned long line = 1;
	int utf8_ok = 1, first = 1, asked = c->enc, multibyte = 0;
	unsigned long long off = 0, bad_off = 0;
	unsigned long bad_line = 0;

	for (;;) {
		len = fread(buf + carry, 1, CHUNK, c->fp);
		if (len == 0)
			break;
		len += carry;
		if (memchr(buf, '\0', len)) {
			yp_warn_at(c->name, line_at(buf, (size_t)((char *)memchr(
			    buf, '\0', len) - buf), line),
			    "a binary file (NUL bytes), not a CSV table; export "
			    "the table as CSV (or .xls/.xlsx) and try again");
			return -1;
		}
		if (first && len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
			c->enc = c->enc == YP_ENC_AUTO ? YP_ENC_UTF8 : c->enc;
		first = 0;
		if (utf8_ok && !yp_utf8_valid(buf, len, &tail)) {
			utf8_ok = 0;
			bad_line = line_at(buf, tail, line);
			bad_off = off + tail;
		}
		if (!utf8_ok)
			tail = 0;
		else if (!multibyte)
			multibyte = has_high_byte(buf, len - tail);
		line = line_at(buf, len - tail, line);
		memmove(buf, buf + len - tail, tail);
		carry = tail;
		off += len - tail;
	}
	if (ferror(c->fp)) {
		yp_warn_at(c->name, 0, "cannot read: %s", strerror(errno));
		return -1;
	}
	if (carry && utf8_ok) {
		/* UTF-8 text cut inside its last character (a download cut
		 * short) must not be read whole as GB18030 mojibake. */
		if (multibyte && asked == YP_ENC_AUTO) {
			yp_warn_at(c->name, line, "the file ends inside a UTF-8 "
			    "character; is it cut short?");
			return -1;
		}
		utf8_ok = 0;
		bad_line = line;
		bad_off = off;
	}
	if (c->enc == YP_ENC_AUTO)
		c->enc = utf8_ok ? YP_ENC_UTF8 : YP_ENC_GB18030;
	if (c->enc == YP_ENC_UTF8 && !utf8_ok) {
		yp_warn_at(c->name, bad_line, "not valid UTF-8; save the file as "
		    "UTF-8 or name its encoding");
		return -1;
	}
	if (c->enc == YP_ENC_GB18030) {
		/* Convert once, output discarded, to find a bad byte now
		 * rather than after half the records have gone out. */
		iconv_t cd = iconv_open("UTF-8", "GB18030");
		char out[4 * CHUNK];
		size_t inleft, outleft;
		char *in, *o;

		rewind(c->fp);
		line = 1;
		carry = 0;
		off = 0;
		for (;;) {
			len = fread(buf + carry, 1, CHUNK, c->fp);
			if (len == 0 && carry == 0)
				break;
			len += carry;
			in = buf, inleft = len;
			o = out, outleft = sizeof out;
			if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1 &&
			    (errno == EILSEQ || (errno == EINVAL && feof(c->fp)))) {
				iconv_close(cd);
				line = line_at(buf, (size_t)(in - buf), line);
				if (asked == YP_ENC_AUTO &&
				    bad_off > off + (size_t)(in - buf))
					line = bad_line;
				yp_warn_at(c->name, line, "neither UTF-8 nor "
				    "GB18030 text; save the table as CSV in UTF-8 "
				    "or GB18030");
				return -1;
			}
			line = line_at(buf, (size_t)(in - buf), line);
			off += (size_t)(in - buf);
			memmove(buf, in, inleft);
			carry = inleft;
			if (feof(c->fp) && carry == 0)
				break;
		}
		iconv_close(cd);
	}
	rewind(c->fp);
	c->checked = 1;
	return 0;
}

static struct yp_csv *
new_reader(FILE *fp, const char *name, enum yp_encoding enc, int owns)
{
	struct yp_csv *c = xcalloc(1, sizeof *c);

	c->fp = fp;
	c->owns_fp = owns;
	c->name = xstrdup(name);
	c->enc = enc;
	c->cd = (iconv_t)-1;
	c->at_start = 1;
	c->line = 1;
	c->raw_line = 1;
	if (csv_init(&c->parser, CSV_APPEND_NULL | CSV_REPALL_NL) != 0)
		yp_die(YP_EXIT_DATA, "out of memory");
	return c;
}

static int
start_decoding(struct yp_csv *c)
{
	if (c->enc == YP_ENC_GB18030) {
		c->cd = iconv_open("UTF-8", "GB18030");
		if (c->cd == (iconv_t)-1) {
			yp_warn_at(c->name, 0, "this system's iconv cannot read "
			    "GB18030; install the C library's gconv modules");
			return -1;
		}
	}
	return 0;
}

struct yp_csv *
yp_csv_open(const char *path, enum yp_encoding enc)
{
	struct yp_csv *c;
	struct stat st;
	FILE *fp;

	if (strcmp(path, "-") == 0)
		return yp_csv_open_stream(stdin, "-", enc);
	fp = fopen(path, "rb");
	if (!fp) {
		yp_warn_at(path, 0, "cannot open: %s; check the file name",
		    strerror(errno));
		return NULL;
	}
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		yp_warn_at(path, 0, "is a directory; name the files in it "
		    "(for example %s/*.csv)", path);
		return NULL;
	}
	c = new_reader(fp, path, enc, 1);
	if (!S_ISREG(st.st_mode)) {
		/* A pipe or device: judge it as standard input is judged. */
		c->owns_fp = 1;
		return c;
	}
	if (check_file(c) != 0 || start_decoding(c) != 0) {
		yp_csv_close(c);
		return NULL;
	}
	return c;
}

struct yp_csv *
yp_csv_open_stream(FILE *fp, const char *name, enum yp_encoding enc)
{
	return new_reader(fp, name, enc, 0);
}

/* Decide the encoding of a stream from the first bytes it gave.  When
 * they are neither UTF-8 nor GB18030, report the bad byte where the
 * decoding that got further stopped, as check_file does. */
static int
sniff(struct yp_csv *c, const char *buf, size_t len)
{
	size_t tail;

	if (c->enc != YP_ENC_AUTO)
		return start_decoding(c);
	if (yp_utf8_valid(buf, len, &tail)) {
		c->enc = YP_ENC_UTF8;
		return 0;
	}
	c->enc = YP_ENC_GB18030;
	if (start_decoding(c) != 0)
		return -1;
	{
		char *in = (char *)buf, *out = xmalloc(2 * len + 16), *o = out;
		size_t inleft = len, outleft = 2 * len + 16;
		int bad = iconv(c->cd, &in, &inleft, &o, &outleft) == (size_t)-1 &&
		    errno == EILSEQ;

		free(out);
		iconv(c->cd, NULL, NULL, NULL, NULL);	/* back to the start */
		if (bad) {
			size_t at = (size_t)(in - buf);

			yp_warn_at(c->name, line_at(buf, tail > at ? tail : at, 1),
			    "neither UTF-8 nor GB18030 text; save the table as CSV "
			    "in UTF-8 or GB18030");
			return -1;
		}
	}
	return 0;
}

/* Hand bytes to libcsv. */
static int
feed_libcsv(struct yp_csv *c, const char *s, size_t len)
{
	if (csv_parse(&c->parser, s, len, on_field, on_row_end, c) != len) {
		yp_warn_at(c->name, c->line, "cannot parse CSV: %s",
		    csv_strerror(csv_error(&c->parser)));
		return -1;
	}
	return 0;
}

static int
is_blank_byte(char ch)
{
	return ch == ' ' || ch == '\t';
}

/* The common line, whole in the chunk, with no quote and no CR but the
 * one of a CRLF: its fields are the text between commas with the spaces
 * and tabs around them removed, exactly what libcsv would make of it,
 * found here with memchr instead of libcsv's callback per character (a
 * third of the time of a stage that only reads records).  The row goes
 * through the same on_row_end, so lines are counted as for libcsv's
 * rows.  Returns 0 when the line is not of that kind: libcsv reads it. */
static int
split_plain_line(struct yp_csv *c, const char *s, const char *nl)
{
	const char *end = nl;
	size_t len, off, base, need;
	char *p, *q, *stop, *t;
	int crlf = 0;

	if (end > s && end[-1] == '\r') {
		end--;
		crlf = 1;
	}
	len = (size_t)(end - s);
	if (memchr(s, '"', len) || memchr(s, '\r', len))
		return 0;
	for (off = 0; off < len && is_blank_byte(s[off]); off++)
		;
	if (off < len) {
		base = c->bytes_len;
		c->bytes = xgrow(c->bytes, &c->bytes_cap, base + len + 1, 1);
		memcpy(c->bytes + base, s, len);
		c->bytes[base + len] = '\0';
		c->row_line = c->line;
		p = c->bytes + base;
		stop = p + len;
		for (;;) {
			q = memchr(p, ',', (size_t)(stop - p));
			if (!q)
				q = stop;
			while (p < q && is_blank_byte(*p))
				p++;
			for (t = q; t > p && is_blank_byte(t[-1]); t--)
				;
			*t = '\0';
			need = c->nfields + 1;
			if (need > c->fields_cap)
				c->field_off = xgrow(c->field_off, &c->fields_cap,
				    need, sizeof *c->field_off);
			c->field_off[c->nfields++] = (size_t)(p - c->bytes);
			if (q == stop)
				break;
			p = q + 1;
		}
		c->bytes_len = base + len + 1;
	}
	if (crlf)
		on_row_end('\r', c);
	on_row_end('\n', c);
	return 1;
}

static int
feed(struct yp_csv *c, const char *s, size_t len)
{
	const char *end, *nl;

	if (c->at_start) {
		if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
			s += 3, len -= 3;
		c->at_start = 0;
	}
	end = s + len;
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (!nl) {
			/* the start of a line the next chunk ends */
			return feed_libcsv(c, s, (size_t)(end - s));
		}
		/* libcsv's state 0 (ROW_NOT_BEGUN): no row under way in it,
		 * such as a quoted field running over lines */
		if (c->parser.pstate != 0 || !split_plain_line(c, s, nl)) {
			if (feed_libcsv(c, s, (size_t)(nl + 1 - s)) != 0)
				return -1;
		}
		s = nl + 1;
	}
	return 0;
}

/* A stream (standard input, a pipe) was not checked whole before it was
 * read: check each chunk as it comes, so that a NUL byte or a bad byte
 * after the first 64 KiB is still an error on its own line rather than
 * a record with broken text.  *keep gets the length of an incomplete
 * UTF-8 character at the end, to be read with the next chunk. */
static int
check_chunk(struct yp_csv *c, size_t len, size_t *keep)
{
	const char *nul = memchr(c->raw, '\0', len);
	size_t tail;

	*keep = 0;
	if (nul) {
		yp_warn_at(c->name, line_at(c->raw, (size_t)(nul - c->raw),
		    c->raw_line), "a binary file (NUL bytes), not a CSV table; "
		    "export the table as CSV and try again");
		return -1;
	}
	if (c->enc != YP_ENC_UTF8)
		return 0;	/* iconv finds bad GB18030 bytes */
	if (!yp_utf8_valid(c->raw, len, &tail)) {
		yp_warn_at(c->name, line_at(c->raw, tail, c->raw_line), "not "
		    "valid UTF-8 (a stream is judged on its first 64 KiB); save "
		    "the file as UTF-8 or name its encoding");
		return -1;
	}
	if (tail && feof(c->fp)) {
		yp_warn_at(c->name, line_at(c->raw, len, c->raw_line), "the "
		    "file ends inside a UTF-8 character; is it cut short?");
		return -1;
	}
	*keep = tail;
	return 0;
}

/* Read and parse the next chunk.  Returns 0, or -1 after an error. */
static int
fill(struct yp_csv *c)
{
	size_t len, keep = 0;

	len = fread(c->raw + c->raw_len, 1, CHUNK, c->fp);
	if (len == 0 && ferror(c->fp)) {
		yp_warn_at(c->name, 0, "read error: %s", strerror(errno));
		return -1;
	}
	if (c->nread == 0 && len > 0 && c->cd == (iconv_t)-1 &&
	    c->enc != YP_ENC_UTF8 && sniff(c, c->raw, len) != 0)
		return -1;
	c->nread += len;
	len += c->raw_len;
	c->raw_len = 0;
	if (len == 0) {
		c->eof = 1;
		if (csv_fini(&c->parser, on_field, on_row_end, c) != 0) {
			yp_warn_at(c->name, c->line, "cannot parse CSV: %s",
			    csv_strerror(csv_error(&c->parser)));
			return -1;
		}
		return 0;
	}
	if (!c->checked && check_chunk(c, len, &keep) != 0)
		return -1;
	if (c->cd == (iconv_t)-1) {
		c->raw_line = line_at(c->raw, len - keep, c->raw_line);
		if (feed(c, c->raw, len - keep) != 0)
			return -1;
		memmove(c->raw, c->raw + len - keep, keep);
		c->raw_len = keep;
		return 0;
	}

	c->utf8 = xgrow(c->utf8, &c->utf8_cap, 2 * len + 16, 1);
	{
		char *in = c->raw, *out = c->utf8;
		size_t inleft = len, outleft = c->utf8_cap;

		if (iconv(c->cd, &in, &inleft, &out, &outleft) == (size_t)-1 &&
		    errno != EINVAL) {
			yp_warn_at(c->name, line_at(c->raw, (size_t)(in - c->raw),
			    c->raw_line), "neither UTF-8 nor GB18030 text; save "
			    "the table as CSV in UTF-8 or GB18030");
			return -1;
		}
		if (inleft > 8 || (inleft && feof(c->fp))) {
			yp_warn_at(c->name, line_at(c->raw, len, c->raw_line),
			    "the file ends inside a GB18030 character; is it "
			    "cut short?");
			return -1;
		}
		c->raw_line = line_at(c->raw, (size_t)(in - c->raw), c->raw_line);
		memmove(c->raw, in, inleft);
		c->raw_len = inleft;
		return feed(c, c->utf8, (size_t)(out - c->utf8));
	}
}

/* Forget the rows handed out, keeping the fields of the row being read. */
static void
compact(struct yp_csv *c)
{
	size_t keep = c->nfields - c->row_first, base, i;

	base = keep ? c->field_off[c->row_first] : c->bytes_len;
	if (base) {	/* before the first chunk bytes is NULL: no memmove */
		memmove(c->bytes, c->bytes + base, c->bytes_len - base);
		c->bytes_len -= base;
	}
	for (i = 0; i < keep; i++)
		c->field_off[i] = c->field_off[c->row_first + i] - base;
	c->nfields = keep;
	c->row_first = 0;
	c->nrows = c->next_row = 0;
}

int
yp_csv_next(struct yp_csv *c, struct yp_row *row)
{
	struct pending_row *r;
	size_t i;

	if (c->failed)
		return -1;
	while (c->next_row == c->nrows) {
		if (c->eof)
			return 0;
		compact(c);
		if (fill(c) != 0) {
			c->failed = 1;
			return -1;
		}
	}
	r = &c->rows[c->next_row++];
	c->view = xgrow(c->view, &c->view_cap, r->n, sizeof *c->view);
	for (i = 0; i < r->n; i++)
		c->view[i] = c->bytes + c->field_off[r->first + i];
	row->n = r->n;
	row->f = c->view;
	row->line = r->line;
	return 1;
}

const char *
yp_csv_name(const struct yp_csv *c)
{
	return c->name;
}

enum yp_encoding
yp_csv_encoding(const struct yp_csv *c)
{
	return c->enc;
}

unsigned long long
yp_csv_bytes_read(const struct yp_csv *c)
{
	return c->nread;
}

void
yp_csv_close(struct yp_csv *c)
{
	if (!c)
		return;
	csv_free(&c->parser);
	if (c->cd != (iconv_t)-1)
		iconv_close(c->cd);
	if (c->owns_fp)
		fclose(c->fp);
	free(c->name);
	free(c->utf8);
	free(c->bytes);
	free(c->field_off);
	free(c->rows);
	free(c->view);
	free(c);
}
