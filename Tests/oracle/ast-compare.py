#!/usr/bin/env python3
"""Differential test of mpy-native's parser against CPython's `ast` module.

For every Python file that both CPython (`ast.parse`) and mpy-native accept,
CPython's tree is rendered in the exact text format of `mpy-native --dump ast`
(without source positions), our dump is taken with its ` @L:C-L:C` position
suffixes removed, and the two texts are compared line by line.

Default corpus: the standard library of the `python3` running this script
(`sysconfig.get_paths()["stdlib"]`, without site-packages). Exit status 1 when
any file's trees differ.

Usage:
  Tests/oracle/ast-compare.py [FILE ...] [--binary PATH] [--limit N] [--show N]
                         [--jobs N] [--no-scopes]
"""
import argparse
import ast
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
import time
import warnings

from pycorpus import stdlib_files

POSITION = re.compile(r" @\d+:\d+-\d+:\d+$")
SCOPES = re.compile(r" scopes?=\d+")

BINOPS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/",
    ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<",
    ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^", ast.BitAnd: "&",
}
UNARYOPS = {ast.Invert: "~", ast.Not: "not", ast.UAdd: "+", ast.USub: "-"}
BOOLOPS = {ast.And: "and", ast.Or: "or"}
CMPOPS = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
    ast.GtE: ">=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in",
    ast.NotIn: "not in",
}
CONVERSIONS = {-1: None, ord("r"): "r", ord("s"): "s", ord("a"): "a"}

SCOPE_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda,
               ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


# ---------------------------------------------------------------------------
# Scope numbering: the order in which our parser hands out scope ids.

def _pos(node):
    return (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))


def _in_source_order(nodes):
    """Call arguments and keywords interleave in the source; sort them by
    position (stable, so nodes without one keep their relative order)."""
    return sorted(nodes, key=_pos)


