/** The rule names of `npm run check:tests` (one finding per offending assertion or test). */
export const RULE_CONSTANT_ASSERTION = 'constant-assertion';
export const RULE_SELF_COMPARISON = 'self-comparison';
export const RULE_SKIPPED_TEST = 'skipped-test';
export const RULE_FOCUSED_TEST = 'focused-test';
export const RULE_PARSE_ERROR = 'parse-error';
