"""Independent reference values (mpmath, 30 digits) for the predictive engine's golden vectors.

Writes force-app/main/default/lwc/valueEngine/__tests__/predictiveGoldenVectors.json as
[{"function": name, "args": [...], "expected": value}], the engine functions called with plain-data arguments.
Run: python3 scripts/models/goldenVectors.py  (needs mpmath). Formulas: docs/MODELS.md.
"""
import json
import math
import os
from mpmath import mp, mpf, loggamma, log, exp, hyp2f1, beta as mbeta, ceil

mp.dps = 30
DAYS = {"day": 1, "week": 7, "month": 30.4375, "year": 365.25}
STEP = mpf("1e-4")
Z95 = mpf("1.959963984540054")


def conv(value, unit, to):
    return mpf(value) * DAYS[unit] / DAYS[to] if value > 0 else mpf(0)


def lbeta(a, b):
    return loggamma(a) + loggamma(b) - loggamma(a + b)


def p_alive(p, c):
    r, al, a, b = (mpf(p[k]) for k in ("r", "alpha", "a", "b"))
    x = mpf(c["frequency"])
    T = conv(c["age"], c["timeUnit"], p["timeUnit"])
    tx = min(conv(c["recency"], c["timeUnit"], p["timeUnit"]), T)
    if x <= 0:
        return mpf(1)
    return 1 / (1 + (a / (b + x - 1)) * ((al + T) / (al + tx)) ** (r + x))


def alive_expect(r, al, a, b, t):
    if t <= 0:
        return mpf(0)
    if a == 1:
        # Removable singularity at a = 1: the limit, from both sides 1e-12 away (30 digits leave 18 after cancelling).
        return (alive_expect(r, al, 1 - mpf("1e-12"), b, t) + alive_expect(r, al, 1 + mpf("1e-12"), b, t)) / 2
    return (a + b - 1) / (a - 1) * (1 - (al / (al + t)) ** r * hyp2f1(r, b, a + b - 1, t / (al + t), maxterms=10**6))


def cond_expect(p, c, d):
    r, al, a, b = (mpf(p[k]) for k in ("r", "alpha", "a", "b"))
    x = mpf(c["frequency"])
    T = conv(c["age"], c["timeUnit"], p["timeUnit"])
    t = conv(d["value"], d["unit"], p["timeUnit"])
    return p_alive(p, c) * alive_expect(r + x, al + T, a, b + x, t)


def bg_ll(p, c):
    r, al, a, b = (mpf(p[k]) for k in ("r", "alpha", "a", "b"))
    x = mpf(c["frequency"])
    T = conv(c["age"], c["timeUnit"], p["timeUnit"])
    tx = min(conv(c["recency"], c["timeUnit"], p["timeUnit"]), T)
    a1 = loggamma(r + x) - loggamma(r) + r * log(al)
    a2 = lbeta(a, b + x) - lbeta(a, b)
    term = exp(-(r + x) * log(al + T))
    if x > 0:
        term += exp(log(a) - log(b + x - 1) - (r + x) * log(al + tx))
    return a1 + a2 + log(term)


def p_purchases(p, d, n):
    r, al, a, b = (mpf(p[k]) for k in ("r", "alpha", "a", "b"))
    t = conv(d["value"], d["unit"], p["timeUnit"])
    nb = lambda j: exp(loggamma(r + j) - loggamma(r) - loggamma(j + 1)) * (al / (al + t)) ** r * (t / (al + t)) ** j
    v = exp(lbeta(a, b + n) - lbeta(a, b)) * nb(n)
    if n > 0:
        v += exp(lbeta(a + 1, b + n - 1) - lbeta(a, b)) * (1 - sum(nb(j) for j in range(n)))
    return v


def gg_spend(g, c):
    p, q, ga = mpf(g["p"]), mpf(g["q"]), mpf(g["gamma"])
    x, z = mpf(c["frequency"]), mpf(c["meanSpend"])
    return p * (ga + x * z) / (p * x + q - 1)


def gg_ll(g, c):
    p, q, ga = mpf(g["p"]), mpf(g["q"]), mpf(g["gamma"])
    x, z = mpf(c["frequency"]), mpf(c["meanSpend"])
    px = p * x
    return loggamma(px + q) - loggamma(px) - loggamma(q) + q * log(ga) + (px - 1) * log(z) + px * log(x) - (px + q) * log(ga + x * z)


