"""Reference values for test/engine/deterministic-math.test.ts: each function at
arguments spread over the ranges the model uses, correctly rounded to double
precision by mpmath at 60 significant digits. Run by hand when the arguments
change: python3 (with mpmath) scripts/elementary-reference.py > test/engine/fixtures/elementary-reference.json
"""
import json
import random
import mpmath

mpmath.mp.dps = 60
rng = random.Random(20261207)


def rounded(value):
    return float(mpmath.mpf(value))


def table(name, args, fn):
    return {"function": name, "cases": [[repr(a), repr(rounded(fn(*map(mpmath.mpf, a))))] for a in args]}


uniforms = [rng.random() for _ in range(300)] + [2.0 ** -32, 1 - 2.0 ** -32, 0.5, 1e-300]
ln_args = [(u,) for u in uniforms] + [(rng.uniform(1, 1e6),) for _ in range(200)] + [(2.0,), (10.0,), (1e300,)]
exp_args = [(rng.uniform(-700, 700),) for _ in range(200)] + [(rng.uniform(-20, 20),) for _ in range(300)] + [(0.0,), (1.0,), (-1.0,)]
pow_args = [(rng.random(), 1 / rng.uniform(0.05, 1)) for _ in range(200)] + [(rng.uniform(0.1, 10), rng.uniform(-3, 3)) for _ in range(300)] + [(2.0, 0.5), (10.0, -2.0)]
cos_args = [(rng.uniform(-10, 10),) for _ in range(300)] + [(rng.uniform(-1e4, 1e4),) for _ in range(200)] + [(0.0,), (3.141592653589793,)]
tan_args = [(rng.uniform(-1.5, 1.5),) for _ in range(300)] + [(rng.uniform(0, 3.141592653589793 / 2),) for _ in range(200)]

print(json.dumps([
    table("ln", ln_args, mpmath.log),
    table("exp", exp_args, mpmath.exp),
    table("pow", pow_args, mpmath.power),
    table("cos", cos_args, mpmath.cos),
    table("tan", tan_args, mpmath.tan),
], indent=None, separators=(",", ":")))
