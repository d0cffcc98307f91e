/* yp-clean: the formulas of identity and derived-ratio rules. */
#ifndef YP_CLEAN_EXPR_H
#define YP_CLEAN_EXPR_H

#include <stddef.h>

#include "cfg.h"

/* A formula is "LEFT = RIGHT", each side an arithmetic expression over
 * numbers and indicator codes: + - * / ( ), unary minus, code[-1] for
 * the previous year's value, and sum(PATTERN) for the sum of every
 * indicator in config/indicators.csv whose code matches the shell
 * pattern (sum(pop.age5.*)).  A side is compiled to postfix code. */
enum expr_opcode { EXPR_NUM, EXPR_VAR, EXPR_ADD, EXPR_SUB, EXPR_MUL,
	EXPR_DIV, EXPR_NEG };

struct expr_op {
	enum expr_opcode op;
	double num;		/* EXPR_NUM */
	size_t var;		/* EXPR_VAR: index into formula.vars */
};

struct expr {
	struct expr_op *ops;
	size_t nops;
};

/* A value a formula reads: an indicator, lag years back (0 or more). */
struct expr_var {
	const char *code;	/* the indicator's code in the config */
	int lag;
};

struct formula {
	struct expr left, right;
	struct expr_var *vars;	/* each (code, lag) once, in order of use */
	size_t nvars;
	const char *lone;	/* the code when a side is one bare indicator
				 * (the right side preferred), else NULL */
};

/* Compile text.  Returns 0, or -1 with a message in err (errsz bytes)
 * saying what is wrong (unknown indicator, a pattern that matches none,
 * a syntax error and where). */
int formula_parse(const char *text, const struct yp_config *cfg,
	struct formula *f, char *err, size_t errsz);
void formula_free(struct formula *f);

/* Evaluate one side with vals[i] the value of vars[i].  Returns 1, or 0
 * when the result is not a finite number (a division by zero). */
int expr_eval(const struct expr *e, const double *vals, double *out);

#endif
