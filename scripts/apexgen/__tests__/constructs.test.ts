/**
 * Each construct and builtin of the subset, run both ways: the TypeScript snippet as JavaScript, its Apex translation
 * in the evaluator, judged as the differential proof judges (support/snippets.ts). Adding a builtin: its mapping in
 * transpiler/builtins/<library>.ts (and the evaluator's, when the Apex method is new), and one row here.
 */
import { Snippet, compileSnippets } from './support/snippets';

type Row = [construct: string, signature: string, body: string, inputs: unknown[][]];

const N = '(x: number): number';
const NN = '(x: number, y: number): number';
const S = '(s: string): string';

const ROWS: Row[] = [
  // Math (transpiler/builtins/math.ts)
  ['Math.abs', N, 'Math.abs(x)', [[-2.5], [0], [3]]],
  ['Math.floor', N, 'Math.floor(x)', [[-2.5], [2.7]]],
  ['Math.ceil', N, 'Math.ceil(x)', [[-2.5], [2.1]]],
  ['Math.round rounds half up, not half-even', N, 'Math.round(x)', [[2.5], [-2.5], [3.5], [-0.4]]],
  ['Math.trunc', N, 'Math.trunc(x)', [[-2.7], [2.7]]],
  ['Math.sqrt', N, 'Math.sqrt(x)', [[2], [0]]],
  ['Math.exp', N, 'Math.exp(x)', [[1], [-3]]],
  ['Math.log', N, 'Math.log(x)', [[10], [1]]],
  ['Math.log10', N, 'Math.log10(x)', [[1000], [2]]],
  ['Math.sin', N, 'Math.sin(x)', [[1]]],
  ['Math.cos', N, 'Math.cos(x)', [[1]]],
  ['Math.tan', N, 'Math.tan(x)', [[1]]],
  ['Math.atan', N, 'Math.atan(x)', [[1]]],
  ['Math.atan2', NN, 'Math.atan2(x, y)', [[1, 2]]],
  [
    'Math.pow',
    NN,
    'Math.pow(x, y)',
    [
      [2, 10],
      [9, 0.5]
    ]
  ],
  [
    'Math.min',
    NN,
    'Math.min(x, y)',
    [
      [1, 2],
      [-1, -2]
    ]
  ],
  [
    'Math.max',
    NN,
    'Math.max(x, y)',
    [
      [1, 2],
      [-1, -2]
    ]
  ],
  ['Math.PI and Math.E', N, 'x * Math.PI + Math.E', [[2]]],
  // Numbers (transpiler/calls.ts, operators.ts)
  [
    '% is the truncated remainder',
    NN,
    'x % y',
    [
      [7, 3],
      [-7, 3],
      [7.5, -2],
      [0, 5]
    ]
  ],
  ['Number.isFinite', '(x: number): boolean', 'Number.isFinite(x)', [[1.5], [-0]]],
  ['Number.isNaN', '(x: number): boolean', 'Number.isNaN(x)', [[1.5]]],
  ['Number(s)', '(s: string): number', 'Number(s)', [['12.5'], ['-3']]],
  ['parseInt(s, 10)', '(s: string): number', 'parseInt(s, 10)', [['42']]],
  ['String(n) prints integers without .0', '(n: number): string', 'String(n)', [[42], [-7]]],
  ['template literal with an integer', '(n: number): string', '`n=${n}!`', [[3], [-12]]],
  ["'text' + n", '(n: number): string', "'n' + n", [[5]]],
  [
    'arithmetic and precedence',
    NN,
    '(x + y) * 2 - x / 4',
    [
      [3, 4],
      [-1.5, 0.25]
    ]
  ],
  ['++, --, += and -= as statements', N, 'let a = x; a++; a += 2; a--; a -= 0.5; return a;', [[1], [-3]]],
  // Strings (transpiler/builtins/string.ts)
  [
    '=== on strings is case-sensitive',
    '(a: string, b: string): boolean',
    'a === b',
    [
      ['Gold', 'gold'],
      ['a', 'a']
    ]
  ],
  [
    '!== on strings',
    '(a: string, b: string): boolean',
    'a !== b',
    [
      ['Gold', 'gold'],
      ['a', 'a']
    ]
  ],
  [
    '< on strings compares code units',
    '(a: string, b: string): boolean',
    'a < b',
    [
      ['a', 'B'],
      ['abc', 'abd']
    ]
  ],
  ['includes', '(s: string): boolean', "s.includes('ab')", [['xaby'], ['AB']]],
  ['startsWith', '(s: string): boolean', "s.startsWith('ab')", [['abc'], ['Abc']]],
  ['endsWith', '(s: string): boolean', "s.endsWith('bc')", [['abc'], ['abC']]],
  ['indexOf', '(s: string): number', "s.indexOf('b')", [['abcb'], ['xyz']]],
  [
    'indexOf from a position',
    '(s: string, i: number): number',
    "s.indexOf('b', i)",
    [
      ['abcb', 2],
      ['abcb', -3]
    ]
  ],
  ['trim', S, 's.trim()', [['  a b  '], ['']]],
  ['toLowerCase', S, 's.toLowerCase()', [['AbC']]],
  ['toUpperCase', S, 's.toUpperCase()', [['AbC']]],
  [
    'substring clamps and swaps',
    '(s: string, a: number, b: number): string',
    's.substring(a, b)',
    [
      ['hello', 1, 3],
      ['hello', 3, 1],
      ['hello', -2, 99]
    ]
  ],
  [
    'substring to the end',
    '(s: string, a: number): string',
    's.substring(a)',
    [
      ['hello', 2],
      ['hello', 9]
    ]
  ],
  [
    'charAt out of range is empty',
    '(s: string, i: number): string',
    's.charAt(i)',
    [
      ['abc', 1],
      ['abc', 5]
    ]
  ],
  ['split keeps trailing empty strings', '(s: string): string[]', "s.split(',')", [['a,b,,'], [''], ['a.b']]],
  ['.length of a string', '(s: string): number', 's.length * 2', [['abc'], ['']]],
  // Lists (transpiler/builtins/array.ts)
  [
    'push on a copy (slice)',
    '(xs: number[]): number[]',
    'const ys: number[] = xs.slice(); ys.push(1); return ys;',
    [[[2, 3]], [[]]]
  ],
  [
    'includes on a list is case-sensitive',
    '(xs: string[], x: string): boolean',
    'xs.includes(x)',
    [
      [['a', 'B'], 'b'],
      [['a'], 'a']
    ]
  ],
  [
    'indexOf on a list',
    '(xs: number[], x: number): number',
    'xs.indexOf(x)',
    [
      [[4, 5, 4], 4],
      [[4], 7]
    ]
  ],
  ['join', '(xs: string[]): string', "xs.join('-')", [[['a', 'b']], [[]]]],
  ['array literal', N, 'const xs: number[] = [x, 2, 3]; return xs[0] + xs.length;', [[5]]],
  [
    'for with an index counter',
    '(xs: number[]): number',
    'let t = 0; for (let i = 0; i < xs.length; i++) { t += xs[i]; } return t;',
    [[[1, 2, 3]], [[]]]
  ],
  ['for with a Double counter', N, 'let t = 0; for (let i = 0.5; i < x; i += 1.5) { t += i; } return t;', [[7], [0]]],
  [
    'for…of with continue and break',
    '(xs: number[]): number',
    'let t = 0; for (const v of xs) { if (v < 0) { continue; } if (v > 9) { break; } t += v; } return t;',
    [[[1, -2, 3, 10, 4]]]
  ],
  ['while', N, 'let n = 0; let v = x; while (v > 1) { v = v / 2; n++; } return n;', [[100], [0.5]]],
  // Records
  [
    'record read and write',
    '(r: Record<string, number>, k: string): number',
    'r[k] = (r[k] ?? 0) + 1; return r[k];',
    [
      [{ a: 1 }, 'a'],
      [{ a: 1 }, 'A']
    ]
  ],
  [
    'in on a record is case-sensitive',
    '(r: Record<string, number>, k: string): boolean',
    'k in r',
    [
      [{ a: 1 }, 'a'],
      [{ a: 1 }, 'A']
    ]
  ],
  // Optional values, conditions and control flow
  [
    '?? on an optional field',
    '(c: Counter): number',
    'c.total ?? -1',
    [[{ count: 1, names: [] }], [{ count: 1, total: 5, names: [] }]]
  ],
  [
    '?. on an optional object',
    '(c: Counter): number',
    'c.next?.count ?? 0',
    [[{ count: 1, names: [] }], [{ count: 1, names: [], next: { count: 4, names: [] } }]]
  ],
  [
    '=== undefined',
    '(c: Counter): boolean',
    'c.total === undefined',
    [[{ count: 1, names: [] }], [{ count: 1, total: 0, names: [] }]]
  ],
  ['conditional expression', '(x: number): string', "x > 0 ? 'positive' : 'not positive'", [[1], [0]]],
  [
    '&&, || and !',
    '(a: boolean, b: boolean): boolean',
    '(a && !b) || (b && !a)',
    [
      [true, false],
      [true, true],
      [false, false]
    ]
  ],
  [
    'switch on strings',
    '(s: string): number',
    "switch (s) { case 'a': return 1; case 'b': case 'c': return 2; default: return 0; }",
    [['a'], ['c'], ['A']]
  ],
  [
    'switch on numbers with break',
    N,
    'let r = 0; switch (x) { case 1: r = 10; break; case 2: r = 20; break; } return r;',
    [[1], [2], [3]]
  ],
  ['object literal (missing optional fields are null)', '(n: number): Counter', "{ count: n, names: ['x'] }", [[2]]],
  // Functions that change their argument in place are judged by the argument after the call
  [
    'void function updating its argument',
    '(c: Counter, name: string): void',
    'c.count++; c.names.push(name); c.total = (c.total ?? 0) + 2;',
    [[{ count: 1, names: [] }, 'x']]
  ]
];

