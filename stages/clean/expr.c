/* yp-clean: the formulas of identity and derived-ratio rules.
 *
 * A recursive-descent parser (expr: term {+|- term}; term: factor
 * {*|/ factor}; factor: number | code | code[-n] | sum(pattern) | (expr)
 * | -factor) that emits postfix code, evaluated on a small stack. */
#include <ctype.h>
#include <fnmatch.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "xalloc.h"

struct parser {
	const char *text, *p;
	const struct yp_config *cfg;
	struct formula *f;
	struct expr *out;
	size_t cap;
	size_t varcap;
	char *err;
	size_t errsz;
	int failed;
};

static void
fail(struct parser *ps, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (ps->failed)
		return;
	ps->failed = 1;
	va_start(ap, fmt);
	n = vsnprintf(ps->err, ps->errsz, fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < ps->errsz)
		snprintf(ps->err + n, ps->errsz - (size_t)n, " (at \"%.20s\")",
		    ps->p);
}

static void
emit(struct parser *ps, enum expr_opcode op, double num, size_t var)
{
	struct expr *e = ps->out;

	e->ops = xgrow(e->ops, &ps->cap, e->nops, sizeof *e->ops);
	e->ops[e->nops].op = op;
	e->ops[e->nops].num = num;
	e->ops[e->nops].var = var;
	e->nops++;
}

static size_t
var_index(struct parser *ps, const char *code, int lag)
{
	struct formula *f = ps->f;
	size_t i;

	for (i = 0; i < f->nvars; i++)
		if (f->vars[i].code == code && f->vars[i].lag == lag)
			return i;
	f->vars = xgrow(f->vars, &ps->varcap, f->nvars, sizeof *f->vars);
	f->vars[f->nvars].code = code;
	f->vars[f->nvars].lag = lag;
	return f->nvars++;
}

static void
skip_space(struct parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t')
		ps->p++;
}

static int
code_char(int c)
{
	return isalnum(c) || c == '_' || c == '.';
}

static void parse_expr(struct parser *ps);

/* The terms of sum(pattern), added up in the order of indicators.csv. */
static void
parse_sum(struct parser *ps)
{
	const char *start = ps->p, *end = strchr(start, ')');
	char *pattern;
	size_t i, n = 0;

	if (!end) {
		fail(ps, "sum( without )");
		return;
	}
	pattern = xstrndup(start, (size_t)(end - start));
	for (i = 0; i < ps->cfg->nindicators; i++) {
		const char *code = ps->cfg->indicators[i].code;
		if (fnmatch(pattern, code, 0) != 0)
			continue;
		emit(ps, EXPR_VAR, 0, var_index(ps, code, 0));
		if (n++)
			emit(ps, EXPR_ADD, 0, 0);
	}
	if (n == 0)
		fail(ps, "sum(%s) matches no indicator in indicators.csv", pattern);
	free(pattern);
	ps->p = end + 1;
}

static void
parse_name(struct parser *ps)
{
	const char *start = ps->p;
	const struct yp_indicator *ind;
	char *name;
	long lag = 0;

	while (code_char((unsigned char)*ps->p))
		ps->p++;
	name = xstrndup(start, (size_t)(ps->p - start));
	if (strcmp(name, "sum") == 0 && *ps->p == '(') {
		free(name);
		ps->p++;
		parse_sum(ps);
		return;
	}
	ind = yp_indicator_get(ps->cfg, name);
	if (!ind) {
		ps->p = start;
		fail(ps, "\"%s\" is not an indicator code in indicators.csv", name);
		free(name);
		return;
	}
	free(name);
	if (*ps->p == '[') {
		char *stop;
		lag = strtol(ps->p + 1, &stop, 10);
		if (stop == ps->p + 1 || *stop != ']' || lag > 0 || lag < -100) {
			fail(ps, "a lag is written [-1] (years back)");
			return;
		}
		ps->p = stop + 1;
	}
	emit(ps, EXPR_VAR, 0, var_index(ps, ind->code, (int)-lag));
}

