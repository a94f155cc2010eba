"""The program generator: 2-4 random chunks (chunks_data.py, chunks_code.py),
each at module level or inside a function, after a `show` helper; some
programs end with an uncaught exception or sys.exit(n) on purpose.
Program I of seed S is always the same text: its generator is seeded
with "S:I"."""
import random

from .chunks_code import CodeChunks
from .chunks_data import DataChunks


class Gen(DataChunks, CodeChunks):
    KINDS = ["int", "int_loop", "float", "str", "format", "list", "dict", "tuple", "loops",
             "funcs", "closure", "class", "exc", "gen", "comp", "flow", "flow", "misc"]

    def program(self):
        rng = self.rng
        lines = ["# difftest program", "def show(label, f):", "    try:", "        v = f()", "    except Exception as e:",
                 "        print(label, 'raised', type(e).__name__)", "    else:", "        print(label, v)"]
        nchunks = rng.randint(2, 4)
        for n in range(nchunks):
            kind = self.pick(self.KINDS)
            body = getattr(self, "c_" + kind)(n)
            lines.append(f"print('== chunk {n} {kind}')")
            if rng.random() < 0.6:
                lines.append(f"def chunk{n}():")
                lines += ["    " + l for l in body]
                lines.append(f"chunk{n}()")
            else:
                lines += body
        r = rng.random()
        if r < 0.06:
            lines += ["class Final(Exception):", "    pass", "def boom():", "    raise Final('end')", "print('raising')", "boom()"]
        elif r < 0.1:
            lines.append(self.pick(["[][0]", "{}['k']", "int('z')", "1 // 0", "None.attr", "undefined_name"]))
        elif r < 0.12:
            lines += ["import sys", f"sys.exit({rng.randint(0, 5)})"]
        if r < 0.12:
            lines[0] = "# difftest program (ends early)"
        lines.append("print('end')")
        return "\n".join(lines) + "\n"


def generate(seed, index):
    return Gen(random.Random(f"{seed}:{index}")).program()
