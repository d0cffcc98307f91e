/* yanpan: punctuation as Chinese text prints it. */
#include <stdlib.h>
#include <string.h>

#include "punct.h"
#include "text.h"
#include "xalloc.h"

int
yp_is_cjk(unsigned cp)
{
	return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
	    (cp >= 0xF900 && cp <= 0xFAFF);
}

/* The code point of the character that starts at s (end: its end), 0
 * when there is none or it is not UTF-8. */
static unsigned
char_at(const char *s, const char *end)
{
	unsigned cp;

	if (s >= end || yp_utf8_decode(s, (size_t)(end - s), &cp) <= 0)
		return 0;
	return cp;
}

/* The code point of the character that ends just before s. */
static unsigned
char_before(const char *start, const char *s)
{
	const char *p = s;

	if (p == start)
		return 0;
	p--;
	while (p > start && ((unsigned char)*p & 0xC0) == 0x80)
		p--;
	return char_at(p, s);
}

static int
has_cjk(const char *s, const char *end)
{
	unsigned cp;
	int len;

	while (s < end) {
		len = yp_utf8_decode(s, (size_t)(end - s), &cp);
		if (len <= 0) {
			s++;
			continue;
		}
		if (yp_is_cjk(cp))
			return 1;
		s += len;
	}
	return 0;
}

char *
yp_zh_brackets(const char *s)
{
	size_t n = strlen(s), o = 0, i;
	/* each bracket may grow from 1 byte to 3 */
	char *out = xmalloc(3 * n + 1);
	const char *end = s + n;
	unsigned char *turn = xcalloc(n + 1, 1);

	/* Pair the brackets (innermost first, by a stack of openings) and
	 * mark the pairs that stand in Chinese text. */
	{
		size_t *stack = xcalloc(n + 1, sizeof *stack), depth = 0;

		for (i = 0; i < n; i++) {
			if (s[i] == '(') {
				stack[depth++] = i;
			} else if (s[i] == ')' && depth > 0) {
				size_t open = stack[--depth];

				if (yp_is_cjk(char_before(s, s + open)) ||
				    yp_is_cjk(char_at(s + i + 1, end)) ||
				    has_cjk(s + open + 1, s + i))
					turn[open] = turn[i] = 1;
			}
		}
		free(stack);
	}
	for (i = 0; i < n; i++) {
		if (turn[i]) {
			/* U+FF08 （ and U+FF09 ） */
			memcpy(out + o, s[i] == '(' ? "\xef\xbc\x88" :
			    "\xef\xbc\x89", 3);
			o += 3;
		} else
			out[o++] = s[i];
	}
	out[o] = '\0';
	free(turn);
	return out;
}
