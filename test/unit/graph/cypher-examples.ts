// Reads the analyst queries of cypher/examples: each file starts with a comment header that
// says what it answers, which parameters it takes (with the example value the tests run it
// with) and which columns it returns:
//
//   // Question: Who said what about an entity?
//   // Parameters:
//   //   $about ("Gaza") name or alias of the entity
//   // Returns: speaker, kind, cue, statement, date, article
//   // Notes: … (optional)
//
// Example values are JSON ("text", 10, 0.5, true, [..]). `// Parameters: none` for none.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cypher/examples');

export interface CypherExample {
  file: string;
  question: string;
  params: Record<string, unknown>;
  returns: string[];
  /** The statement to run: the file without its trailing semicolon. */
  query: string;
}

const SECTIONS = ['Question', 'Parameters', 'Returns', 'Notes'] as const;
type Section = (typeof SECTIONS)[number];

export function exampleFiles(dir = EXAMPLES_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
}

export function loadExample(file: string, dir = EXAMPLES_DIR): CypherExample {
  return parseExample(file, fs.readFileSync(path.join(dir, file), 'utf8'));
}

export function parseExample(file: string, text: string): CypherExample {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const header: string[] = [];
  for (const line of lines) {
    if (!line.trim()) {
      if (header.length) break;
      continue;
    }
    if (!line.trimStart().startsWith('//')) break;
    header.push(line.trimStart().slice(2));
  }
  const sections = new Map<Section, string>();
  let current: Section | undefined;
  for (const line of header) {
    const m = /^\s*(\w+):\s?(.*)$/.exec(line);
    if (m && (SECTIONS as readonly string[]).includes(m[1])) {
      current = m[1] as Section;
      if (sections.has(current)) throw new Error(`${file}: "// ${current}:" appears twice in the header`);
      sections.set(current, m[2].trim());
    } else if (current) {
      sections.set(current, `${sections.get(current)} ${line.trim()}`.trim());
    } else {
      throw new Error(`${file}: the header must start with "// Question:", found "//${line}"`);
    }
  }
  for (const s of ['Question', 'Parameters', 'Returns'] as const) {
    if (!sections.get(s))
      throw new Error(`${file}: the comment header lacks "// ${s}: …" (see cypher/examples/README.md)`);
  }
  const params = parseParameters(file, sections.get('Parameters')!);
  const returns = parseReturns(file, sections.get('Returns')!);
  const query = text.trim().replace(/;\s*$/, '');
  const body = stripCommentsAndStrings(query);
  if (body.includes(';')) throw new Error(`${file}: one statement per example file`);
  if (!body.trim()) throw new Error(`${file}: no query after the header`);
  const used = [...new Set([...body.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))].sort();
  const declared = Object.keys(params).sort();
  if (used.join() !== declared.join()) {
    throw new Error(
      `${file}: the header declares parameters [${declared.join(', ')}] but the query uses [${used.join(', ')}]`,
    );
  }
  return { file, question: sections.get('Question')!, params, returns, query };
}

function parseParameters(file: string, text: string): Record<string, unknown> {
  if (/^none\.?$/i.test(text.trim())) return {};
  const params: Record<string, unknown> = {};
  const re = /\$([A-Za-z_]\w*)\s*\(/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const open = m.index + m[0].length;
    const close = closingParen(text, open);
    if (close < 0) throw new Error(`${file}: parameter $${m[1]} has no closing ")" after its example value`);
    const raw = text.slice(open, close).trim();
    try {
      params[m[1]] = JSON.parse(raw);
    } catch {
      throw new Error(`${file}: the example value of $${m[1]} must be JSON ("text", 10, true…), got (${raw})`);
    }
    re.lastIndex = close + 1;
  }
  if (!Object.keys(params).length) {
    throw new Error(
      `${file}: "// Parameters:" lists no "$name (example value)"; write "// Parameters: none" if it takes none`,
    );
  }
  return params;
}

/** Index of the ")" closing a value that starts at `from`, skipping JSON strings and nesting. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function parseReturns(file: string, text: string): string[] {
  // Column names, comma-separated; a "(description)" after a name is allowed.
  const names = text
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) {
    if (!/^[A-Za-z_]\w*$/.test(n)) throw new Error(`${file}: "// Returns:" must list column names, got "${n}"`);
  }
  if (new Set(names).size !== names.length) throw new Error(`${file}: "// Returns:" lists a column twice`);
  return names;
}

/** The query with comments and string literals blanked, to look for parameters and semicolons. */
export function stripCommentsAndStrings(query: string): string {
  let out = '';
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '/' && query[i + 1] === '/') {
      while (i < query.length && query[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && query[i + 1] === '*') {
      i = query.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      out += c === '`' ? query.slice(i, j + 1) : `${c}${c}`;
      i = j;
    } else out += c;
  }
  return out;
}
