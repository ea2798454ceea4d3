import * as path from 'node:path';
import { minimatch } from 'minimatch';

/** Answers per folder and glob, by file name: an editor re-lints the same files against the same globs after every keystroke. */
const answers = new Map<string, Map<string, boolean>>();
/** A process that lints many projects keeps at most this many answers. */
const MAX_ANSWERS = 200_000;
let answered = 0;

/** Whether a file, relative to `baseDir` with `/`, matches a config glob (`./` prefix ignored; dot files match). */
export function fileGlob(baseDir: string, glob: string): (fileName: string) => boolean {
  const key = `${baseDir}\0${glob}`;
  const pattern = glob.replace(/^\.\//, '');
  return (fileName) => {
    let byFile = answers.get(key);
    if (!byFile) {
      byFile = new Map();
      answers.set(key, byFile);
    }
    let answer = byFile.get(fileName);
    if (answer === undefined) {
      if (answered >= MAX_ANSWERS) {
        answers.clear();
        answered = 0;
      }
      answer = minimatch(path.relative(baseDir, fileName).split(path.sep).join('/'), pattern, { dot: true });
      byFile.set(fileName, answer);
      answered++;
    }
    return answer;
  };
}
