/* yanpan: lists written in one config cell, "a|b|c". */
#include <string.h>
#include <stdlib.h>

#include "list.h"
#include "xalloc.h"

char **
yp_list_split(const char *s, const char *seps, size_t *n)
{
	char **v = xcalloc(1, sizeof *v);
	size_t cap = 1, len;
	const char *p = s, *start, *end;

	*n = 0;
	while (*p) {
		len = strcspn(p, seps);
		start = p;
		end = p + len;
		while (start < end && *start == ' ')
			start++;
		while (end > start && end[-1] == ' ')
			end--;
		if (end > start) {
			v = xgrow(v, &cap, *n + 2, sizeof *v);
			v[(*n)++] = xstrndup(start, (size_t)(end - start));
			v[*n] = NULL;
		}
		p += len;
		if (*p)
			p++;
	}
	return v;
}

void
yp_list_free(char **list)
{
	char **p;

	if (!list)
		return;
	for (p = list; *p; p++)
		free(*p);
	free(list);
}
