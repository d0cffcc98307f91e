/* Specification of common/csvin.c: rows pulled from UTF-8 or GB18030
 * CSV, with the physical line each row starts on, and one message naming
 * FILE:LINE for a file that is not a text table.
 *
 * GB18030 fixtures are made here with the C library's iconv (UTF-8 to
 * GB18030, the direction csvin never uses), so the bytes are those any
 * Chinese Windows program writes: 北 = B1 B1, 京 = BE A9, 𠀀 = 95 32 82 36. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"
#include "csvin.h"

#define CHUNK 65536	/* csvin.c's read size: boundaries are tested */

/* GB18030 bytes of UTF-8 text s; *n gets their number.  Caller frees. */
static char *
to_gb18030(const char *s, size_t *n)
{
	iconv_t cd = iconv_open("GB18030", "UTF-8");
	size_t inleft = strlen(s), outleft = 4 * inleft + 4;
	char *out = malloc(outleft), *in = (char *)s, *o = out;

	assert_true(cd != (iconv_t)-1);
	assert_true(iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1);
	iconv_close(cd);
	*n = (size_t)(o - out);
	return out;
}

static const char *
gb_file(const char *name, const char *utf8)
{
	size_t n;
	char *gb = to_gb18030(utf8, &n);
	const char *path = scratch_file(name, gb, n);

	free(gb);
	return path;
}

/* The next row must be exactly the given fields on the given line. */
static void
expect_row(struct yp_csv *c, unsigned long line, size_t n, ...)
{
	struct yp_row row;
	va_list ap;
	size_t i;

	assert_int_equal(yp_csv_next(c, &row), 1);
	if (row.line != line || row.n != n)
		fail_msg("row at line %lu with %zu fields; expected line %lu, "
		    "%zu fields (first \"%s\")", row.line, row.n, line, n,
		    row.n ? row.f[0] : "");
	va_start(ap, n);
	for (i = 0; i < n; i++) {
		const char *want = va_arg(ap, const char *);
		if (strcmp(row.f[i], want) != 0)
			fail_msg("line %lu field %zu is \"%s\", expected \"%s\"",
			    line, i, row.f[i], want);
	}
	va_end(ap);
}

static void
expect_end(struct yp_csv *c)
{
	struct yp_row row;

	assert_int_equal(yp_csv_next(c, &row), 0);
	assert_int_equal(yp_csv_next(c, &row), 0);	/* and stays there */
}

/* Opening path must fail with exactly one message "yp: path:LINE: what". */
static void
expect_open_error(const char *path, enum yp_encoding enc, unsigned long line,
    const char *what)
{
	char want[1024];
	const char *err;
	struct yp_csv *c;

	capture_begin();
	c = yp_csv_open(path, enc);
	err = capture_end();
	assert_null(c);
	if (line)
		snprintf(want, sizeof want, "yp: %s:%lu: %s", path, line, what);
	else
		snprintf(want, sizeof want, "yp: %s: %s", path, what);
	if (strncmp(err, want, strlen(want)) != 0 || count_lines(err) != 1)
		fail_msg("message \"%s\", expected one line starting \"%s\"",
		    err, want);
}

static void
test_utf8_plain(void **state)
{
	struct yp_csv *c = yp_csv_open(scratch_text("u.csv",
	    "地区,2020年\n北京市,1\n天津市,2"), YP_ENC_AUTO);

	(void)state;
	assert_non_null(c);
	assert_int_equal(yp_csv_encoding(c), YP_ENC_UTF8);
	expect_row(c, 1, 2, "地区", "2020年");
	expect_row(c, 2, 2, "北京市", "1");
	expect_row(c, 3, 2, "天津市", "2");	/* no newline at the end */
	expect_end(c);
	assert_int_equal(yp_csv_bytes_read(c), strlen("地区,2020年\n北京市,1\n"
	    "天津市,2"));
	yp_csv_close(c);
}

/* The byte-order mark is not part of the first field. */
static void
test_utf8_bom(void **state)
{
	struct yp_csv *c = yp_csv_open(scratch_text("bom.csv",
	    "\xef\xbb\xbf指标,2020年\n国内生产总值(亿元),1015986.2\n"), YP_ENC_AUTO);

	(void)state;
	assert_non_null(c);
	assert_int_equal(yp_csv_encoding(c), YP_ENC_UTF8);
	expect_row(c, 1, 2, "指标", "2020年");
	expect_row(c, 2, 2, "国内生产总值(亿元)", "1015986.2");
	expect_end(c);
	yp_csv_close(c);
}