class ScopeNumberer:
    """Walks a CPython tree in the order mpy-native's recursive-descent parser
    consumes it and records the scope id each scope-opening node gets:

    - def / async def / class: right after the name, so decorators come
      first and parameters, defaults, bases, annotations and body after;
    - lambda: at the `lambda` keyword, before its parameters and body;
    - comprehensions and generator expressions: at the first `for`, after
      the element (key and value for a dict) has been parsed;
    - inside f-strings: fields in order, each value before its format spec.
    """

    def __init__(self):
        self.next = 1
        self.ids = {}

    def take(self, node):
        self.ids[id(node)] = self.next
        self.next += 1

    def visit(self, node):
        if node is None:
            return
        if isinstance(node, list):
            for n in node:
                if isinstance(n, ast.AST):
                    self.visit(n)
            return
        method = getattr(self, "visit_" + type(node).__name__, None)
        if method is not None:
            method(node)
        else:
            for field in node._fields:
                value = getattr(node, field, None)
                if isinstance(value, (ast.AST, list)):
                    self.visit(value)

    def visit_FunctionDef(self, node):
        self.visit(node.decorator_list)
        self.take(node)
        self.visit(node.args)
        self.visit(node.returns)
        self.visit(node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self.visit(node.decorator_list)
        self.take(node)
        self.visit(_in_source_order(node.bases + node.keywords))
        self.visit(node.body)

    def visit_Lambda(self, node):
        self.take(node)
        self.visit(node.args)
        self.visit(node.body)

    def visit_arguments(self, a):
        positional = a.posonlyargs + a.args
        first_default = len(positional) - len(a.defaults)
        for k, arg in enumerate(positional):
            self.visit(arg.annotation)
            if k >= first_default:
                self.visit(a.defaults[k - first_default])
        if a.vararg:
            self.visit(a.vararg.annotation)
        for arg, default in zip(a.kwonlyargs, a.kw_defaults):
            self.visit(arg.annotation)
            self.visit(default)
        if a.kwarg:
            self.visit(a.kwarg.annotation)

    def _comprehension(self, node, heads):
        for h in heads:
            self.visit(h)
        self.take(node)
        for g in node.generators:
            self.visit(g.target)
            self.visit(g.iter)
            self.visit(g.ifs)

    def visit_ListComp(self, node):
        self._comprehension(node, [node.elt])

    visit_SetComp = visit_GeneratorExp = visit_ListComp

    def visit_DictComp(self, node):
        self._comprehension(node, [node.key, node.value])

    def visit_IfExp(self, node):
        self.visit(node.body)
        self.visit(node.test)
        self.visit(node.orelse)

    def visit_Dict(self, node):
        for k, v in zip(node.keys, node.values):
            self.visit(k)
            self.visit(v)

    def visit_Call(self, node):
        self.visit(node.func)
        self.visit(_in_source_order(node.args + node.keywords))


# ---------------------------------------------------------------------------
# Rendering a CPython tree in mpy-native's dump format (no positions).

def float_repr(x):
    return repr(float(x))


def constant_repr(v):
    if v is None:
        return "None"
    if v is Ellipsis:
        return "Ellipsis"
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return float_repr(v)
    if isinstance(v, complex):
        # The parser only makes pure imaginary literals; PythonRepr prints
        # repr(float(imag)) without a trailing ".0", then "j" (as repr does).
        r = float_repr(v.imag)
        if r.endswith(".0"):
            r = r[:-2]
        return r + "j"
    if isinstance(v, (str, bytes)):
        return repr(v)
    if isinstance(v, tuple):
        if len(v) == 1:
            return "(" + constant_repr(v[0]) + ",)"
        return "(" + ", ".join(constant_repr(x) for x in v) + ")"
    raise TypeError(f"unexpected constant {v!r}")


class Renderer:
    def __init__(self, scopes):
        self.scopes = scopes
        self.out = []

    def line(self, i, text):
        self.out.append("  " * i + text)

    def scope(self, node):
        return self.scopes.get(id(node), "?")

    # helpers mirroring ASTDump's label / block
    def label(self, i, name, e):
        if e is None:
            return
        if isinstance(e, list):
            if not e:
                return
            self.line(i, name + ":")
            for x in e:
                self.expr(i + 1, x)
        else:
            self.line(i, name + ":")
            self.expr(i + 1, e)

    def block(self, i, name, body):
        if not body:
            return
        self.line(i, name + ":")
        self.stmts(i + 1, body)

    def stmts(self, i, body):
        for s in body:
            self.stmt(i, s)

    @staticmethod
    def alias(a):
        return a.name + (" as " + a.asname if a.asname else "")

    def stmt(self, i, s):
        t = type(s)
        if t is ast.Expr:
            self.line(i, "Expr")
            self.expr(i + 1, s.value)
        elif t is ast.Assign:
            self.line(i, "Assign")
            self.label(i + 1, "targets", s.targets)
            self.label(i + 1, "value", s.value)
        elif t is ast.AugAssign:
            self.line(i, f"AugAssign {BINOPS[type(s.op)]}=")
            self.expr(i + 1, s.target)
            self.expr(i + 1, s.value)
        elif t is ast.AnnAssign:
            self.line(i, "AnnAssign simple" if s.simple else "AnnAssign")
            self.label(i + 1, "target", s.target)
            self.label(i + 1, "annotation", s.annotation)
            self.label(i + 1, "value", s.value)
        elif t is ast.Delete:
            self.line(i, "Delete")
            for x in s.targets:
                self.expr(i + 1, x)
        elif t is ast.Pass:
            self.line(i, "Pass")
        elif t is ast.Break:
            self.line(i, "Break")
        elif t is ast.Continue:
            self.line(i, "Continue")
        elif t is ast.Return:
            self.line(i, "Return")
            if s.value is not None:
                self.expr(i + 1, s.value)
        elif t is ast.Raise:
            self.line(i, "Raise")
            self.label(i + 1, "exc", s.exc)
            self.label(i + 1, "cause", s.cause)
        elif t is ast.Global:
            self.line(i, "Global " + ", ".join(s.names))
        elif t is ast.Nonlocal:
            self.line(i, "Nonlocal " + ", ".join(s.names))
        elif t is ast.Assert:
            self.line(i, "Assert")
            self.label(i + 1, "test", s.test)
            self.label(i + 1, "msg", s.msg)
        elif t is ast.Import:
            self.line(i, "Import " + ", ".join(map(self.alias, s.names)))
        elif t is ast.ImportFrom:
            mod = "." * (s.level or 0) + (s.module or "")
            self.line(i, f"ImportFrom {mod} names=" + ", ".join(map(self.alias, s.names)))
        elif t in (ast.If, ast.While):
            self.line(i, t.__name__)
            self.label(i + 1, "test", s.test)
            self.block(i + 1, "body", s.body)
            self.block(i + 1, "else", s.orelse)
        elif t in (ast.For, ast.AsyncFor):
            self.line(i, t.__name__)
            self.label(i + 1, "target", s.target)
            self.label(i + 1, "iter", s.iter)
            self.block(i + 1, "body", s.body)
            self.block(i + 1, "else", s.orelse)
        elif t in (ast.With, ast.AsyncWith):
            self.line(i, t.__name__)
            for item in s.items:
                self.line(i + 1, "item:")
                self.expr(i + 2, item.context_expr)
                self.label(i + 2, "as", item.optional_vars)
            self.block(i + 1, "body", s.body)
        elif t is ast.Try:
            self.line(i, "Try")
            self.block(i + 1, "body", s.body)
            for h in s.handlers:
                self.line(i + 1, "ExceptHandler" + (" as " + h.name if h.name else ""))
                self.label(i + 2, "type", h.type)
                self.block(i + 2, "body", h.body)
            self.block(i + 1, "else", s.orelse)
            self.block(i + 1, "finally", s.finalbody)
        elif t in (ast.FunctionDef, ast.AsyncFunctionDef):
            self.line(i, f"{t.__name__} {s.name} scope={self.scope(s)}")
            self.label(i + 1, "decorators", s.decorator_list)
            self.params(i + 1, s.args)
            self.label(i + 1, "returns", s.returns)
            self.block(i + 1, "body", s.body)
        elif t is ast.ClassDef:
            self.line(i, f"ClassDef {s.name} scope={self.scope(s)}")
            self.label(i + 1, "decorators", s.decorator_list)
            self.label(i + 1, "bases", s.bases)
            self.keywords(i + 1, s.keywords)
            self.block(i + 1, "body", s.body)
        else:
            # Match, TryStar and anything newer: we reject these, so the file
            # is never compared; render something recognisable anyway.
            self.line(i, f"<unsupported {t.__name__}>")

    def params(self, i, a):
        if not (a.posonlyargs or a.args or a.vararg or a.kwonlyargs or a.kwarg):
            return
        self.line(i, "params:")

        def param(kind, p):
            self.line(i + 1, f"{kind} {p.arg}")
            self.label(i + 2, "annotation", p.annotation)

        for p in a.posonlyargs:
            param("posonly", p)
        for p in a.args:
            param("arg", p)
        if a.vararg:
            param("vararg", a.vararg)
        for p, d in zip(a.kwonlyargs, a.kw_defaults):
            param("kwonly", p)
            self.label(i + 2, "default", d)
        if a.kwarg:
            param("kwarg", a.kwarg)
        self.label(i + 1, "defaults", a.defaults)

    def keywords(self, i, kws):
        for k in kws:
            self.line(i, f"keyword {k.arg if k.arg is not None else '**'}")
            self.expr(i + 1, k.value)

    def comprehensions(self, i, gens):
        for g in gens:
            self.line(i, "async for:" if g.is_async else "for:")
            self.expr(i + 1, g.target)
            self.line(i, "in:")
            self.expr(i + 1, g.iter)
            self.label(i, "if", g.ifs)

    def expr(self, i, e):
        t = type(e)
        if t is ast.Name:
            self.line(i, f"Name {e.id}")
        elif t is ast.Constant:
            self.line(i, f"Constant {constant_repr(e.value)}")
        elif t is ast.JoinedStr:
            self.line(i, "JoinedStr")
            for p in e.values:
                self.expr(i + 1, p)
        elif t is ast.FormattedValue:
            conv = CONVERSIONS[e.conversion]
            self.line(i, "FormattedValue" + (f" !{conv}" if conv else ""))
            self.expr(i + 1, e.value)
            self.label(i + 1, "spec", e.format_spec)
        elif t in (ast.Tuple, ast.List, ast.Set):
            self.line(i, t.__name__)
            for x in e.elts:
                self.expr(i + 1, x)
        elif t is ast.Dict:
            self.line(i, "Dict")
            for k, v in zip(e.keys, e.values):
                if k is not None:
                    self.line(i + 1, "key:")
                    self.expr(i + 2, k)
                    self.line(i + 1, "value:")
                else:
                    self.line(i + 1, "unpack:")
                self.expr(i + 2, v)
        elif t is ast.Attribute:
            self.line(i, f"Attribute .{e.attr}")
            self.expr(i + 1, e.value)
        elif t is ast.Subscript:
            self.line(i, "Subscript")
            self.expr(i + 1, e.value)
            self.expr(i + 1, e.slice)
        elif t is ast.Slice:
            self.line(i, "Slice")
            self.label(i + 1, "lower", e.lower)
            self.label(i + 1, "upper", e.upper)
            self.label(i + 1, "step", e.step)
        elif t is ast.Starred:
            self.line(i, "Starred")
            self.expr(i + 1, e.value)
        elif t is ast.Call:
            self.line(i, "Call")
            self.expr(i + 1, e.func)
            self.label(i + 1, "args", e.args)
            self.keywords(i + 1, e.keywords)
        elif t is ast.UnaryOp:
            self.line(i, f"UnaryOp {UNARYOPS[type(e.op)]}")
            self.expr(i + 1, e.operand)
        elif t is ast.BinOp:
            self.line(i, f"BinOp {BINOPS[type(e.op)]}")
            self.expr(i + 1, e.left)
            self.expr(i + 1, e.right)
        elif t is ast.BoolOp:
            self.line(i, f"BoolOp {BOOLOPS[type(e.op)]}")
            for v in e.values:
                self.expr(i + 1, v)
        elif t is ast.Compare:
            self.line(i, "Compare " + " ".join(CMPOPS[type(o)] for o in e.ops))
            self.expr(i + 1, e.left)
            for v in e.comparators:
                self.expr(i + 1, v)
        elif t is ast.IfExp:
            self.line(i, "IfExp")
            self.label(i + 1, "test", e.test)
            self.label(i + 1, "body", e.body)
            self.label(i + 1, "else", e.orelse)
        elif t is ast.Lambda:
            self.line(i, f"Lambda scope={self.scope(e)}")
            self.params(i + 1, e.args)
            self.label(i + 1, "body", e.body)
        elif t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
            self.line(i, f"{t.__name__} scope={self.scope(e)}")
            self.expr(i + 1, e.elt)
            self.comprehensions(i + 1, e.generators)
        elif t is ast.DictComp:
            self.line(i, f"DictComp scope={self.scope(e)}")
            self.label(i + 1, "key", e.key)
            self.label(i + 1, "value", e.value)
            self.comprehensions(i + 1, e.generators)
        elif t is ast.NamedExpr:
            self.line(i, f"NamedExpr {e.target.id}")
            self.expr(i + 1, e.value)
        elif t is ast.Await:
            self.line(i, "Await")
            self.expr(i + 1, e.value)
        elif t is ast.Yield:
            self.line(i, "Yield")
            if e.value is not None:
                self.expr(i + 1, e.value)
        elif t is ast.YieldFrom:
            self.line(i, "YieldFrom")
            self.expr(i + 1, e.value)
        else:
            self.line(i, f"<unsupported {t.__name__}>")


def render_cpython(tree):
    numberer = ScopeNumberer()
    numberer.visit(tree.body)
    r = Renderer(numberer.ids)
    r.line(0, f"Module scopes={numberer.next}")
    r.stmts(1, tree.body)
    return r.out


# ---------------------------------------------------------------------------
# Driver.

def run_ours(binary, path):
    """Our dump without positions, or None when our front end rejects the file."""
    try:
        proc = subprocess.run([binary, "--dump", "ast", path], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, (err[0] if err else f"exit status {proc.returncode}")
    text = proc.stdout.decode("utf-8", "replace")
    return [POSITION.sub("", ln) for ln in text.splitlines()], None


def parse_cpython(path):
    try:
        with open(path, "rb") as fh:
            source = fh.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(source, path), None
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        return None, f"{type(e).__name__}: {e}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", help="files to compare (default: the stdlib of this python3)")
    ap.add_argument("--binary", default=None, help="mpy-native executable (default: .build/debug/mpy-native)")
    ap.add_argument("--limit", type=int, default=None, help="compare at most N files")
    ap.add_argument("--show", type=int, default=3, help="print a unified diff for the first N mismatches")
    ap.add_argument("--jobs", type=int, default=2, help="mpy-native processes run at once (default 2)")
    ap.add_argument("--no-scopes", action="store_true", help="ignore scope=N / scopes=N in the comparison")
    ap.add_argument("--context", type=int, default=3, help="context lines in the unified diffs")
    ap.add_argument("--verbose", action="store_true",
                    help="list files only one side rejects (always done for explicit files)")
    args = ap.parse_args()

    binary = args.binary
    if binary is None:
        here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        binary = os.path.join(here, ".build", "debug", "mpy-native")
    if not os.access(binary, os.X_OK):
        print(f"ast-compare: no executable at {binary}", file=sys.stderr)
        return 2

    files = args.files or stdlib_files()
    if args.limit is not None:
        files = files[:args.limit]

    started = time.time()
    stats = {"compared": 0, "identical": 0, "cpython_only": 0, "ours_only": 0, "both_rejected": 0}
    mismatches = []  # (path, expected, ours)
    one_sided = []  # (path, who rejects it, error)

    # Our dumps run in a small pool of processes while this thread parses and
    # renders the CPython side.
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_ours, binary, f) for f in files]
        for path, fut in zip(files, futures):
            tree, cp_err = parse_cpython(path)
            expected = render_cpython(tree) if tree is not None else None
            ours, our_err = fut.result()
            if expected is None and ours is None:
                stats["both_rejected"] += 1
                continue
            if expected is None:
                stats["ours_only"] += 1
                one_sided.append((path, "CPython only", cp_err))
                continue
            if ours is None:
                stats["cpython_only"] += 1
                one_sided.append((path, "mpy-native only", our_err))
                continue
            stats["compared"] += 1
            if args.no_scopes:
                expected = [SCOPES.sub("", ln) for ln in expected]
                ours = [SCOPES.sub("", ln) for ln in ours]
            if expected == ours:
                stats["identical"] += 1
            else:
                mismatches.append((path, expected, ours))

    for k, (path, expected, ours) in enumerate(mismatches):
        n = next((j for j, (a, b) in enumerate(zip(expected, ours)) if a != b), min(len(expected), len(ours)))
        exp_line = expected[n] if n < len(expected) else "<end of dump>"
        our_line = ours[n] if n < len(ours) else "<end of dump>"
        print(f"MISMATCH {path}: dump line {n + 1}")
        print(f"  expected: {exp_line.strip()}")
        print(f"  ours:     {our_line.strip()}")
        if k < args.show:
            diff = difflib.unified_diff(expected, ours, "cpython", "mpy-native", n=args.context, lineterm="")
            for ln in diff:
                print("    " + ln)

    if args.verbose or args.files:
        for path, who, err in one_sided:
            print(f"REJECTED by {who}: {path}: {err}")

    elapsed = time.time() - started
    print(f"files: {len(files)}; both parse: {stats['compared']}; "
          f"rejected by both: {stats['both_rejected']}; "
          f"rejected only by mpy-native: {stats['cpython_only']}; "
          f"rejected only by CPython: {stats['ours_only']} ({elapsed:.1f}s)")
    print(f"compared: {stats['compared']}, identical: {stats['identical']}, mismatching: {len(mismatches)}")
    print(f"ast-compare: {stats['identical']} passed, {len(mismatches)} failed")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
