# A small expression tokenizer and recursive-descent evaluator
def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            tokens.append(("num", int(s[i:j])))
            i = j
        elif c in "+-*/()":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError("bad char " + c)
    return tokens
class Parser:
    def __init__(self, tokens):
        self.t = tokens
        self.i = 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.atom()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            v = v * self.atom() if op == "*" else v // self.atom()
        return v
    def atom(self):
        kind, val = self.take()
        if val == "(":
            v = self.expr()
            self.take()
            return v
        if val == "-":
            return -self.atom()
        return val
for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - -3", "2 * (3 + 4) * 5", "12345678901234567890 * 98765"]:
    print(src, "=", Parser(tokenize(src)).expr())
print(tokenize("3+(4)"))
try:
    tokenize("1 $ 2")
except SyntaxError as e:
    print("SyntaxError", e)