/* CRLF line ends, blank lines: fields hold no CR and lines still count. */
static void
test_crlf_and_blank_lines(void **state)
{
	struct yp_csv *c = yp_csv_open(scratch_text("crlf.csv",
	    "a,b\r\n\r\n1,2\r\n\r\n\r\n3,4\r\n"), YP_ENC_AUTO);

	(void)state;
	assert_non_null(c);
	expect_row(c, 1, 2, "a", "b");
	expect_row(c, 3, 2, "1", "2");
	expect_row(c, 6, 2, "3", "4");
	expect_end(c);
	yp_csv_close(c);
}

/* Lone CRs end lines too (Excel for Mac), and CRLF counts once. */
static void
test_cr_line_ends(void **state)
{
	struct yp_csv *c = yp_csv_open(scratch_text("cr.csv",
	    "a,b\r1,2\r\r3,4\r\n5,6\n\"x\r\ny\",7\r8,9"), YP_ENC_AUTO);

	(void)state;
	assert_non_null(c);
	expect_row(c, 1, 2, "a", "b");
	expect_row(c, 2, 2, "1", "2");
	expect_row(c, 4, 2, "3", "4");
	expect_row(c, 5, 2, "5", "6");
	expect_row(c, 6, 2, "x\r\ny", "7");
	expect_row(c, 8, 2, "8", "9");
	expect_end(c);
	yp_csv_close(c);
}

/* The newer export: a tab before every comma, a trailing separator, a
 * header line with a trailing space. */
static void
test_newer_export_cells(void **state)
{
	struct yp_csv *c = yp_csv_open(scratch_text("new.csv",
	    "\xef\xbb\xbf数据库：分省年度数据 \n地区\t,2025年\t,2024年\t,\n"
	    "北京市\t,\t,49670.2\t,"), YP_ENC_AUTO);

	(void)state;
	assert_non_null(c);
	expect_row(c, 1, 1, "数据库：分省年度数据");
	expect_row(c, 2, 4, "地区", "2025年", "2024年", "");
	expect_row(c, 3, 4, "北京市", "", "49670.2", "");
	expect_end(c);
	yp_csv_close(c);
}

/* GB18030 with CRLF, as the provincial database exports are. */
static void
test_gb18030_crlf(void **state)
{
	const char *path = gb_file("gb.csv", "数据库：分省年度数据\r\n"
	    "指标：人口数(人口抽样调查)(人)\r\n时间：最近20年\r\n"
	    "地区,2025年,2024年\r\n北京市,,22470\r\n新疆维吾尔自治区,,26995\r\n"
	    "注：1.2005年、2015年为1%人口抽样调查样本数据。\r\n");
	struct yp_csv *c = yp_csv_open(path, YP_ENC_AUTO);

	(void)state;
	assert_non_null(c);
	assert_int_equal(yp_csv_encoding(c), YP_ENC_GB18030);
	expect_row(c, 1, 1, "数据库：分省年度数据");
	expect_row(c, 2, 1, "指标：人口数(人口抽样调查)(人)");
	expect_row(c, 3, 1, "时间：最近20年");
	expect_row(c, 4, 3, "地区", "2025年", "2024年");
	expect_row(c, 5, 3, "北京市", "", "22470");
	expect_row(c, 6, 3, "新疆维吾尔自治区", "", "26995");
	expect_row(c, 7, 1, "注：1.2005年、2015年为1%人口抽样调查样本数据。");
	expect_end(c);
	yp_csv_close(c);
}

/* The same bytes read from a stream the caller owns (standard input):
 * detected from the first chunk. */
static void
test_gb18030_stream(void **state)
{
	FILE *fp = fopen(gb_file("gbs.csv", "地区,2024年\n北京市,49670.2\n"), "rb");
	struct yp_csv *c = yp_csv_open_stream(fp, "-", YP_ENC_AUTO);

	(void)state;
	expect_row(c, 1, 2, "地区", "2024年");
	expect_row(c, 2, 2, "北京市", "49670.2");
	expect_end(c);
	assert_int_equal(yp_csv_encoding(c), YP_ENC_GB18030);
	assert_string_equal(yp_csv_name(c), "-");
	yp_csv_close(c);
	fclose(fp);		/* the caller's */
}

