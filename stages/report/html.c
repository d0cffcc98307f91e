/* yp-report: the HTML page: Markdown through libcmark-gfm, charts inline, CSS inline. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "msg.h"
#include "report.h"
#include "sbuf.h"
#include "version.h"
#include "xalloc.h"

/* Copy text without its tags: the words of a heading for the contents. */
static void
add_untagged(struct yp_sbuf *b, const char *s, size_t n)
{
	size_t i;
	int in_tag = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '<')
			in_tag = 1;
		else if (s[i] == '>')
			in_tag = 0;
		else if (!in_tag)
			yp_sbuf_addc(b, s[i]);
	}
}

/* Give every <h2> and <h3> an id, and gather a table of contents. */
static char *
number_headings(const char *html, char **toc)
{
	struct yp_sbuf out = YP_SBUF_INIT, t = YP_SBUF_INIT;
	const char *p = html, *h, *end;
	int n = 0, open3 = 0;

	yp_sbuf_add(&t, "<nav class=\"toc\"><p class=\"toc-title\">目　录</p>\n<ol>\n");
	while ((h = strstr(p, "<h")) != NULL) {
		char level = h[2];
		char close[8];

		if ((level != '2' && level != '3') || h[3] != '>') {
			yp_sbuf_addn(&out, p, (size_t)(h - p) + 2);
			p = h + 2;
			continue;
		}
		snprintf(close, sizeof close, "</h%c>", level);
		end = strstr(h, close);
		if (!end)
			break;
		n++;
		yp_sbuf_addn(&out, p, (size_t)(h - p));
		yp_sbuf_printf(&out, "<h%c id=\"s%d\">", level, n);
		yp_sbuf_addn(&out, h + 4, (size_t)(end - h - 4));
		yp_sbuf_add(&out, close);
		if (level == '2') {
			if (open3)
				yp_sbuf_add(&t, "</ol></li>\n");
			else if (n > 1)
				yp_sbuf_add(&t, "</li>\n");
			open3 = 0;
			yp_sbuf_printf(&t, "<li><a href=\"#s%d\">", n);
			add_untagged(&t, h + 4, (size_t)(end - h - 4));
			yp_sbuf_add(&t, "</a>");
		} else {
			if (!open3)
				yp_sbuf_add(&t, "\n<ol>\n");
			open3 = 1;
			yp_sbuf_printf(&t, "<li><a href=\"#s%d\">", n);
			add_untagged(&t, h + 4, (size_t)(end - h - 4));
			yp_sbuf_add(&t, "</a></li>\n");
		}
		p = end + strlen(close);
	}
	yp_sbuf_add(&out, p);
	if (open3)
		yp_sbuf_add(&t, "</ol></li>\n");
	else if (n > 0)
		yp_sbuf_add(&t, "</li>\n");
	yp_sbuf_add(&t, "</ol></nav>\n");
	*toc = yp_sbuf_take(&t);
	return yp_sbuf_take(&out);
}

char *
rp_markdown_to_html(const char *md, char **toc)
{
	cmark_parser *parser;
	cmark_node *doc;
	cmark_syntax_extension *ext;
	char *raw, *html;
	static const char *const extensions[] = { "table", "strikethrough" };
	size_t i;
	/* UNSAFE: the template's own HTML and the spans that carry the
	 * provenance of the numbers pass through as written */
	int options = CMARK_OPT_UNSAFE;

	cmark_gfm_core_extensions_ensure_registered();
	parser = cmark_parser_new(options);
	for (i = 0; i < sizeof extensions / sizeof extensions[0]; i++) {
		ext = cmark_find_syntax_extension(extensions[i]);
		if (!ext)
			yp_die(YP_EXIT_DATA, "libcmark-gfm has no %s extension; "
			    "install libcmark-gfm-extensions", extensions[i]);
		cmark_parser_attach_syntax_extension(parser, ext);
	}
	cmark_parser_feed(parser, md, strlen(md));
	doc = cmark_parser_finish(parser);
	raw = cmark_render_html(doc, options,
	    cmark_parser_get_syntax_extensions(parser));
	cmark_node_free(doc);
	cmark_parser_free(parser);
	html = number_headings(raw, toc);
	free(raw);
	return html;
}

