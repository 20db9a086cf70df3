/** Entry point of the `cvp` command (`npm run cvp -- …`, or `npx cvp …` through scripts/cli/cvp.js). */
import { runCli } from './cvpMain';
import { findOrgCommand, orgUsage, runOrgCli } from './org/orgCli';

const argv = process.argv.slice(2);
const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text)
};

if (findOrgCommand(argv) !== undefined) {
  void runOrgCli(argv, io).then((code) => (process.exitCode = code));
} else {
  process.exitCode = runCli(argv, io);
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') io.out(orgUsage() + '\n');
}
