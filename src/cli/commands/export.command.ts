// `newsgraph export --format graphml|gexf|cytoscape [--around ID --depth N] [--out FILE]`: the
// graph (or one neighbourhood) for Gephi, yEd, Cytoscape and NetworkX, on stdout or into a file.
import fs from 'node:fs';
import path from 'node:path';
import {
  checkDepth,
  checkFormat,
  ExportInputError,
  loadExportGraph,
  serialise,
  type ExportFormat,
  type ExportScope,
} from '../../graph/export.ts';
import { log, openRuntime, withRuntime } from '../runtime.ts';

export interface ExportOptions {
  format: string;
  around?: string;
  depth?: string;
  out?: string;
}

export async function exportCommand(opts: ExportOptions): Promise<number> {
  // Bad arguments are reported before any service starts.
  let scope: ExportScope;
  let format: ExportFormat;
  try {
    format = checkFormat(opts.format);
    if (opts.depth !== undefined && opts.around === undefined) throw new ExportInputError('--depth needs --around ID');
    scope = opts.around === undefined ? {} : { around: opts.around, depth: checkDepth(opts.depth ?? '1') };
  } catch (err) {
    log(`export: ${(err as Error).message}`);
    return 1;
  }
  const rt = await openRuntime(['neo4j']);
  return withRuntime(rt, async () => {
    let text: string;
    let counts: string;
    try {
      const g = await loadExportGraph(rt.graph!, scope);
      text = serialise(g, format);
      counts = `${g.nodes.length} nodes, ${g.edges.length} edges`;
    } catch (err) {
      if (!(err instanceof ExportInputError)) throw err;
      log(`export: ${err.message}`);
      return 1;
    }
    if (opts.out) {
      fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
      fs.writeFileSync(opts.out, text);
      log(`export: ${counts} written to ${opts.out} (${format})`);
    } else {
      process.stdout.write(text);
      log(`export: ${counts} (${format})`);
    }
    return 0;
  });
}