static void
parse_factor(struct parser *ps)
{
	skip_space(ps);
	if (ps->failed)
		return;
	if (*ps->p == '-') {
		ps->p++;
		parse_factor(ps);
		emit(ps, EXPR_NEG, 0, 0);
	} else if (*ps->p == '(') {
		ps->p++;
		parse_expr(ps);
		skip_space(ps);
		if (*ps->p != ')') {
			fail(ps, "missing )");
			return;
		}
		ps->p++;
	} else if (isdigit((unsigned char)*ps->p) || *ps->p == '.') {
		char *stop;
		double v = strtod(ps->p, &stop);
		ps->p = stop;
		emit(ps, EXPR_NUM, v, 0);
	} else if (isalpha((unsigned char)*ps->p)) {
		parse_name(ps);
	} else {
		fail(ps, "expected a number, an indicator code, sum(...) or (");
	}
}

static void
parse_term(struct parser *ps)
{
	parse_factor(ps);
	for (;;) {
		char op;
		skip_space(ps);
		op = *ps->p;
		if (ps->failed || (op != '*' && op != '/'))
			return;
		ps->p++;
		parse_factor(ps);
		emit(ps, op == '*' ? EXPR_MUL : EXPR_DIV, 0, 0);
	}
}

static void
parse_expr(struct parser *ps)
{
	parse_term(ps);
	for (;;) {
		char op;
		skip_space(ps);
		op = *ps->p;
		if (ps->failed || (op != '+' && op != '-'))
			return;
		ps->p++;
		parse_term(ps);
		emit(ps, op == '+' ? EXPR_ADD : EXPR_SUB, 0, 0);
	}
}

/* The code when a side is one indicator with no lag, else NULL. */
static const char *
bare(const struct formula *f, const struct expr *e)
{
	if (e->nops == 1 && e->ops[0].op == EXPR_VAR &&
	    f->vars[e->ops[0].var].lag == 0)
		return f->vars[e->ops[0].var].code;
	return NULL;
}

int
formula_parse(const char *text, const struct yp_config *cfg,
    struct formula *f, char *err, size_t errsz)
{
	struct parser ps = { 0 };

	memset(f, 0, sizeof *f);
	ps.text = ps.p = text;
	ps.cfg = cfg;
	ps.f = f;
	ps.err = err;
	ps.errsz = errsz;
	ps.out = &f->left;
	parse_expr(&ps);
	skip_space(&ps);
	if (!ps.failed && *ps.p != '=')
		fail(&ps, "a formula is LEFT = RIGHT");
	if (!ps.failed) {
		ps.p++;
		ps.out = &f->right;
		ps.cap = 0;
		parse_expr(&ps);
		skip_space(&ps);
		if (!ps.failed && *ps.p)
			fail(&ps, "unexpected text after the formula");
	}
	if (ps.failed) {
		formula_free(f);
		return -1;
	}
	f->lone = bare(f, &f->right);
	if (!f->lone)
		f->lone = bare(f, &f->left);
	return 0;
}

void
formula_free(struct formula *f)
{
	free(f->left.ops);
	free(f->right.ops);
	free(f->vars);
	memset(f, 0, sizeof *f);
}

int
expr_eval(const struct expr *e, const double *vals, double *out)
{
	double stack[64], *heap = NULL, *s = stack;
	size_t i, top = 0;
	int ok;

	if (e->nops > 64)
		s = heap = xmalloc(e->nops * sizeof *heap);
	for (i = 0; i < e->nops; i++) {
		const struct expr_op *op = &e->ops[i];
		switch (op->op) {
		case EXPR_NUM: s[top++] = op->num; break;
		case EXPR_VAR: s[top++] = vals[op->var]; break;
		case EXPR_NEG: s[top - 1] = -s[top - 1]; break;
		case EXPR_ADD: top--; s[top - 1] += s[top]; break;
		case EXPR_SUB: top--; s[top - 1] -= s[top]; break;
		case EXPR_MUL: top--; s[top - 1] *= s[top]; break;
		case EXPR_DIV: top--; s[top - 1] /= s[top]; break;
		}
	}
	*out = s[0];
	ok = top == 1 && isfinite(*out);
	free(heap);
	return ok;
}
