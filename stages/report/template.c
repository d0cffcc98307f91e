/* yp-report: the report template: front matter, text, and {{placeholders}}. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "rec.h"
#include "sbuf.h"
#include "template.h"
#include "xalloc.h"

static void
add_segment(struct rp_template *t, int placeholder, const char *s, size_t n,
	unsigned long line)
{
	struct rp_segment *g;

	if (n == 0 && !placeholder)
		return;
	t->seg = xrealloc(t->seg, (t->nseg + 1) * sizeof *t->seg);
	g = &t->seg[t->nseg++];
	g->placeholder = placeholder;
	g->text = xstrndup(s, n);
	g->line = line;
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* Front matter: "---" on the first line, "key: value" lines, "---".
 * Returns where the body starts, and its line in *line. */
static const char *
parse_front_matter(struct rp_template *t, const char *name, const char *text,
	unsigned long *line, int *bad)
{
	const char *p = text, *eol;
	unsigned long ln = 1;
	char *buf, *colon, *key, *value;

	*bad = 0;
	if (strncmp(p, "---", 3) != 0 || (p[3] != '\n' && p[3] != '\r'))
		return text;
	p = strchr(p, '\n') + 1;
	ln = 2;
	for (;;) {
		if (!*p) {
			yp_warn_at(name, 1, "front matter not closed; end it with "
			    "a line \"---\"");
			*bad = 1;
			return p;
		}
		eol = strchr(p, '\n');
		if (!eol)
			eol = p + strlen(p);
		buf = xstrndup(p, (size_t)(eol - p));
		if (strcmp(trim(buf), "---") == 0) {
			free(buf);
			*line = ln + 1;
			return *eol ? eol + 1 : eol;
		}
		key = trim(buf);
		if (*key && *key != '#') {
			colon = strchr(key, ':');
			if (!colon) {
				yp_warn_at(name, ln, "front matter line without "
				    "\"key: value\"");
				*bad = 1;
			} else {
				*colon = '\0';
				value = trim(colon + 1);
				key = trim(key);
				/* "value" in quotes keeps spaces at its ends */
				if (value[0] == '"' && strlen(value) >= 2 &&
				    value[strlen(value) - 1] == '"') {
					value[strlen(value) - 1] = '\0';
					value++;
				}
				t->meta = xrealloc(t->meta,
				    (t->nmeta + 1) * sizeof *t->meta);
				t->meta[t->nmeta].key = xstrdup(key);
				t->meta[t->nmeta].value = xstrdup(value);
				t->meta[t->nmeta].line = ln;
				t->nmeta++;
			}
		}
		free(buf);
		p = *eol ? eol + 1 : eol;
		ln++;
	}
}

int
rp_template_parse(struct rp_template *t, const char *name, const char *text)
{
	struct yp_sbuf lit = YP_SBUF_INIT;
	const char *p, *close, *eol;
	unsigned long line = 1, lit_line;
	int bad;

	memset(t, 0, sizeof *t);
	t->path = xstrdup(name);
	p = parse_front_matter(t, name, text, &line, &bad);
	if (bad)
		return -1;
	lit_line = line;
	while (*p) {
		if (p[0] == '\\' && p[1] == '{' && p[2] == '{') {
			if (lit.len == 0)
				lit_line = line;
			yp_sbuf_add(&lit, "{{");
			p += 3;
			continue;
		}
		if (p[0] == '{' && p[1] == '{') {
			eol = strchr(p, '\n');
			close = strstr(p + 2, "}}");
			if (!close || (eol && close > eol)) {
				yp_warn_at(name, line, "\"{{\" without \"}}\" on the "
				    "same line; close the placeholder, or write "
				    "\\{{ for a literal {{");
				yp_sbuf_free(&lit);
				return -1;
			}
			add_segment(t, 0, yp_sbuf_str(&lit), lit.len, lit_line);
			yp_sbuf_reset(&lit);
			add_segment(t, 1, p + 2, (size_t)(close - p - 2), line);
			p = close + 2;
			lit_line = line;
			continue;
		}
		if (lit.len == 0)
			lit_line = line;
		if (*p == '\n')
			line++;
		yp_sbuf_addc(&lit, *p++);
	}
	add_segment(t, 0, yp_sbuf_str(&lit), lit.len, lit_line);
	yp_sbuf_free(&lit);
	return 0;
}