/* Build ASCII rows "x,1\n" up to byte offset at, then the GB18030 bytes
 * of "<pad>" + ch + ",1\n" so that ch's first byte is at offset at, and
 * a last row "z,2\n".  Returns the bytes and the line of ch's row. */
static char *
straddle(size_t at, const char *ch, size_t *n, unsigned long *line)
{
	size_t rows = at / 4, pad = at % 4, gblen, i;
	char *tail, *buf, *gb;

	tail = malloc(strlen(ch) + 16);
	sprintf(tail, "%.*s%s,1\nz,2\n", (int)pad, "ppp", ch);
	gb = to_gb18030(tail, &gblen);
	buf = malloc(rows * 4 + gblen);
	for (i = 0; i < rows; i++)
		memcpy(buf + 4 * i, "x,1\n", 4);
	memcpy(buf + rows * 4, gb, gblen);
	*n = rows * 4 + gblen;
	*line = rows + 1;
	free(tail);
	free(gb);
	return buf;
}

static void
read_straddle(struct yp_csv *c, unsigned long line, size_t pad, const char *ch)
{
	char want[32];
	struct yp_row row;
	unsigned long i;

	snprintf(want, sizeof want, "%.*s%s", (int)pad, "ppp", ch);
	for (i = 1; i < line; i++) {
		assert_int_equal(yp_csv_next(c, &row), 1);
		assert_int_equal(row.line, i);
		assert_string_equal(row.f[0], "x");
	}
	expect_row(c, line, 2, want, "1");
	expect_row(c, line + 1, 2, "z", "2");
	expect_end(c);
}

/* A GB18030 character split by the 64 KiB read boundary comes out whole:
 * a two-byte one (北) and a four-byte one (𠀀) at every split point, from
 * a file and from a stream. */
static void
test_gb18030_split_across_chunks(void **state)
{
	static const char *const chars[] = { "北", "𠀀" };
	size_t k, at;

	(void)state;
	for (k = 0; k < 2; k++)
		for (at = CHUNK - 3; at < CHUNK; at++) {
			unsigned long line;
			size_t n;
			char *bytes = straddle(at, chars[k], &n, &line);
			const char *path = scratch_file("split.csv", bytes, n);
			struct yp_csv *c = yp_csv_open(path, YP_ENC_AUTO);
			FILE *fp;

			assert_non_null(c);
			assert_int_equal(yp_csv_encoding(c), YP_ENC_GB18030);
			read_straddle(c, line, at % 4, chars[k]);
			yp_csv_close(c);

			fp = fopen(path, "rb");
			c = yp_csv_open_stream(fp, "-", YP_ENC_AUTO);
			read_straddle(c, line, at % 4, chars[k]);
			yp_csv_close(c);
			fclose(fp);
			free(bytes);
		}
}

/* A UTF-8 character split by the boundary, likewise. */
static void
test_utf8_split_across_chunks(void **state)
{
	size_t at;

	(void)state;
	for (at = CHUNK - 3; at < CHUNK; at++) {
		size_t rows = at / 4, pad = at % 4, i, n;
		char *buf = malloc(at + 64);
		struct yp_csv *c;

		for (i = 0; i < rows; i++)
			memcpy(buf + 4 * i, "x,1\n", 4);
		n = rows * 4 + (size_t)sprintf(buf + rows * 4,
		    "%.*s𠀀北,1\nz,2\n", (int)pad, "ppp");
		c = yp_csv_open(scratch_file("u8split.csv", buf, n), YP_ENC_AUTO);
		assert_non_null(c);
		assert_int_equal(yp_csv_encoding(c), YP_ENC_UTF8);
		read_straddle(c, rows + 1, pad, "𠀀北");
		yp_csv_close(c);
		free(buf);
	}
}

/* Bytes that are neither UTF-8 nor GB18030: one message naming the line
 * of the bad bytes, whichever encoding the rest of the file is in. */
