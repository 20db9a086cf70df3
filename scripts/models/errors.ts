/**
 * The models' own error: an input they cannot use. The models know nothing of the command line; the CLI
 * (scripts/cli/cvpMain.ts) maps `parameter` to its flag and the error to an exit code.
 */

/** A parameter a caller of the models sets (a column name, a fold count, a date…). */
export type ModelParameter =
  'label' | 'id' | 'folds' | 'l2' | 'customer' | 'date' | 'amount' | 'calibrationEnd' | 'holdoutEnd' | 'dateFormat';

/**
 * An input a model cannot use: a data problem (the detail names the file, line and column) or a bad parameter
 * (`parameter` says which). The message is `parameter: detail` when there is a parameter, else the detail.
 */
export class ModelInputError extends Error {
  constructor(
    readonly detail: string,
    readonly parameter?: ModelParameter
  ) {
    super(parameter === undefined ? detail : `${parameter}: ${detail}`);
    this.name = 'ModelInputError';
  }
}