def sbg_s(s, t):
    return exp(lbeta(mpf(s["alpha"]), mpf(s["beta"]) + t) - lbeta(mpf(s["alpha"]), mpf(s["beta"])))


def sbg_r(s, t):
    return (mpf(s["beta"]) + t - 1) / (mpf(s["alpha"]) + mpf(s["beta"]) + t - 1)


def sbg_churn(s, t):
    return exp(lbeta(mpf(s["alpha"]) + 1, mpf(s["beta"]) + t - 1) - lbeta(mpf(s["alpha"]), mpf(s["beta"])))


def sbg_ll(s, surv):
    total = mpf(0)
    for t in range(1, len(surv)):
        total += (surv[t - 1] - surv[t]) * log(sbg_churn(s, t))
    return total + surv[-1] * log(sbg_s(s, len(surv) - 1))


def sbg_derl(s, renewals, annual):
    al, be = mpf(s["alpha"]), mpf(s["beta"])
    n = renewals + 1
    d = exp(mpf(DAYS[s["periodUnit"]]) / mpf("365.25") * log(1 + mpf(annual))) - 1
    return (be + n - 1) / (al + be + n - 1) * hyp2f1(1, be + n, al + be + n, 1 / (1 + d))


def clv(bg, gg, c, o):
    H = conv(o["horizon"]["value"], o["horizon"]["unit"], bg["timeUnit"])
    months = conv(o["horizon"]["value"], o["horizon"]["unit"], "month")
    steps = min(max(int(ceil(months - mpf("1e-9"))), 1), 120)
    years = mpf(DAYS[bg["timeUnit"]]) / mpf("365.25")
    prev, total = mpf(0), mpf(0)
    bc = {k: c[k] for k in ("frequency", "recency", "age", "timeUnit")}
    for k in range(1, steps + 1):
        t = H if k == steps else k * H / steps
        e = cond_expect(bg, bc, {"value": t, "unit": bg["timeUnit"]})
        total += max(e - prev, 0) * exp(-log(1 + mpf(o["annualDiscountRate"])) * t * years)
        prev = max(e, prev)
    return mpf(o["marginRate"]) * gg_spend(gg, c) * total


def shifted(params, keys, i, step):
    out = dict(params)
    out[keys[i]] = float(mpf(params[keys[i]]) * exp(step))
    return out


def delta(point, ups, downs, cov, scale):
    def h(v):
        if scale == "logit":
            return log(v) - log(1 - v)
        return log(v)

    def hinv(v):
        return 1 / (1 + exp(-v)) if scale == "logit" else exp(v)

    n = len(ups)
    g = [(h(ups[i]) - h(downs[i])) / (2 * STEP) for i in range(n)]
    var = sum(g[i] * mpf(cov[i * n + j]) * g[j] for i in range(n) for j in range(n))
    sd = mp.sqrt(max(var, 0))
    deriv = point if scale == "log" else point * (1 - point)
    return {
        "estimate": point,
        "lower": hinv(h(point) - Z95 * sd),
        "upper": hinv(h(point) + Z95 * sd),
        "standardError": abs(deriv) * sd,
        "converged": True,
    }


def num(v):
    return float(v)