static char *
read_file(const char *path)
{
	struct yp_sbuf b = YP_SBUF_INIT;
	char chunk[65536];
	size_t n;
	FILE *fp = fopen(path, "rb");

	if (!fp)
		return NULL;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		yp_sbuf_addn(&b, chunk, n);
	if (ferror(fp)) {
		fclose(fp);
		yp_sbuf_free(&b);
		return NULL;
	}
	fclose(fp);
	return yp_sbuf_take(&b);
}

char *
rp_svg_inline(const char *path, const char *prefix)
{
	struct yp_sbuf b = YP_SBUF_INIT;
	char *svg, *p, *start, *end;
	static const struct {
		const char *from, *to_fmt;
	} refs[] = {
		/* gnuplot writes ids in single quotes, others in double */
		{ " id=\"", " id=\"%s-" },
		{ " id='", " id='%s-" },
		{ "href=\"#", "href=\"#%s-" },
		{ "href='#", "href='#%s-" },
		{ "url(#", "url(#%s-" },
	};
	size_t i;

	svg = read_file(path);
	if (!svg) {
		yp_warn("%s: %s; run yp-plot first (make charts)", path,
		    strerror(errno));
		return NULL;
	}
	/* the XML prolog and DOCTYPE have no place inside HTML */
	start = strstr(svg, "<svg");
	end = NULL;
	for (p = start; p && (p = strstr(p, "</svg>")) != NULL; p += 6)
		end = p + 6;
	if (!start || !end) {
		yp_warn("%s: not an SVG file (no <svg> element)", path);
		free(svg);
		return NULL;
	}
	*end = '\0';
	/* several charts in one page: their ids must not clash */
	for (p = start; *p;) {
		for (i = 0; i < sizeof refs / sizeof refs[0]; i++)
			if (strncmp(p, refs[i].from, strlen(refs[i].from)) == 0)
				break;
		if (i < sizeof refs / sizeof refs[0]) {
			yp_sbuf_printf(&b, refs[i].to_fmt, prefix);
			p += strlen(refs[i].from);
		} else {
			yp_sbuf_addc(&b, *p++);
		}
	}
	free(svg);
	/* gnuplot's <title>Gnuplot</title> would be the chart's tooltip */
	{
		char *out = yp_sbuf_take(&b), *t = strstr(out, "<title>Gnuplot</title>");

		if (t)
			memmove(t, t + strlen("<title>Gnuplot</title>"),
			    strlen(t + strlen("<title>Gnuplot</title>")) + 1);
		return out;
	}
}

static void
add_escaped(struct yp_sbuf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': yp_sbuf_add(b, "&amp;"); break;
		case '<': yp_sbuf_add(b, "&lt;"); break;
		case '>': yp_sbuf_add(b, "&gt;"); break;
		case '"': yp_sbuf_add(b, "&quot;"); break;
		default: yp_sbuf_addc(b, *s);
		}
	}
}

char *
rp_html_page(const char *title, const char *css, const char *body)
{
	struct yp_sbuf b = YP_SBUF_INIT;

	yp_sbuf_add(&b, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n");
	yp_sbuf_add(&b, "<meta name=\"generator\" content=\"yanpan " YP_VERSION
	    "\">\n<title>");
	add_escaped(&b, title);
	yp_sbuf_add(&b, "</title>\n<style>\n");
	yp_sbuf_add(&b, css);
	yp_sbuf_add(&b, "</style>\n</head>\n<body>\n<main class=\"report\">\n");
	yp_sbuf_add(&b, body);
	yp_sbuf_add(&b, "</main>\n<footer class=\"colophon\">本报告由 yanpan（研判）"
	    YP_VERSION " 根据原始数据自动生成。将鼠标停在数字上，可查看该数字的"
	    "来源（原始文件与行号）。</footer>\n</body>\n</html>\n");
	return yp_sbuf_take(&b);
}
