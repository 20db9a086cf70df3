/** Entry point of the `cvp` command (`npm run cvp -- …`, or `npx cvp …` through scripts/cli/cvp.js). */
import { runCli } from './cvpMain';

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text)
});
