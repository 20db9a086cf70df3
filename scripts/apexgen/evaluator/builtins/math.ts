/**
 * Apex `Math` static methods the generated code calls. Functions of one Double whose JavaScript namesake has the same
 * meaning are one entry of SAME_AS_JAVASCRIPT; the others have their own rule, with the Apex Developer Guide's words.
 */
import { CExpr, Frame } from '../compile/model';
import { ApexInterpreter } from '../interpreter';
import { ApexException, EvaluatorError, T, toInt32, widest } from '../values';

/** Math functions of one Double that JavaScript's Math computes the same way (compiled to JavaScript). */
const SAME_AS_JAVASCRIPT = new Set(['floor', 'ceil', 'sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'atan']);

/** `Math.<name>(args)`, or undefined when it is not modelled. `num` reads argument i, throwing on null. */
export function mathStatic(
  ip: ApexInterpreter,
  name: string,
  args: CExpr[],
  num: (f: Frame, i: number) => number
): CExpr | undefined {
  if (SAME_AS_JAVASCRIPT.has(name) && args.length === 1) {
    if (args[0].type.name !== 'double') {
      throw new EvaluatorError(`Math.${name} on ${args[0].type.name} is not modelled`);
    }
    return ip.jsExpr(T.double, `Math.${name}(num(${ip.jsOf(args[0])}))`);
  }
  if (name === 'abs' && args.length === 1) {
    const t = args[0].type;
    return ip.jsExpr(t, t.name === 'integer' ? `absI(${ip.jsOf(args[0])})` : `Math.abs(num(${ip.jsOf(args[0])}))`);
  }
  if ((name === 'min' || name === 'max' || name === 'pow') && args.length === 2) {
    const t = name === 'pow' ? T.double : widest(args[0].type, args[1].type);
    return ip.jsExpr(t, `Math.${name}(num(${ip.jsOf(args[0])}), num(${ip.jsOf(args[1])}))`);
  }
  if (name === 'atan2' && args.length === 2) {
    return { type: T.double, ev: (f) => Math.atan2(num(f, 0), num(f, 1)) };
  }
  if (name === 'round' && args.length === 1) {
    // Math class (apex_methods_system_math.htm), round(decimalValue): "rounded to the nearest neighbor using
    // half-even rounding mode … unless both neighbors are equidistant, in which case, this mode rounds towards the
    // even neighbor" (4.5 → 4, 5.5 → 6), Integer result. The guide gives no separate rounding rule for
    // round(doubleValue); the evaluator applies the same half-even rule (an assumption, stated in APEXGEN.md).
    // The generated engine never emits Math.round (it emits Math.floor(x + 0.5d)), so no engine result depends on
    // it; it matters only for the mutation check that drops that rule.
    return {
      type: T.integer,
      ev: (f) => {
        const x = num(f, 0);
        const fl = Math.floor(x);
        const diff = x - fl;
        const r = diff > 0.5 ? fl + 1 : diff < 0.5 ? fl : fl % 2 === 0 ? fl : fl + 1;
        if (r > 2147483647 || r < -2147483648) {
          throw new ApexException('System.MathException', 'Integer overflow');
        }
        return r;
      }
    };
  }
  if (name === 'mod' && args.length === 2) {
    if (args[0].type.name !== 'integer' || args[1].type.name !== 'integer') {
      // Math.mod takes Integer or Long arguments only.
      throw new EvaluatorError('Math.mod takes Integer/Long arguments only');
    }
    return {
      type: T.integer,
      ev: (f) => {
        const y = num(f, 1);
        if (y === 0) {
          throw new ApexException('System.MathException', 'Divide by 0');
        }
        return toInt32(num(f, 0) % y);
      }
    };
  }
  return undefined;
}
