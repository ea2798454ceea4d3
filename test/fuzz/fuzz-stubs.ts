import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Minimal stand-ins for the packages the annotated fixtures import (`ai`, `@types/node`):
 * resolving the real ones costs ~0.7 s per program, stubs ~0.05 s. The analyzer recognises
 * `generateText` by the package its declaration lives in, which the stub keeps.
 */
const STUBS: Record<string, string> = {
  'node_modules/ai/package.json': JSON.stringify({ name: 'ai', version: '0.0.0-fuzz', types: 'index.d.ts' }),
  'node_modules/ai/index.d.ts': [
    'export interface ModelOptions { model?: unknown; prompt?: unknown; system?: unknown; messages?: unknown[]; tools?: unknown; [key: string]: unknown }',
    'export declare function generateText(options: ModelOptions): Promise<{ text: string }>;',
    'export declare function streamText(options: ModelOptions): { textStream: AsyncIterable<string> };',
    'export declare function generateObject(options: ModelOptions): Promise<{ object: any }>;',
    'export declare function streamObject(options: ModelOptions): { partialObjectStream: AsyncIterable<any> };',
    '',
  ].join('\n'),
  'node_modules/@types/node/package.json': JSON.stringify({ name: '@types/node', version: '0.0.0-fuzz', types: 'index.d.ts' }),
  'node_modules/@types/node/index.d.ts': "declare module 'node:*';\ndeclare var process: any;\n",
};

export function writeStubPackages(dir: string): void {
  for (const [file, text] of Object.entries(STUBS)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}
