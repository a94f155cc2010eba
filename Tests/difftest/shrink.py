"""Shrinking of a failing program: statement lists of its AST are deleted
in chunks, then one by one, and compound statements are replaced by their
bodies, as long as the candidate still fails the same way."""
import ast


def stmt_lists(tree):
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            lst = getattr(node, field, None)
            if isinstance(lst, list) and lst and isinstance(lst[0], ast.stmt):
                yield node, field
        if isinstance(node, ast.Try):
            pass  # handlers' bodies are reached by ast.walk (ExceptHandler.body)


def shrink(source, keep, log=lambda s: None):
    """Greedy reduction of `source` while keep(candidate_source) holds."""
    tested = {}
    tree = ast.parse(source)
    current = [ast.unparse(tree) + "\n"]

    def ok():
        # True only for a new, smaller program that still fails the same way.
        try:
            src = ast.unparse(tree) + "\n"
        except Exception:
            return False
        if src == current[0] or len(src) >= len(current[0]):
            return False
        if src not in tested:
            tested[src] = keep(src)
        if tested[src]:
            current[0] = src
            log(f"  shrink: {len(src.splitlines())} lines")
        return tested[src]

    changed = True
    while changed:
        changed = False
        # Pass 1: delete runs of statements, big runs first (outer lists
        # first, so statements inside deleted code are not tried).
        for node, field in list(stmt_lists(tree)):
            if not attached(tree, node):
                continue
            lst = getattr(node, field)
            size = max(1, len(lst) // 2)
            while size >= 1:
                i = len(lst) - size
                while i >= 0:
                    lst = getattr(node, field)
                    cand = lst[:i] + lst[i + size:]
                    if not cand:
                        cand = [ast.Pass()]
                    setattr(node, field, cand)
                    if ok():
                        changed = True
                    else:
                        setattr(node, field, lst)
                    i -= size
                lst = getattr(node, field)
                size //= 2
        # Pass 2: replace a compound statement by its body.
        for node, field in list(stmt_lists(tree)):
            if not attached(tree, node):
                continue
            lst = getattr(node, field)
            i = 0
            while i < len(lst):
                s = lst[i]
                if isinstance(s, (ast.If, ast.For, ast.While, ast.Try, ast.With)) and s.body:
                    setattr(node, field, lst[:i] + s.body + lst[i + 1:])
                    if ok():
                        changed = True
                        lst = getattr(node, field)
                        continue
                    setattr(node, field, lst)
                i += 1
    return current[0]


def attached(tree, node):
    return any(n is node for n in ast.walk(tree))