def main():
    bg = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426, "timeUnit": "week"}
    bg_cov = [1.0e-2 * (1 if i == j else 0.3) for i in range(4) for j in range(4)]
    bg_with_cov = dict(bg, logCovariance=bg_cov)
    bg_a_gt_1 = {"r": 0.5, "alpha": 2.0, "a": 1.7, "b": 3.5, "timeUnit": "day"}
    gg = {"p": 6.25, "q": 3.74, "gamma": 15.44}
    gg_cov = [4.0e-2 * (1 if i == j else -0.2) for i in range(3) for j in range(3)]
    sbg_high = {"alpha": 0.668, "beta": 3.806, "periodUnit": "year"}
    sbg_reg = {"alpha": 0.704, "beta": 1.182, "periodUnit": "year"}
    sbg_cov = [0.024, 0.02, 0.02, 0.043]
    customers = [
        {"frequency": 2, "recency": 30.43, "age": 38.86, "timeUnit": "week"},
        {"frequency": 0, "recency": 0, "age": 38.86, "timeUnit": "week"},
        {"frequency": 0, "recency": 0, "age": 0, "timeUnit": "week"},
        {"frequency": 1, "recency": 38.86, "age": 38.86, "timeUnit": "week"},
        {"frequency": 25, "recency": 270, "age": 272, "timeUnit": "day"},
        {"frequency": 1000, "recency": 50, "age": 52, "timeUnit": "week"},
        {"frequency": 7, "recency": 5, "age": 2000, "timeUnit": "week"},
        {"frequency": 3, "recency": 3, "age": 9, "timeUnit": "month"},
    ]
    durations = [{"value": 39, "unit": "week"}, {"value": 12, "unit": "month"}, {"value": 1, "unit": "day"}, {"value": 500, "unit": "week"}]
    vectors = []
    add = lambda f, args, expected: vectors.append({"function": f, "args": args, "expected": expected})
    for x in [1e-8, 0.3, 0.5, 1, 2.5, 10, 171.5, 1e6]:
        add("predictiveLogGamma", [x], num(loggamma(mpf(x))))
    for a, b in [(0.5, 0.5), (0.793, 2.426), (3, 1000), (1e-3, 7)]:
        add("predictiveLogBeta", [a, b], num(lbeta(mpf(a), mpf(b))))
    for a, b, c, z in [(1, 1, 2, 0.5), (0.243, 2.426, 2.219, 0.9), (2.243, 4.426, 4.219, 0.5), (1, 4.806, 5.474, 1 / 1.1), (0.5, 0.5, 1.5, 0.25)]:
        add("predictiveHypergeometric2F1", [a, b, c, z], {"value": num(hyp2f1(a, b, c, z)), "converged": True})
    for p in (bg, bg_a_gt_1):
        for c in customers:
            add("bgNbdProbabilityAlive", [p, c], num(p_alive(p, c)))
            add("bgNbdLogLikelihood", [p, c], num(bg_ll(p, c)))
            for d in durations:
                add("bgNbdConditionalExpectedTransactions", [p, c, d], num(cond_expect(p, c, d)))
        for d in durations:
            add("bgNbdExpectedTransactions", [p, d], num(alive_expect(mpf(p["r"]), mpf(p["alpha"]), mpf(p["a"]), mpf(p["b"]), conv(d["value"], d["unit"], p["timeUnit"]))))
            for n in (0, 1, 2, 5, 20, 200, 2000):
                add("bgNbdProbabilityOfPurchases", [p, d, n], num(p_purchases(p, d, n)))
    for c in [{"frequency": 1, "meanSpend": 20}, {"frequency": 6, "meanSpend": 35.5}, {"frequency": 50, "meanSpend": 2000}]:
        add("gammaGammaExpectedSpend", [gg, c], num(gg_spend(gg, c)))
        add("gammaGammaLogLikelihood", [gg, c], num(gg_ll(gg, c)))
    add("gammaGammaExpectedSpend", [gg, {"frequency": 0, "meanSpend": 0}], num(gg_spend(gg, {"frequency": 0, "meanSpend": 0})))
    for s in (sbg_high, sbg_reg):
        for t in (0, 1, 2, 7, 12, 100):
            add("sbgSurvival", [s, t], num(sbg_s(s, t)))
            if t >= 1:
                add("sbgRetentionRate", [s, t], num(sbg_r(s, t)))
                add("sbgProbabilityOfChurnAt", [s, t], num(sbg_churn(s, t)))
        for renewals, rate in [(0, 0.1), (4, 0.1), (0, 0.02)]:
            add("sbgDiscountedExpectedResidualLifetime", [s, renewals, rate], num(sbg_derl(s, renewals, rate)))
    add("sbgLogLikelihood", [sbg_high, [1000, 869, 743, 653, 593, 551, 517, 491]], num(sbg_ll(sbg_high, [1000, 869, 743, 653, 593, 551, 517, 491])))
    add("sbgLogLikelihood", [sbg_reg, [1000, 631, 468, 382, 326, 289, 262, 241]], num(sbg_ll(sbg_reg, [1000, 631, 468, 382, 326, 289, 262, 241])))
    clv_customers = [
        {"frequency": 2, "recency": 30.43, "age": 38.86, "timeUnit": "week", "meanSpend": 22.35},
        {"frequency": 0, "recency": 0, "age": 38.86, "timeUnit": "week", "meanSpend": 0},
        {"frequency": 10, "recency": 300, "age": 320, "timeUnit": "day", "meanSpend": 80},
    ]
    options = [
        {"horizon": {"value": 52, "unit": "week"}, "annualDiscountRate": 0.08, "marginRate": 0.35},
        {"horizon": {"value": 12, "unit": "month"}, "annualDiscountRate": 0.1, "marginRate": 1},
        {"horizon": {"value": 3, "unit": "year"}, "annualDiscountRate": 0.08, "marginRate": 0.5},
        {"horizon": {"value": 10, "unit": "day"}, "annualDiscountRate": 0.08, "marginRate": 1},
    ]
    for c in clv_customers:
        for o in options:
            add("clvExpectedValue", [bg, gg, c, o], num(clv(bg, gg, c, o)))
    # Estimates with their delta-method intervals (same central differences, step 1e-4 in log-parameters).
    keys = ["r", "alpha", "a", "b"]
    for c in customers[:2] + customers[3:4]:
        pt = p_alive(bg_with_cov, c)
        if pt < 1:
            ups = [p_alive(shifted(bg_with_cov, keys, i, STEP), c) for i in range(4)]
            downs = [p_alive(shifted(bg_with_cov, keys, i, -STEP), c) for i in range(4)]
            est = delta(pt, ups, downs, bg_cov, "logit")
        else:
            est = {"estimate": pt, "lower": pt, "upper": pt, "standardError": 0, "converged": True}
        add("bgNbdProbabilityAliveEstimate", [bg_with_cov, c], {k: (v if isinstance(v, bool) else num(v)) for k, v in est.items()})
    gkeys = ["p", "q", "gamma"]
    ggc = dict(gg, logCovariance=gg_cov)
    for c in [{"frequency": 1, "meanSpend": 20}, {"frequency": 6, "meanSpend": 35.5}]:
        pt = gg_spend(ggc, c)
        ups = [gg_spend(shifted(ggc, gkeys, i, STEP), c) for i in range(3)]
        downs = [gg_spend(shifted(ggc, gkeys, i, -STEP), c) for i in range(3)]
        est = delta(pt, ups, downs, gg_cov, "log")
        add("gammaGammaExpectedSpendEstimate", [ggc, c], {k: (v if isinstance(v, bool) else num(v)) for k, v in est.items()})
    skeys = ["alpha", "beta"]
    sc = dict(sbg_high, logCovariance=sbg_cov)
    for t in (1, 5, 12):
        pt = sbg_s(sc, t)
        ups = [sbg_s(shifted(sc, skeys, i, STEP), t) for i in range(2)]
        downs = [sbg_s(shifted(sc, skeys, i, -STEP), t) for i in range(2)]
        est = delta(pt, ups, downs, sbg_cov, "logit")
        add("sbgSurvivalEstimate", [sc, t], {k: (v if isinstance(v, bool) else num(v)) for k, v in est.items()})
    # Joint covariance of the seven CLV log-parameters: block-diagonal (BG/NBD 4 × 4, Gamma-Gamma 3 × 3), a missing block is zero.
    def joint(bc, gc):
        return [float(bc[i * 4 + j]) if i < 4 and j < 4 and bc else float(gc[(i - 4) * 3 + (j - 4)]) if i >= 4 and j >= 4 and gc else 0.0 for i in range(7) for j in range(7)]
    add("clvJointLogCovariance", [bg_with_cov, ggc], joint(bg_cov, gg_cov))
    add("clvJointLogCovariance", [bg_with_cov, gg], joint(bg_cov, None))
    add("clvJointLogCovariance", [bg, ggc], joint(None, gg_cov))
    add("clvJointLogCovariance", [dict(bg, logCovariance=[1.0, 2.0]), ggc], joint(None, gg_cov))
    # Heavy regime of ₂F₁: z close to 1 (long horizons in days, new customers, small α), c − a − b at or near an integer
    # (0, ±1, ±1e-4 and 1e-6 away) and large r + x — where the series in z needs thousands of terms and the engine uses
    # the connection formula in 1 − z.
    heavy_2f1 = [
        (1, 1, 2, 0.9999, 0),
        (1.3, 2.7, 4.0001, 0.99, 0),
        (1.3, 2.7, 2.0, 0.99999, 0),
        (2, 1, 2, 0.99999, 2),
        (0.5, 1.5, 3.000001, 0.9999, 0),
        (1, 1, 1.0001, 0.99999999, 1),
        (0.243, 2.426, 2.219, 0.9999, 0.243),
        (1, 100, 99.9999, 0.9762020948199721, 1),
        (37, 37, 67.62277660168368, 0.9722249227119809, 37),
        (100.5, 0.7, 1.2, 0.9995, 100.5),
        (1001, 1001.5, 1002.2, 0.99995, 1001),
        (1001, 1001, 1001.0001, 0.6, 1001),
        (200.016691231356, 0.021629444357835294, -0.8302245374120425, 0.4794397225199254, 200.016691231356),
    ]
    for a, b, c, z, k in heavy_2f1:
        w = 1 - mpf(z)
        add("predictiveScaledHypergeometric2F1", [a, b, c, z, k], {"value": num(w ** k * hyp2f1(a, b, c, 1 - w, maxterms=10**6)), "converged": True})
    heavy_bg = [
        {"r": 1, "alpha": 1, "a": 1, "b": 1, "timeUnit": "day"},
        {"r": 1, "alpha": 0.1, "a": 2, "b": 1, "timeUnit": "day"},
        {"r": 0.5, "alpha": 0.1, "a": 0.5, "b": 100, "timeUnit": "day"},
        {"r": 1, "alpha": 1, "a": 1, "b": 100, "timeUnit": "day"},
        {"r": 2.5, "alpha": 3, "a": 31.6, "b": 1, "timeUnit": "day"},
    ]
    heavy_customers = [
        {"frequency": 0, "recency": 0, "age": 0, "timeUnit": "day"},
        {"frequency": 0, "recency": 0, "age": 0.001, "timeUnit": "day"},
        {"frequency": 3, "recency": 10, "age": 10, "timeUnit": "day"},
        {"frequency": 1000, "recency": 50, "age": 52, "timeUnit": "week"},
    ]
    heavy_durations = [{"value": 40, "unit": "year"}, {"value": 10, "unit": "year"}, {"value": 3650, "unit": "day"}]
    for p in heavy_bg:
        for c in heavy_customers:
            for d in heavy_durations[:2]:
                add("bgNbdConditionalExpectedTransactions", [p, c, d], num(cond_expect(p, c, d)))
        for d in heavy_durations:
            add("bgNbdExpectedTransactions", [p, d], num(alive_expect(mpf(p["r"]), mpf(p["alpha"]), mpf(p["a"]), mpf(p["b"]), conv(d["value"], d["unit"], p["timeUnit"]))))
    heavy_clv_customers = [
        {"frequency": 0, "recency": 0, "age": 0, "timeUnit": "day", "meanSpend": 0},
        {"frequency": 1000, "recency": 50, "age": 52, "timeUnit": "week", "meanSpend": 40},
    ]
    for p in heavy_bg[:2]:
        for c in heavy_clv_customers:
            o = {"horizon": {"value": 40, "unit": "year"}, "annualDiscountRate": 0.08, "marginRate": 0.3}
            add("clvExpectedValue", [p, gg, c, o], num(clv(p, gg, c, o)))
    for t in (0.5, 1, 52, 3000):
        add("predictiveDurationIn", [{"value": t, "unit": "week"}, "day"], float(t * 7))
        add("predictiveDurationIn", [{"value": t, "unit": "month"}, "year"], num(mpf(t) * mpf("30.4375") / mpf("365.25")))
    # Purchase history → calibration summary (ClvService and the workbench): whole days over the unit's days.
    days_per = {"week": mpf(7), "month": mpf("30.4375")}
    histories = [
        ({"firstPurchase": "2022-01-15", "lastPurchase": "2026-10-01", "purchaseDays": 12, "totalAmount": 600000}, 1720, 1780, "week"),
        ({"firstPurchase": "2026-11-01", "lastPurchase": "2026-12-15", "purchaseDays": 2, "totalAmount": 1000.5}, 44, 29, "month"),
    ]
    for h, recency_days, age_days, unit in histories:
        recency = mpf(recency_days) / days_per[unit]
        expected = {"frequency": float(h["purchaseDays"] - 1), "recency": num(recency),
                    "age": num(max(mpf(age_days) / days_per[unit], recency)), "timeUnit": unit,
                    "meanSpend": num(mpf(h["totalAmount"]) / h["purchaseDays"])}
        add("clvCustomerFromPurchases", [h, "2026-11-30", unit], expected)
        add("clvHasPurchases", [h], True)
    add("clvHasPurchases", [{"firstPurchase": "", "lastPurchase": "", "purchaseDays": 0, "totalAmount": 0}], False)
    out = os.path.join(os.path.dirname(__file__), "../../force-app/main/default/lwc/valueEngine/__tests__/predictiveGoldenVectors.json")
    with open(out, "w") as f:
        json.dump(vectors, f, indent=1)
        f.write("\n")
    print(len(vectors), "vectors")


main()
