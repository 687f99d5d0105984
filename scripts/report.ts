// What `npm run eval` and `npm run bench` share: the commit they measured, and rewriting
// their own marked block of a page in docs/ so the page keeps only the latest run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { projectRoot } from '../src/config.ts';

/**
 * The commit measured; "+uncommitted" when source files differ from it (docs/ and the
 * git-ignored scratch are not counted: a run rewrites docs/ itself).
 */
export function gitCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', cwd: projectRoot }).trim();
    const dirty = git('status', '--porcelain', '--', '.', ':!docs').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? '+uncommitted' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** Replaces the block between `<!-- marker:begin -->` and `<!-- marker:end -->`, or appends it. */
export function writeDocBlock(doc: string, marker: string, content: string, title: string): void {
  const begin = `<!-- ${marker}:begin -->`;
  const end = `<!-- ${marker}:end -->`;
  const block = `${begin}\n${content}\n${end}`;
  const current = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : `${title}\n`;
  fs.writeFileSync(
    doc,
    current.includes(begin)
      ? current.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block)
      : `${current.trimEnd()}\n\n${block}\n`,
  );
}
