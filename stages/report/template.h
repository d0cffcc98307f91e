/* yp-report: the report template: front matter, text, and {{placeholders}}. */
#ifndef RP_TEMPLATE_H
#define RP_TEMPLATE_H

#include <stddef.h>

/* A "key: value" line of the front matter between the --- lines. */
struct rp_meta {
	char *key, *value;
	unsigned long line;
};

/* A piece of the body: literal Markdown, or a placeholder. */
struct rp_segment {
	int placeholder;
	char *text;		/* literal text, or what is between {{ and }} */
	unsigned long line;	/* the template line it starts on */
};

struct rp_template {
	char *path;
	struct rp_meta *meta;
	size_t nmeta;
	struct rp_segment *seg;
	size_t nseg;
};

/* Read a template: front matter (optional), then the body cut into
 * segments.  "\{{" is a literal "{{".  A "{{" without "}}" on the same
 * line is an error.  Returns 0, or -1 after a message naming the line. */
int rp_template_load(struct rp_template *t, const char *path);
/* The same from text in memory (name is used in messages). */
int rp_template_parse(struct rp_template *t, const char *name, const char *text);
void rp_template_free(struct rp_template *t);

/* The front-matter value of key, or NULL. */
const char *rp_template_meta(const struct rp_template *t, const char *key);

/* A placeholder taken apart:
 *   {{kind arg arg key=value ... | format format}}
 * Words are separated by spaces (ASCII or the ideographic space); "..."
 * quotes a word with spaces in it. */
struct rp_placeholder {
	unsigned long line;
	char *kind;
	char **args;
	size_t nargs;
	char **keys, **values;
	size_t nopts;
	char **format;
	size_t nformat;
};

/* Parse the text between {{ and }}.  Returns 0, or -1 with *err set to a
 * new string saying what is wrong. */
int rp_placeholder_parse(const char *text, unsigned long line,
	struct rp_placeholder *p, char **err);
void rp_placeholder_free(struct rp_placeholder *p);
/* The value of option key=, or NULL. */
const char *rp_placeholder_opt(const struct rp_placeholder *p, const char *key);
/* Whether a format word is present (e.g. "nounit"). */
int rp_placeholder_flag(const struct rp_placeholder *p, const char *word);

/* Whether s is a period: "2025" or "2021-2025". */
int rp_is_period(const char *s);

#endif
