import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject } from 'ajv';
import ts from '../typescript.cjs';
import { UsageError } from '../errors.js';
import type { ResolvedConfig, TzimtzumConfig } from './config.js';

export const CONFIG_FILE_NAME = 'tzimtzum.config.json';

const require = createRequire(import.meta.url);
const schema: object = require('../../../schema/tzimtzum.schema.json');
const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(schema);

/** Walks up from `startDir` to the filesystem root looking for `tzimtzum.config.json`. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfigFile(file: string): ResolvedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, file);
  }
  return { config: parseConfig(text, file), file, baseDir: path.dirname(file) };
}

/** Parses and validates config text; `source` names the file in error messages. */
export function parseConfig(text: string, source: string): TzimtzumConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`invalid JSON: ${describeJsonError(text, error as Error)}`, source);
  }
  return validateConfig(value, source);
}

export function validateConfig(value: unknown, source: string): TzimtzumConfig {
  if (!validateSchema(value)) {
    const details = (validateSchema.errors ?? []).map(describeSchemaError).join('; ');
    throw new UsageError(details, source);
  }
  return value as TzimtzumConfig;
}

/** Loads the config named on the command line, else the nearest one above `searchFrom`, else defaults. */
export function resolveConfig(options: { configFile?: string; searchFrom: string }): ResolvedConfig {
  if (options.configFile) {
    const file = path.resolve(options.configFile);
    if (!fs.existsSync(file)) throw new UsageError('config file not found', file);
    return loadConfigFile(file);
  }
  const found = findConfigFile(options.searchFrom);
  return found ? loadConfigFile(found) : { config: {}, baseDir: path.resolve(options.searchFrom) };
}

function describeSchemaError(error: ErrorObject): string {
  const at = toJsonPath(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties':
      return `${at}: unknown property '${String(error.params.additionalProperty)}'`;
    case 'enum':
      return `${at}: expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${at}: expected ${String(error.params.type)}`;
    case 'required':
      return `${at}: missing required property '${String(error.params.missingProperty)}'`;
    default:
      return `${at}: ${error.message ?? 'is invalid'}`;
  }
}

function toJsonPath(instancePath: string): string {
  if (!instancePath) return '$';
  return (
    '$' +
    instancePath
      .split('/')
      .slice(1)
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`))
      .join('')
  );
}

function describeJsonError(text: string, error: Error): string {
  const reason = error.message
    .replace(/^(.*?), ".*" is not valid JSON$/s, '$1')
    .replace(/ in JSON at position \d+.*$/s, '');
  const offset = jsonErrorOffset(text, error);
  if (offset === undefined) return reason;
  const before = text.slice(0, offset);
  return `${reason} at line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}

/** JSON.parse says where only for some errors; TypeScript's JSON scanner finds the others. */
function jsonErrorOffset(text: string, error: Error): number | undefined {
  const position = /at position (\d+)/.exec(error.message);
  if (position) return Number(position[1]);
  const parsed = ts.parseJsonText('config.json', text) as ts.JsonSourceFile & { parseDiagnostics?: ts.Diagnostic[] };
  return parsed.parseDiagnostics?.[0]?.start;
}
