import { describe, expect, it } from 'vitest';
import { MAIN_HELP, runCli } from '../../cli/cli.js';
import { RUN_HELP } from '../../cli/commands/run.js';
import { REPORT_HELP } from '../../cli/commands/report.js';
import { toolVersion } from '../../cli/version.js';
import { tempDir } from '../helpers/tmp.js';
import { fakeContext } from '../results/store-fixtures.js';

async function cli(args: readonly string[]) {
  const context = fakeContext(tempDir().dir);
  const code = await runCli(args, context);
  return { code, stdout: context.out(), stderr: context.err() };
}

// Command modules are imported only when their command runs; the answers must not change.
describe('runCli with lazily loaded commands', () => {
  it('prints the version and the main help without loading a command', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${toolVersion}\n`, stderr: '' });
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: `${MAIN_HELP}\n`, stderr: '' });
    expect(await cli([])).toEqual({ code: 2, stdout: `${MAIN_HELP}\n`, stderr: '' });
  });

  it("prints a command's help from its module", async () => {
    expect(await cli(['run', '--help'])).toEqual({ code: 0, stdout: `${RUN_HELP}\n`, stderr: '' });
    expect((await cli(['report', '-h'])).stdout).toBe(`${REPORT_HELP}\n`);
  });

  it('refuses an unknown command with a suggestion, and never treats an Object property as one', async () => {
    expect(await cli(['rn'])).toEqual({ code: 2, stdout: '', stderr: 'pingce: unknown command "rn" (did you mean "run"?); run `pingce --help`\n' });
    const constructor = await cli(['constructor']);
    expect(constructor.code).toBe(2);
    expect(constructor.stderr).toMatch(/^pingce: unknown command "constructor"/);
  });

  it("reports a loaded command's usage error with exit 2", async () => {
    expect(await cli(['run', '--bogus'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^pingce: .*--bogus/) });
  });
});