int
rp_template_load(struct rp_template *t, const char *path)
{
	FILE *fp;
	struct yp_sbuf b = YP_SBUF_INIT;
	char chunk[8192];
	size_t n;
	int rc;

	fp = fopen(path, "r");
	if (!fp) {
		yp_warn("%s: %s; give the template with --template, or put "
		    "report.md in the config folder", path, strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		yp_sbuf_addn(&b, chunk, n);
	if (ferror(fp)) {
		yp_warn("%s: read error: %s", path, strerror(errno));
		fclose(fp);
		yp_sbuf_free(&b);
		return -1;
	}
	fclose(fp);
	/* a UTF-8 byte-order mark (Windows editors) is not text */
	rc = rp_template_parse(t, path, strncmp(yp_sbuf_str(&b), "\xef\xbb\xbf",
	    3) == 0 ? yp_sbuf_str(&b) + 3 : yp_sbuf_str(&b));
	yp_sbuf_free(&b);
	return rc;
}

void
rp_template_free(struct rp_template *t)
{
	size_t i;

	for (i = 0; i < t->nmeta; i++) {
		free(t->meta[i].key);
		free(t->meta[i].value);
	}
	for (i = 0; i < t->nseg; i++)
		free(t->seg[i].text);
	free(t->meta);
	free(t->seg);
	free(t->path);
	memset(t, 0, sizeof *t);
}

const char *
rp_template_meta(const struct rp_template *t, const char *key)
{
	size_t i;

	for (i = t->nmeta; i-- > 0;)
		if (strcmp(t->meta[i].key, key) == 0)
			return t->meta[i].value;
	return NULL;
}

/* ---- placeholders --------------------------------------------------------- */

static int
is_space(const char *p)
{
	if (*p == ' ' || *p == '\t')
		return 1;
	/* U+3000 ideographic space, typed by Chinese input methods */
	return (unsigned char)p[0] == 0xe3 && (unsigned char)p[1] == 0x80 &&
	    (unsigned char)p[2] == 0x80 ? 3 : 0;
}

static void
push(char ***v, size_t *n, char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

/* Whether a word is key=value: a key of letters, digits, '_' or '.'. */
static char *
option_sign(char *w)
{
	char *p;

	for (p = w; *p && *p != '='; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '_' || *p == '.'))
			return NULL;
	return *p == '=' && p > w ? p : NULL;
}

int
rp_placeholder_parse(const char *text, unsigned long line,
	struct rp_placeholder *p, char **err)
{
	struct yp_sbuf w = YP_SBUF_INIT;
	const char *s = text;
	int after_bar = 0, quoted, sp;
	char *word, *eq;

	memset(p, 0, sizeof *p);
	p->line = line;
	*err = NULL;
	for (;;) {
		while ((sp = is_space(s)) != 0)
			s += sp;
		if (!*s)
			break;
		if (*s == '|' ) {
			if (after_bar) {
				*err = xstrdup("more than one \"|\"");
				goto fail;
			}
			after_bar = 1;
			s++;
			continue;
		}
		yp_sbuf_reset(&w);
		quoted = 0;
		while (*s && (quoted || (!is_space(s) && *s != '|'))) {
			if (*s == '"') {
				quoted = !quoted;
				s++;
				continue;
			}
			yp_sbuf_addc(&w, *s++);
		}
		if (quoted) {
			*err = xstrdup("a quote \" is not closed");
			goto fail;
		}
		word = xstrdup(yp_sbuf_str(&w));
		if (after_bar) {
			push(&p->format, &p->nformat, word);
		} else if (!p->kind) {
			p->kind = word;
		} else if ((eq = option_sign(word)) != NULL) {
			size_t nkeys = p->nopts;

			*eq = '\0';
			push(&p->keys, &nkeys, word);
			push(&p->values, &p->nopts, xstrdup(eq + 1));
		} else {
			push(&p->args, &p->nargs, word);
		}
	}
	yp_sbuf_free(&w);
	if (!p->kind) {
		*err = xstrdup("empty placeholder {{}}");
		rp_placeholder_free(p);
		return -1;
	}
	return 0;
fail:
	yp_sbuf_free(&w);
	rp_placeholder_free(p);
	return -1;
}

void
rp_placeholder_free(struct rp_placeholder *p)
{
	size_t i;

	free(p->kind);
	for (i = 0; i < p->nargs; i++)
		free(p->args[i]);
	for (i = 0; i < p->nopts; i++) {
		free(p->keys[i]);
		free(p->values[i]);
	}
	for (i = 0; i < p->nformat; i++)
		free(p->format[i]);
	free(p->args);
	free(p->keys);
	free(p->values);
	free(p->format);
	memset(p, 0, sizeof *p);
}

const char *
rp_placeholder_opt(const struct rp_placeholder *p, const char *key)
{
	size_t i;

	for (i = 0; i < p->nopts; i++)
		if (strcmp(p->keys[i], key) == 0)
			return p->values[i];
	return NULL;
}

int
rp_placeholder_flag(const struct rp_placeholder *p, const char *word)
{
	size_t i;

	for (i = 0; i < p->nformat; i++)
		if (strcmp(p->format[i], word) == 0)
			return 1;
	return 0;
}

int
rp_is_period(const char *s)
{
	int from, to;

	return yp_period_parse(s, &from, &to);
}