const snippets: Snippet[] = ROWS.map(([, signature, body]) => ({ signature, body }));

describe('each construct gives the same result in TypeScript and in the generated Apex', () => {
  const compiled = compileSnippets(snippets);

  it.each(ROWS.map((row, index) => [row[0], index, row[3]] as const))('%s', (_construct, index, inputs) => {
    const outcomes = inputs.map((args) => compiled.compare(index, args));
    expect(outcomes.map((c) => c.detail ?? c.outcome)).toEqual(inputs.map(() => 'equal'));
  });
});

describe('the construct helper catches a wrong translation', () => {
  const find = (construct: string): number => ROWS.findIndex((row) => row[0] === construct);

  it('fails a row whose Apex compares strings case-insensitively', () => {
    const index = find('=== on strings is case-sensitive');
    const broken = compileSnippets(snippets, (apex) => apex.replace(/\.equals\(/g, '.equalsIgnoreCase('));
    expect(broken.compare(index, ['Gold', 'gold']).outcome).toBe('mismatch');
  });

  it('fails a void function whose Apex changes its argument differently', () => {
    const index = find('void function updating its argument');
    const broken = compileSnippets(snippets, (apex) => apex.replace(' + 2.0d', ' + 3.0d'));
    const comparison = broken.compare(index, [{ count: 1, names: [] }, 'x']);
    expect(comparison.outcome).toBe('mismatch');
    expect(comparison.detail).toContain('after the call');
  });
});
