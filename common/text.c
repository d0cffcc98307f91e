/* yanpan: UTF-8 text as yearbook tables write it. */
#include <ctype.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

int
yp_utf8_decode(const char *str, size_t n, unsigned *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c, min;
	int len, i;

	if (n == 0)
		return -1;
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		len = 2, c &= 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, c &= 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, c &= 0x07, min = 0x10000;
	} else {
		return 0;
	}
	for (i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return -1;
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

int
yp_utf8_valid(const char *s, size_t n, size_t *tail)
{
	size_t i = 0;
	unsigned cp;
	uint64_t w;

	while (i < n) {
		/* ASCII eight bytes at a time: most of a CSV file */
		while (i + 8 <= n) {
			memcpy(&w, s + i, sizeof w);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		/* the common CJK character: E1-EC or EE-EF and two
		 * continuation bytes, no overlong form or surrogate possible */
		{
			unsigned char c0 = (unsigned char)s[i];

			if (i + 3 <= n && ((c0 >= 0xE1 && c0 <= 0xEC) ||
			    c0 == 0xEE || c0 == 0xEF) &&
			    ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
			    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
				i += 3;
				continue;
			}
		}
		int len = yp_utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			*tail = i;
			return 0;
		}
		if (len < 0) {
			/* A truncated sequence is only acceptable at the end. */
			*tail = n - i;
			return 1;
		}
		i += (size_t)len;
	}
	*tail = 0;
	return 1;
}

static int
is_space_cp(unsigned cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' ||
	    cp == 0x3000 || cp == 0xA0 || cp == 0xFEFF || cp == 0x2002 ||
	    cp == 0x2003 || cp == 0x2009;
}

/* Append cp to out as UTF-8. */
static size_t
put_utf8(char *out, unsigned cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	} else if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Fold into a new string; with squeeze, drop every space and lower-case;
 * with keep_width, leave full-width characters as they are. */
static char *
fold(const char *s, int squeeze, int keep_width)
{
	size_t n = strlen(s), i = 0, o = 0;
	char *out = xmalloc(n + 1);
	int pending_space = 0;
	unsigned cp;

	while (i < n) {
		int len = yp_utf8_decode(s + i, n - i, &cp);
		int raw = len <= 0;

		if (raw) {
			/* Not UTF-8: keep the byte; the caller checked encodings. */
			cp = (unsigned char)s[i];
			len = 1;
		}
		i += (size_t)len;
		if (!raw && cp == 0xFEFF)
			continue;
		if (!raw && is_space_cp(cp)) {
			pending_space = o > 0;
			continue;
		}
		if (!raw && !keep_width && cp >= 0xFF01 && cp <= 0xFF5E)
			cp -= 0xFEE0;
		if (squeeze && cp < 0x80)
			cp = (unsigned)tolower((int)cp);
		if (pending_space && !squeeze)
			out[o++] = ' ';
		pending_space = 0;
		if (raw)
			out[o++] = s[i - 1];
		else
			o += put_utf8(out + o, cp);
	}
	out[o] = '\0';
	return out;
}

char *
yp_fold(const char *s)
{
	return fold(s, 0, 0);
}

char *
yp_trim(const char *s)
{
	return fold(s, 0, 1);
}

char *
yp_key(const char *s)
{
	return fold(s, 1, 0);
}

int
yp_split_label(const char *label, char **name, char **unit)
{
	char *f = yp_fold(label);
	size_t n = strlen(f);
	int depth = 0;
	size_t i;

	*unit = NULL;
	if (n < 2 || f[n - 1] != ')') {
		*name = f;
		return 0;
	}
	/* Walk back to the bracket that opens the last group. */
	for (i = n; i-- > 0;) {
		if (f[i] == ')')
			depth++;
		else if (f[i] == '(' && --depth == 0)
			break;
	}
	if (depth != 0 || i == (size_t)-1) {
		*name = f;
		return 0;
	}
	*unit = yp_fold(f + i + 1);
	(*unit)[strlen(*unit) - 1] = '\0';
	{
		char *u = yp_fold(*unit);
		free(*unit);
		*unit = u;
	}
	f[i] = '\0';
	*name = yp_fold(f);
	free(f);
	if (**unit == '\0') {
		free(*unit);
		*unit = NULL;
		return 0;
	}
	return 1;
}

int
yp_year_label(const char *label)
{
	char *f = yp_fold(label);
	const char *p = f;
	int year = 0, digits = 0;

	while (*p >= '0' && *p <= '9' && digits < 5) {
		year = year * 10 + (*p - '0');
		p++, digits++;
	}
	if (digits != 4 || year < 1900 || year > 2100)
		year = 0;
	/* What may follow the year: nothing, 年, 年末, 年底, 年度. */
	else if (*p != '\0' && strcmp(p, "年") != 0 && strcmp(p, "年末") != 0 &&
	    strcmp(p, "年底") != 0 && strcmp(p, "年度") != 0)
		year = 0;
	free(f);
	return year;
}

size_t
yp_utf8_prefix(const char *s, size_t max)
{
	size_t n = 0, total = strlen(s);
	unsigned cp;

	while (n < total) {
		int len = yp_utf8_decode(s + n, total - n, &cp);

		if (len <= 0)
			len = 1;
		if (n + (size_t)len > max)
			break;
		n += (size_t)len;
	}
	return n;
}

int
yp_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

int
yp_key_in(const char *cell, const char *const *list)
{
	char *key = yp_key(cell);
	int found = 0;

	for (; *list && !found; list++)
		found = strcmp(key, *list) == 0;
	free(key);
	return found;
}

int
yp_key_starts(const char *cell, const char *const *list)
{
	char *key = yp_key(cell);
	int found = 0;

	for (; *list && !found; list++)
		found = yp_starts_with(key, *list);
	free(key);
	return found;
}

char *
yp_after_label(const char *cell, const char *const *labels)
{
	char *folded = yp_fold(cell), *colon, *value = NULL, *key;

	colon = strchr(folded, ':');
	if (colon) {
		*colon = '\0';
		key = yp_key(folded);
		for (; *labels; labels++)
			if (strcmp(key, *labels) == 0) {
				value = yp_fold(colon + 1);
				break;
			}
		free(key);
	}
	free(folded);
	if (value && !*value) {
		free(value);
		value = NULL;
	}
	return value;
}
