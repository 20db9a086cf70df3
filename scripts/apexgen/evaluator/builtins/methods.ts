/** Instance methods of String, the numeric types, List, Map and Set. */
import { ExpressionContext } from '@apexdevtools/apex-parser';
import { CExpr, Ev, Frame } from '../compile/model';
import { ApexInterpreter } from '../interpreter';
import { ApexException, apexSplit, ApexType, EvaluatorError, isNumeric, npe, T, typeToString } from '../values';

export function builtinMethod(
  ip: ApexInterpreter,
  target: CExpr,
  name: string,
  args: CExpr[],
  at: ExpressionContext
): CExpr {
  const t = target.type;
  const ev: Ev = (f) => target.ev(f);
  const evs: Ev[] = args.map((a) => (f: Frame) => a.ev(f));
  const self = (f: Frame): unknown => {
    const v = ev(f);
    if (v === null || v === undefined) {
      npe();
    }
    return v;
  };
  const arg = (f: Frame, i: number): unknown => evs[i](f);
  const mk = (type: ApexType, fn: (f: Frame) => unknown): CExpr => ({ type, ev: fn });
  if (t.name === 'string') {
    const s = (f: Frame): string => self(f) as string;
    const strArg = (f: Frame, i: number): string => {
      const v = arg(f, i);
      if (v === null) {
        npe();
      }
      return v as string;
    };
    switch (`${name}/${args.length}`) {
      case 'length/0':
        return mk(T.integer, (f) => s(f).length);
      case 'tolowercase/0':
        return mk(T.string, (f) => s(f).toLowerCase());
      case 'touppercase/0':
        return mk(T.string, (f) => s(f).toUpperCase());
      case 'trim/0':
        // Java String.trim: strips code points ≤ U+0020 only.
        return mk(T.string, (f) => s(f).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''));
      case 'startswith/1':
        return mk(T.boolean, (f) => s(f).startsWith(strArg(f, 0)));
      case 'endswith/1':
        return mk(T.boolean, (f) => s(f).endsWith(strArg(f, 0)));
      case 'contains/1':
        return mk(T.boolean, (f) => s(f).includes(strArg(f, 0)));
      case 'indexof/1':
        return mk(T.integer, (f) => s(f).indexOf(strArg(f, 0)));
      case 'indexof/2':
        return mk(T.integer, (f) => s(f).indexOf(strArg(f, 0), Math.max(0, arg(f, 1) as number)));
      case 'equals/1':
        // String.equals is case-sensitive; false for a null argument.
        return mk(T.boolean, (f) => s(f) === arg(f, 0));
      case 'equalsignorecase/1':
        return mk(T.boolean, (f) => s(f).toLowerCase() === String(arg(f, 0)).toLowerCase());
      case 'compareto/1':
        return mk(T.integer, (f) => {
          const a = s(f);
          const b = strArg(f, 0);
          return a < b ? -1 : a > b ? 1 : 0;
        });
      case 'substring/1':
      case 'substring/2':
        return mk(T.string, (f) => {
          const str = s(f);
          const from = arg(f, 0) as number;
          const to = args.length === 2 ? (arg(f, 1) as number) : str.length;
          if (from < 0 || to > str.length || from > to) {
            throw new ApexException('System.StringException', `Ending position out of bounds: ${to}`);
          }
          return str.substring(from, to);
        });
      case 'split/1':
      case 'split/2':
        return mk({ name: 'list', args: [T.string] }, (f) =>
          apexSplit(s(f), strArg(f, 0), args.length === 2 ? (arg(f, 1) as number) : 0)
        );
      case 'charat/1':
        return mk(T.integer, (f) => {
          const str = s(f);
          const i = arg(f, 0) as number;
          if (i < 0 || i >= str.length) {
            throw new ApexException('System.StringException', `Char index out of bounds: ${i}`);
          }
          return str.charCodeAt(i);
        });
    }
  }
  if (isNumeric(t)) {
    switch (name) {
      case 'intvalue':
        // The generator indexes lists with Double counters: xs[(i).intValue()] — hot, so compiled.
        return ip.jsExpr(T.integer, `toInteger(nn(${ip.jsOf(target)}))`);
      case 'longvalue':
        return mk(T.long, (f) => Math.trunc(self(f) as number));
      case 'doublevalue':
        return mk(T.double, (f) => self(f));
    }
  }
  if (t.name === 'list') {
    const list = (f: Frame): unknown[] => self(f) as unknown[];
    const elem = t.args[0];
    switch (`${name}/${args.length}`) {
      case 'add/1':
        ip.checkAssignable(elem, args[0].type, at);
        return ip.jsExpr(T.void, `(nn(${ip.jsOf(target)}).push(${ip.jsOf(args[0])}), null)`);
      case 'size/0':
        return ip.jsExpr(T.integer, `nn(${ip.jsOf(target)}).length`);
      case 'isempty/0':
        return mk(T.boolean, (f) => list(f).length === 0);
      case 'get/1':
        return ip.jsExpr(elem, `at(${ip.jsOf(target)}, ${ip.jsOf(args[0])})`);
      // List.contains/indexOf (Spring '18) compare elements with equals(): case-sensitive for Strings, as the guide
      // states for Set<String> ("elements that differ only by case are considered distinct",
      // langCon_apex_collections_sets.htm) and Map keys. The List class page does not say it in words; observed
      // behaviour reported in peterknolle.com/apex-list-contains ("When the List contains a String the comparison is
      // case sensitive"), which matches JavaScript's includes, so the transpiler maps includes → contains directly.
      case 'contains/1':
        return mk(T.boolean, (f) => list(f).includes(arg(f, 0)));
      case 'indexof/1':
        return mk(T.integer, (f) => list(f).indexOf(arg(f, 0)));
      case 'clone/0':
        return mk(t, (f) => list(f).slice());
    }
  }
  if (t.name === 'map') {
    const map = (f: Frame): Map<unknown, unknown> => self(f) as Map<unknown, unknown>;
    const valueType = t.args[1];
    switch (`${name}/${args.length}`) {
      // Map keys of type String are case-sensitive (Apex Developer Guide, Maps).
      case 'get/1':
        return ip.jsExpr(valueType, `mapGet(${ip.jsOf(target)}, ${ip.jsOf(args[0])})`);
      case 'put/2':
        ip.checkAssignable(valueType, args[1].type, at);
        return ip.jsExpr(valueType, `mapPut(${ip.jsOf(target)}, ${ip.jsOf(args[0])}, ${ip.jsOf(args[1])})`);
      case 'containskey/1':
        return ip.jsExpr(T.boolean, `nn(${ip.jsOf(target)}).has(${ip.jsOf(args[0])})`);
      case 'keyset/0':
        return mk({ name: 'set', args: [t.args[0]] }, (f) => new Set(map(f).keys()));
      case 'values/0':
        return mk({ name: 'list', args: [valueType] }, (f) => [...map(f).values()]);
      case 'size/0':
        return mk(T.integer, (f) => map(f).size);
      case 'remove/1':
        return mk(valueType, (f) => {
          const m = map(f);
          const k = arg(f, 0);
          const old = m.get(k) ?? null;
          m.delete(k);
          return old;
        });
    }
  }
  if (t.name === 'set') {
    const set = (f: Frame): Set<unknown> => self(f) as Set<unknown>;
    switch (`${name}/${args.length}`) {
      // Set<String> membership is case-sensitive (Apex Developer Guide, Sets).
      case 'contains/1':
        return ip.jsExpr(T.boolean, `nn(${ip.jsOf(target)}).has(${ip.jsOf(args[0])})`);
      case 'add/1':
        return ip.jsExpr(T.boolean, `setAdd(${ip.jsOf(target)}, ${ip.jsOf(args[0])})`);
      case 'size/0':
        return mk(T.integer, (f) => set(f).size);
    }
  }
  throw new EvaluatorError(
    `method not modelled: ${typeToString(t)}.${name}/${args.length} in ${at.getText().slice(0, 60)}`
  );
}
