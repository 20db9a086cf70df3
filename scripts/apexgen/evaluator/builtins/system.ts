/** Static methods of the system classes the generated Apex calls: Math (builtins/math.ts), Double.valueOf, String.valueOf,
 * String.join. */
import { ExpressionContext } from '@apexdevtools/apex-parser';
import { CExpr, Ev, Frame } from '../compile/model';
import { ApexInterpreter } from '../interpreter';
import { mathStatic } from './math';
import { ApexException, apexToString, EvaluatorError, npe, T } from '../values';

export function systemStatic(
  ip: ApexInterpreter,
  typeName: string,
  name: string,
  args: CExpr[],
  at: ExpressionContext
): CExpr {
  const evs: Ev[] = args.map((a) => (f: Frame) => a.ev(f));
  // Math functions the hot numeric code calls are compiled to JavaScript; the rest are closures over `num`.
  const num = (f: Frame, i: number): number => {
    const v = evs[i](f);
    if (v === null) {
      npe();
    }
    return v as number;
  };
  if (typeName === 'math') {
    const math = mathStatic(ip, name, args, num);
    if (math) {
      return math;
    }
  }
  if (typeName === 'double' && name === 'valueof' && args.length === 1) {
    const t = args[0].type;
    return {
      type: T.double,
      ev: (f) => {
        const v = evs[0](f);
        if (v === null) {
          npe();
        }
        if (t.name === 'string') {
          const s = (v as string).trim();
          if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$/.test(s)) {
            throw new ApexException('System.TypeException', `Invalid double: ${v as string}`);
          }
          return Number(s.replace(/[dDfF]$/, ''));
        }
        return v;
      }
    };
  }
  if (typeName === 'string' && name === 'valueof' && args.length === 1) {
    const t = args[0].type;
    return { type: T.string, ev: (f) => apexToString(evs[0](f), t) };
  }
  if (typeName === 'string' && name === 'join' && args.length === 2) {
    const t = args[0].type.args[0] ?? T.object;
    return {
      type: T.string,
      ev: (f) => {
        const list = evs[0](f) as unknown[] | null;
        if (list === null) {
          npe();
        }
        return list.map((x) => apexToString(x, t)).join(evs[1](f) as string);
      }
    };
  }
  throw new EvaluatorError(`system method not modelled: ${at.getText().slice(0, 60)}`);
}