static void
test_neither_encoding(void **state)
{
	char *gb;
	size_t n;
	const char *path;
	char buf[256];

	(void)state;
	/* UTF-8 text with a stray FF FE on line 3 (GB18030 decoding of the
	 * UTF-8 bytes fails on line 1 already: the line is still 3) */
	path = scratch_text("bad8.csv", "地区,2020年\n北京市,1\n\xff\xfe,2\n天津,3\n");
	expect_open_error(path, YP_ENC_AUTO, 3, "neither UTF-8 nor GB18030 text");
	/* GB18030 text with a lone 0x80 on line 4 */
	gb = to_gb18030("地区,2020年\n北京市,1\n天津市,2\n", &n);
	memcpy(buf, gb, n);
	memcpy(buf + n, "\x80,3\n", 4);
	path = scratch_file("badgb.csv", buf, n + 4);
	expect_open_error(path, YP_ENC_AUTO, 4, "neither UTF-8 nor GB18030 text");
	free(gb);
	/* a byte-order mark says UTF-8: GB18030 bytes on line 2 are an error */
	gb = to_gb18030("北京市,1\n", &n);
	memcpy(buf, "\xef\xbb\xbf" "a,b\n", 7);
	memcpy(buf + 7, gb, n);
	path = scratch_file("bomgb.csv", buf, 7 + n);
	expect_open_error(path, YP_ENC_AUTO, 2, "not valid UTF-8");
	/* told UTF-8, given GB18030 */
	path = scratch_file("forced.csv", buf + 3, 4 + n);	/* "a,b\n" + GB */
	expect_open_error(path, YP_ENC_UTF8, 2, "not valid UTF-8");
	free(gb);
	/* UTF-8 cut inside its last character: not GB18030 mojibake */
	path = scratch_text("cut.csv", "地区,2020年\n北京市,1\n\xe5\xa4");
	expect_open_error(path, YP_ENC_AUTO, 3, "the file ends inside a UTF-8 "
	    "character");
}

/* The same from a stream: the first chunk decides the encoding, later
 * chunks are still checked, and the error names the line. */
static void
test_stream_checked_past_first_chunk(void **state)
{
	size_t rows = CHUNK / 4 + 100, i;
	char *buf = malloc(rows * 4 + 16);
	struct yp_row row;
	const char *err;
	struct yp_csv *c;
	FILE *fp;
	int got;
	char want[128];

	(void)state;
	for (i = 0; i < rows; i++)
		memcpy(buf + 4 * i, "x,1\n", 4);
	memcpy(buf + rows * 4, "\xff,2\n", 4);
	fp = fopen(scratch_file("late.csv", buf, rows * 4 + 4), "rb");
	c = yp_csv_open_stream(fp, "-", YP_ENC_AUTO);
	capture_begin();
	while ((got = yp_csv_next(c, &row)) > 0)
		;
	err = capture_end();
	assert_int_equal(got, -1);
	assert_int_equal(yp_csv_next(c, &row), -1);	/* stays failed */
	snprintf(want, sizeof want, "yp: -:%zu: not valid UTF-8", rows + 1);
	assert_true(strncmp(err, want, strlen(want)) == 0);
	assert_int_equal(count_lines(err), 1);
	yp_csv_close(c);
	fclose(fp);

	/* and a NUL byte there */
	memcpy(buf + rows * 4, "a\0,2", 4);
	fp = fopen(scratch_file("latenul.csv", buf, rows * 4 + 4), "rb");
	c = yp_csv_open_stream(fp, "-", YP_ENC_AUTO);
	capture_begin();
	while ((got = yp_csv_next(c, &row)) > 0)
		;
	err = capture_end();
	assert_int_equal(got, -1);
	snprintf(want, sizeof want, "yp: -:%zu: a binary file (NUL bytes)",
	    rows + 1);
	assert_true(strncmp(err, want, strlen(want)) == 0);
	yp_csv_close(c);
	fclose(fp);
	free(buf);
}

/* NUL bytes: a binary file, named with the line of the first NUL. */
static void
test_binary(void **state)
{
	(void)state;
	expect_open_error(scratch_file("bin.csv", "a,b\nc\0,d\n", 9), YP_ENC_AUTO,
	    2, "a binary file (NUL bytes), not a CSV table");
	/* an .xls (OLE2 compound file) renamed .csv */
	expect_open_error(scratch_file("xls.csv", "\xd0\xcf\x11\xe0\xa1\xb1\x1a"
	    "\xe1\0\0\0\0", 12), YP_ENC_AUTO, 1, "a binary file (NUL bytes)");
}

