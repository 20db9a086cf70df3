import { ApexInterpreter } from '../evaluator/interpreter';
import { ApexException, EvaluatorError, javaDoubleToString } from '../evaluator/values';

/** Runs `static <type> f() { <body> }` in a one-class program. */
function run(type: string, body: string, extra = ''): unknown {
  const interp = new ApexInterpreter([`public class Snippet { ${extra} public static ${type} f() { ${body} } }`]);
  return interp.callStatic('Snippet', 'f', []);
}

function apexError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApexException) {
      return e.exceptionType;
    }
    throw e;
  }
  throw new Error('no Apex exception');
}

describe('Apex evaluator (hand-written snippets with known results)', () => {
  it('compares Strings with == case-insensitively, equals() case-sensitively', () => {
    expect(run('Boolean', "return 'Gold' == 'gOLD';")).toBe(true);
    expect(run('Boolean', "return 'Gold' != 'gold';")).toBe(false);
    expect(run('Boolean', "return 'Gold'.equals('gold');")).toBe(false);
    expect(run('Boolean', 'String s = null; return s == null;')).toBe(true);
  });

  it('wraps Integer arithmetic at 32 bits and truncates Integer division', () => {
    expect(run('Integer', 'Integer i = 2147483647; return i + 1;')).toBe(-2147483648);
    expect(run('Integer', 'return 7 / 2;')).toBe(3);
    expect(run('Integer', 'return -7 / 2;')).toBe(-3);
    expect(run('Double', 'Double d = 7; return d / 2;')).toBe(3.5);
    expect(run('Integer', 'Integer i = 65536; return i * 65536;')).toBe(0);
  });

  it('throws on arithmetic with null and on division by zero', () => {
    expect(apexError(() => run('Double', 'Double d; return d + 1.0d;'))).toBe('System.NullPointerException');
    expect(apexError(() => run('Double', 'return 1.0d / 0.0d;'))).toBe('System.MathException');
    expect(apexError(() => run('Integer', 'return 1 / 0;'))).toBe('System.MathException');
    expect(apexError(() => run('Boolean', 'Boolean b; if (b) { return true; } return false;'))).toBe(
      'System.NullPointerException'
    );
  });

  it('treats < on a null number as false', () => {
    expect(run('Boolean', 'Double d; return d < 1.0d;')).toBe(false);
  });

  it('rounds half to even in Math.round and returns an Integer; floor(x + 0.5) is half up', () => {
    expect(run('Integer', 'return Math.round(2.5d);')).toBe(2);
    expect(run('Integer', 'return Math.round(3.5d);')).toBe(4);
    expect(run('Integer', 'return Math.round(-2.5d);')).toBe(-2);
    expect(run('Double', 'return Math.floor(2.5d + 0.5d);')).toBe(3);
  });

  it('formats Doubles like Java in String concatenation and String.valueOf', () => {
    expect(run('String', "Double d = 3; return 'x' + d;")).toBe('x3.0');
    expect(run('String', 'Double d = 10000000; return String.valueOf(d);')).toBe('1.0E7');
    expect(run('String', 'Double d = 3; return String.valueOf(d.longValue());')).toBe('3');
    expect(javaDoubleToString(0.001)).toBe('0.001');
    expect(javaDoubleToString(0.0001)).toBe('1.0E-4');
  });

  it('reads 1.5 as a Decimal and refuses Decimal arithmetic (the generator must emit 1.5d)', () => {
    expect(() => run('Double', 'Double d = 2.0d; return d * 1.5;')).toThrow(EvaluatorError);
    expect(run('Double', 'Double d = 2.0d; return d * 1.5d;')).toBe(3);
  });

  it('rejects narrowing assignments like the Apex compiler', () => {
    expect(() => run('Integer', 'Integer i = 2.0d; return i;')).toThrow(EvaluatorError);
  });

  it('models List, Map and Set: bounds, case-sensitive keys, insertion order', () => {
    expect(apexError(() => run('Double', 'List<Double> l = new List<Double>{ 1.0d }; return l[1];'))).toBe(
      'System.ListException'
    );
    expect(
      run('Boolean', "Map<String, Double> m = new Map<String, Double>{ 'A' => 1.0d }; return m.containsKey('a');")
    ).toBe(false);
    expect(run('Boolean', "Set<String> s = new Set<String>{ 'A' }; return s.contains('a');")).toBe(false);
    expect(
      run(
        'String',
        "Map<String, Double> m = new Map<String, Double>(); m.put('b', 1.0d); m.put('a', 2.0d); return String.join(new List<String>(m.keySet()), ',');"
      )
    ).toBe('b,a');
  });

  it('splits keeping trailing empty strings with a negative limit, dropping them without', () => {
    expect(run('Integer', "return 'a,b,,'.split(',', -1).size();")).toBe(4);
    expect(run('Integer', "return 'a,b,,'.split(',').size();")).toBe(2);
  });

  it('runs loops, static fields, inner classes and constructors', () => {
    const src = `public class Counter {
      public static final Double STEP = 2.0d;
      public class Box { public Double value; public Box() { super(); } public Box(Double value) { this(); this.value = value; } }
      public static Double total(List<Counter.Box> boxes) {
        Double sum = 0.0d;
        for (Counter.Box b : boxes) { sum += b.value * STEP; }
        for (Integer i = 0; i < boxes.size(); i++) { if (i == 1) { continue; } sum = sum + 1.0d; }
        while (sum > 100.0d) { sum = sum / 2.0d; }
        return sum;
      }
      public static List<Counter.Box> make() { return new List<Counter.Box>{ new Counter.Box(1.5d), new Counter.Box(2.0d) }; }
    }`;
    const interp = new ApexInterpreter([src]);
    const boxes = interp.callStatic('Counter', 'make', []);
    expect(interp.callStatic('Counter', 'total', [boxes])).toBe(8);
  });

  it('runs break, continue and return in nested loops (each names its own loop) and the for update after continue', () => {
    const body = `Integer hits = 0;
      for (Integer i = 0; i < 5; i++) {
        if (i == 1) { continue; }
        for (Integer j = 0; j < 5; j++) {
          if (j == 2) { break; }
          hits = hits * 10 + j;
        }
        Integer k = 0;
        while (true) { k++; if (k < 3) { continue; } break; }
        hits = hits + k;
        if (i == 3) { return hits; }
      }
      return -1;`;
    // i = 0: 0 then 01 → 1, + 3 = 4; i = 2: 40, 401, + 3 = 404; i = 3: 4040, 40401, + 3 = 40404 returned.
    expect(run('Integer', body)).toBe(40404);
  });

  it('evaluates increments, compound assignments and operands left to right, once each', () => {
    expect(run('Integer', 'Integer i = 5; Integer a = i++; Integer b = ++i; return a * 100 + b * 10 + i;')).toBe(577);
    expect(run('Double', 'Double d = 10.0d; d -= 4.0d; d *= 3.0d; d /= 2.0d; return d;')).toBe(9);
    expect(
      run(
        'Integer',
        'List<Integer> l = new List<Integer>{ 1, 2, 3 }; Integer i = 0; Integer x = l[i++] * 10 + l[i++]; return x * 10 + i;'
      )
    ).toBe(122);
    expect(apexError(() => run('Integer', 'Integer i; i++; return i;'))).toBe('System.NullPointerException');
  });

  it('dereferences null objects, lists and maps as NullPointerException', () => {
    const extra = 'public class Box { public Double value; }';
    expect(apexError(() => run('Double', 'Box b; return b.value;', extra))).toBe('System.NullPointerException');
    expect(apexError(() => run('Integer', 'List<Double> l; return l.size();'))).toBe('System.NullPointerException');
    expect(apexError(() => run('Double', "Map<String, Double> m; return m.get('a');"))).toBe(
      'System.NullPointerException'
    );
    expect(apexError(() => run('Double', 'List<Double> l = new List<Double>{ 1.0d }; Integer i; return l[i];'))).toBe(
      'System.NullPointerException'
    );
    expect(apexError(() => run('Double', 'List<Double> l; for (Double d : l) { return d; } return 0.0d;'))).toBe(
      'System.NullPointerException'
    );
  });

  it('returns the previous value from Map.put and whether Set.add added', () => {
    expect(
      run(
        'Double',
        "Map<String, Double> m = new Map<String, Double>(); m.put('a', 1.0d); return m.put('a', 2.0d) + m.get('a');"
      )
    ).toBe(3);
    expect(run('Boolean', "Set<String> s = new Set<String>(); s.add('a'); return s.add('a');")).toBe(false);
  });

  it('stops a runaway loop instead of hanging', () => {
    const interp = new ApexInterpreter(
      ['public class Loop { public static Integer f() { Integer i = 0; while (true) { i++; } } }'],
      {
        maxIterations: 1000
      }
    );
    expect(() => interp.callStatic('Loop', 'f', [])).toThrow(EvaluatorError);
  });
});
