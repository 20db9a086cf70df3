/** Entry point of the `cvp` command (`npm run cvp -- …`, or `npx cvp …` through scripts/cli/cvp.js). */
import { runCli } from './cvpMain';
import { findOrgCommand, runOrgCli } from './org/orgCli';

const argv = process.argv.slice(2);
const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text)
};

if (findOrgCommand(argv) === undefined) process.exitCode = runCli(argv, io);
else void runOrgCli(argv, io).then((code) => (process.exitCode = code));
