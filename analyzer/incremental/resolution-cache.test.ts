import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from '../typescript.cjs';
import { analyzeProgram } from '../analyze.js';
import { resolveConfig } from '../config/load-config.js';
import { loadProgram } from '../program/load-program.js';
import { repoRoot } from '../../test/support/paths.js';

const fixture = path.join(repoRoot, 'fixtures', 'annotated-stack');
const edited = path.join(fixture, 'src', 'workflow', 'reply.ts');

/** The program an editor gets after an edit to one file: every other SourceFile is reused. */
function programAfterEdit(previous: ts.Program, edit: (text: string) => string): ts.Program {
  const options = previous.getCompilerOptions();
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, version, onError, fresh) =>
    fileName === edited
      ? ts.createSourceFile(fileName, edit(ts.sys.readFile(fileName)!), version, true)
      : ((!fileName.includes('/node_modules/') && previous.getSourceFile(fileName)) || read(fileName, version, onError, fresh));
  return ts.createProgram({ rootNames: previous.getRootFileNames(), options, host, oldProgram: previous });
}

const summary = (findings: ReadonlyArray<{ ruleId: string; sourceFile: ts.SourceFile; start: number }>) =>
  findings.map((f) => `${f.ruleId} ${path.basename(f.sourceFile.fileName)}:${f.sourceFile.getLineAndCharacterOfPosition(f.start).line + 1}`);

describe('incremental analysis across programs', () => {
  const loaded = loadProgram(path.join(fixture, 'tsconfig.json'));
  const config = resolveConfig({ searchFrom: fixture });
  const first = analyzeProgram(loaded.program, config, loaded.rootDir);
  void first.findings;

  it('after an edit inside a function body, reuses every other file and finds what a fresh analysis finds', () => {
    const program = programAfterEdit(loaded.program, (text) => text.replace('Promise<Resolution> {\n', 'Promise<Resolution> {\n  const typed = 1;\n  void typed;\n'));
    const reused = analyzeProgram(program, config, loaded.rootDir, { previous: first.resolutions });
    const fresh = analyzeProgram(program, config, loaded.rootDir);
    assert.equal(reused.resolutions.reusedFiles, loaded.program.getSourceFiles().filter((sf) => first.context.isProjectFile(sf)).length - 1);
    assert.deepEqual(summary(reused.findings), summary(fresh.findings));
    assert.equal(reused.context.boundaries.length, fresh.context.boundaries.length);
  });

  it('sees a finding an edit inside a body introduces in the edited file (the unsaved text)', () => {
    const program = programAfterEdit(loaded.program, (text) => text.replace('Promise<Resolution> {\n', 'Promise<Resolution> {\n  void reopenTicket(String(Date.now()));\n'));
    const reused = analyzeProgram(program, config, loaded.rootDir, { previous: first.resolutions });
    const fresh = analyzeProgram(program, config, loaded.rootDir);
    assert.ok(reused.resolutions.reusedFiles > 0);
    assert.equal(summary(reused.findings).filter((f) => f.startsWith('no-upward-dependency reply.ts')).length, 2);
    assert.deepEqual(summary(reused.findings), summary(fresh.findings));
  });

  it('starts afresh when an edit changes a declaration (outside function bodies)', () => {
    const program = programAfterEdit(loaded.program, (text) => `${text}\nexport const added = 1;\n`);
    const reused = analyzeProgram(program, config, loaded.rootDir, { previous: first.resolutions });
    assert.equal(reused.resolutions.reusedFiles, 0);
  });

  /** The program after the edited file is deleted, or renamed to `renamed` with its text unchanged. */
  function programWithout(renamed?: string): ts.Program {
    const options = loaded.program.getCompilerOptions();
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    const exists = host.fileExists.bind(host);
    host.fileExists = (fileName) => fileName !== edited && exists(fileName);
    host.getSourceFile = (fileName, version, onError, fresh) =>
      fileName === renamed
        ? ts.createSourceFile(fileName, ts.sys.readFile(edited)!, version, true)
        : ((!fileName.includes('/node_modules/') && loaded.program.getSourceFile(fileName)) || read(fileName, version, onError, fresh));
    const rootNames = loaded.program.getRootFileNames().flatMap((name) => (name !== edited ? [name] : renamed ? [renamed] : []));
    const program = ts.createProgram({ rootNames, options, host, oldProgram: loaded.program });
    assert.ok(!program.getSourceFile(edited));
    return program;
  }

  it('starts afresh when a file is deleted', () => {
    const program = programWithout();
    const reused = analyzeProgram(program, config, loaded.rootDir, { previous: first.resolutions });
    assert.equal(reused.context.files.length, first.context.files.length - 1);
    assert.equal(reused.resolutions.reusedFiles, 0);
  });

  it('starts afresh when a file is renamed (as many files as before, one of them new)', () => {
    const renamed = edited.replace('reply.ts', 'reply-renamed.ts');
    const program = programWithout(renamed);
    assert.ok(program.getSourceFile(renamed));
    assert.equal(program.getSourceFiles().filter((sf) => first.context.isProjectFile(sf) || sf.fileName === renamed).length, first.context.files.length);
    const reused = analyzeProgram(program, config, loaded.rootDir, { previous: first.resolutions });
    assert.equal(reused.resolutions.reusedFiles, 0);
    assert.deepEqual(summary(reused.findings), summary(analyzeProgram(program, config, loaded.rootDir).findings));
  });

  it('keeps no answer of an analysis made without a next one in view (the files its answers name were not noted)', () => {
    const once = analyzeProgram(loaded.program, config, loaded.rootDir, { keepForNext: false });
    void once.findings;
    const program = programAfterEdit(loaded.program, (text) => text.replace('Promise<Resolution> {\n', 'Promise<Resolution> {\n  void reopenTicket(String(Date.now()));\n'));
    const reused = analyzeProgram(program, config, loaded.rootDir, { previous: once.resolutions });
    assert.equal(reused.resolutions.reusedFiles, 0);
    assert.deepEqual(summary(reused.findings), summary(analyzeProgram(program, config, loaded.rootDir).findings));
  });
});