static void
test_missing_and_directory(void **state)
{
	(void)state;
	expect_open_error(scratch_path("no-such.csv"), YP_ENC_AUTO, 0,
	    "cannot open: No such file or directory");
	scratch_text("probe", "");
	expect_open_error(scratch_dir, YP_ENC_AUTO, 0, "is a directory");
}

static void
test_empty_file(void **state)
{
	struct yp_csv *c = yp_csv_open(scratch_text("empty.csv", ""), YP_ENC_AUTO);

	(void)state;
	assert_non_null(c);
	expect_end(c);
	yp_csv_close(c);
	c = yp_csv_open(scratch_text("blank.csv", "\n\r\n\n"), YP_ENC_AUTO);
	assert_non_null(c);
	expect_end(c);
	yp_csv_close(c);
}

/* A quoted field may hold line breaks, commas and quotes; rows after it
 * still carry their physical line numbers. */
static void
test_quoted_fields_and_lines(void **state)
{
	struct yp_csv *c = yp_csv_open(scratch_text("q.csv",
	    "h1,h2\n\"x\ny\",2\n\"a,\"\"b\"\"\",3\n4,\"two\r\nlines\nthree\"\nz,5\n"),
	    YP_ENC_AUTO);

	(void)state;
	assert_non_null(c);
	expect_row(c, 1, 2, "h1", "h2");
	expect_row(c, 2, 2, "x\ny", "2");
	expect_row(c, 4, 2, "a,\"b\"", "3");
	expect_row(c, 5, 2, "4", "two\r\nlines\nthree");
	expect_row(c, 8, 2, "z", "5");
	expect_end(c);
	yp_csv_close(c);
}

/* Many rows over many chunks, and a long quoted field with line breaks
 * that spans a chunk boundary: every row comes out once, in order, on
 * its line. */
static void
test_many_chunks(void **state)
{
	size_t rows = 200000, i, n = 0, cap = rows * 24 + 3 * CHUNK;
	char *buf = malloc(cap), *big = malloc(CHUNK + 2);
	struct yp_row row;
	struct yp_csv *c;
	unsigned long line = 1;

	(void)state;
	for (i = 0; i < rows; i++) {
		if (i == 1000) {
			/* 64 KiB of text with 1,000 line breaks, quoted */
			memset(big, 'q', CHUNK);
			for (size_t k = 0; k < 1000; k++)
				big[k * 60 + 30] = '\n';
			big[CHUNK] = '\0';
			n += (size_t)sprintf(buf + n, "big,\"%s\"\n", big);
			continue;
		}
		n += (size_t)sprintf(buf + n, "r%zu,%zu\n", i, i * 7);
	}
	c = yp_csv_open(scratch_file("many.csv", buf, n), YP_ENC_AUTO);
	assert_non_null(c);
	for (i = 0; i < rows; i++) {
		char want[32];

		assert_int_equal(yp_csv_next(c, &row), 1);
		assert_int_equal(row.n, 2);
		if (row.line != line)
			fail_msg("row %zu at line %lu, expected %lu", i, row.line,
			    line);
		if (i == 1000) {
			assert_string_equal(row.f[0], "big");
			assert_int_equal(strlen(row.f[1]), CHUNK);
			line += 1001;
			continue;
		}
		snprintf(want, sizeof want, "r%zu", i);
		assert_string_equal(row.f[0], want);
		line++;
	}
	expect_end(c);
	assert_int_equal(yp_csv_bytes_read(c), n);
	yp_csv_close(c);
	free(buf);
	free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_plain),
		cmocka_unit_test(test_utf8_bom),
		cmocka_unit_test(test_crlf_and_blank_lines),
		cmocka_unit_test(test_cr_line_ends),
		cmocka_unit_test(test_newer_export_cells),
		cmocka_unit_test(test_gb18030_crlf),
		cmocka_unit_test(test_gb18030_stream),
		cmocka_unit_test(test_gb18030_split_across_chunks),
		cmocka_unit_test(test_utf8_split_across_chunks),
		cmocka_unit_test(test_neither_encoding),
		cmocka_unit_test(test_stream_checked_past_first_chunk),
		cmocka_unit_test(test_binary),
		cmocka_unit_test(test_missing_and_directory),
		cmocka_unit_test(test_empty_file),
		cmocka_unit_test(test_quoted_fields_and_lines),
		cmocka_unit_test(test_many_chunks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
