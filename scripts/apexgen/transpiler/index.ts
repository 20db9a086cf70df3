/**
 * The TypeScript → Apex transpiler for the engine subset (docs/ENGINE_SUBSET.md, docs/APEXGEN.md).
 * Input: the engine module files; output: one Apex class per module, unformatted (see generate.ts for formatting).
 *
 * Passes, one module each: declarations.ts names every module-level symbol, then describes DTOs, unions and function
 * signatures; classes.ts emits each class and its members; statements.ts, loops.ts, switch.ts, expressions.ts,
 * operators.ts and calls.ts emit bodies; builtins/ maps one JavaScript library each (Math, string, array, …).
 * Every rejection comes from the catalogue in ../diagnostics.ts.
 */
import * as path from 'node:path';
import * as ts from 'typescript';
import { DIAGNOSTICS, TranspileError, rejectionAt } from '../diagnostics';
import { NameScope, pascalCase } from '../naming';
import { GeneratedClass } from '../types';
import { emitModule } from './classes';
import { TranspileContext, TranspileOptions } from './context';
import { declareModule, describeModule } from './declarations';
import { emitRuntimeClass, runtimeClassName } from './runtimeHelpers';
import { isBarrel } from './syntax';

export { DEFAULT_RULES, GeneratorRules, TranspileOptions } from './context';
export { doubleLiteral, plainDecimal } from './apexText';
export { isBarrel } from './syntax';

/** Transpiles every non-barrel module of `files`; throws TranspileError listing every rejection. */
export function transpile(files: string[], options: TranspileOptions): GeneratedClass[] {
  const tx = new TranspileContext(files, options);
  const sources = tx.files
    .map((f) => tx.program.getSourceFile(f))
    .filter((sf): sf is ts.SourceFile => sf !== undefined)
    .filter((sf) => !isBarrel(sf))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
  for (const sf of sources) {
    const name = path.basename(sf.fileName, '.ts');
    const className = `${tx.prefix}${pascalCase(name)}`;
    if (className.length > 40) {
      tx.rejections.push(rejectionAt(sf, DIAGNOSTICS.moduleNameTooLong, [className], tx.options.root));
      continue;
    }
    if (className.toLowerCase() === runtimeClassName(tx.prefix).toLowerCase()) {
      tx.rejections.push(rejectionAt(sf, DIAGNOSTICS.moduleNameReserved, [className], tx.options.root));
      continue;
    }
    const members = new NameScope();
    const relFile = path.relative(tx.options.root, sf.fileName).split(path.sep).join('/');
    tx.modules.set(path.resolve(sf.fileName), {
      name,
      file: sf.fileName,
      relFile,
      className,
      sf,
      members,
      desc: { module: name, file: relFile, className, functions: [], dtos: [], unions: [] }
    });
  }
  const states = [...tx.modules.values()];
  for (const m of states) {
    declareModule(tx, m);
  }
  for (const m of states) {
    describeModule(tx, m);
  }
  const out: GeneratedClass[] = [];
  for (const m of states) {
    const source = emitModule(tx, m);
    out.push({ className: m.className, source, module: m.desc });
  }
  if (tx.helpersUsed.size > 0) {
    out.push(emitRuntimeClass(tx.prefix, tx.helpersUsed));
  }
  if (tx.rejections.length > 0) {
    throw new TranspileError(tx.rejections);
  }
  return out;
}
