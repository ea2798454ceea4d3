import { parseArgs } from 'node:util';
import { UsageError } from '../analyzer/errors.js';

export type Command = 'audit' | 'graph' | 'init';

export interface CliOptions {
  command: Command;
  paths: string[];
  project: string;
  config?: string;
  format?: string;
  output?: string;
  baseline?: string;
  updateBaseline?: string;
  changed: boolean;
  force: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage:
  tzimtzum audit [paths...] [-p tsconfig.json] [-c tzimtzum.config.json]
                 [-f text|json|sarif|markdown|html] [-o FILE]
                 [--baseline FILE] [--update-baseline FILE] [--changed]
  tzimtzum graph [-p tsconfig.json] [-c ...] [-f json|dot|mermaid] [-o FILE]
  tzimtzum init  [-p tsconfig.json] [--force]

Options:
  -p, --project FILE      tsconfig of the program to analyse (default: tsconfig.json)
  -c, --config FILE       tzimtzum.config.json (default: found by walking up from the tsconfig)
  -f, --format NAME       output format
  -o, --output FILE       write the report to FILE (atomically) instead of stdout
      --baseline FILE     do not report findings recorded in FILE
      --update-baseline FILE  record the current findings in FILE
      --changed           report only findings in files staged in git
      --no-color          no colours (also NO_COLOR, or when stdout is not a terminal)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no error-severity finding, 1 at least one, 2 usage, config or project error.`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        project: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'string' },
        changed: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const command = first ?? 'audit';
  if (!values.help && !values.version && command !== 'audit' && command !== 'graph' && command !== 'init') {
    throw new UsageError(`unknown command '${command}'\n\n${USAGE}`);
  }
  return {
    command: command as Command,
    paths: rest,
    project: values.project ?? 'tsconfig.json',
    config: values.config,
    format: values.format,
    output: values.output,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'],
    changed: values.changed ?? false,
    force: values.force ?? false,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
