// Resolves a JVM service's classpath with Maven (downloading jars on first run) and
// reports progress. Output: services/<name>/target/classpath.txt (+ target/classes).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ServiceError, requireCommand } from './process.ts';

export interface MavenProgress {
  (line: string): void;
}

export async function resolveClasspath(
  moduleDir: string,
  service: string,
  progress: MavenProgress = () => {},
): Promise<string[]> {
  const pom = path.join(moduleDir, 'pom.xml');
  const out = path.join(moduleDir, 'target', 'classpath.txt');
  const javaSources = path.join(moduleDir, 'src');
  const fresh =
    fs.existsSync(out) &&
    fs.statSync(out).mtimeMs >= fs.statSync(pom).mtimeMs &&
    (!fs.existsSync(javaSources) || fs.statSync(out).mtimeMs >= newestMtime(javaSources));
  if (!fresh) {
    requireCommand('mvn', service, 'Install Apache Maven 3.8+ (Debian: apt-get install maven).');
    progress(`${service}: resolving Java dependencies with Maven (first run downloads them)…`);
    await runMaven(moduleDir, service, progress);
    fs.utimesSync(out, new Date(), new Date());
  }
  const entries = fs.readFileSync(out, 'utf8').trim().split(path.delimiter).filter(Boolean);
  const classes = path.join(moduleDir, 'target', 'classes');
  return fs.existsSync(classes) ? [classes, ...entries] : entries;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function runMaven(cwd: string, service: string, progress: MavenProgress): Promise<void> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let downloaded = 0;
    // Batch mode prints one "Downloaded from" line per artifact, which the progress counts.
    const child = spawn('mvn', ['-B', 'compile'], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MAVEN_OPTS: process.env.MAVEN_OPTS ?? '-Xmx512m' },
    });
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > 200) lines.shift();
        if (/Downloaded from/.test(line)) {
          downloaded++;
          if (downloaded % 25 === 0) progress(`${service}: ${downloaded} artifacts downloaded…`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => reject(new ServiceError(`${service}: could not run mvn: ${err.message}`, service)));
    child.on('close', (code) => {
      if (code === 0) {
        progress(`${service}: Java dependencies ready${downloaded ? ` (${downloaded} downloaded)` : ''}.`);
        resolve();
        return;
      }
      const errors = lines
        .filter((l) => l.includes('[ERROR]'))
        .slice(0, 8)
        .join('\n');
      const unreachable = /Could not transfer|Unknown host|Connection refused|timed out/i.test(errors);
      reject(
        new ServiceError(
          `${service}: Maven failed (exit ${code}) in ${cwd}` +
            (unreachable ? ' — the Maven registry looks unreachable.' : '.') +
            `\n${errors || lines.slice(-15).join('\n')}`,
          service,
        ),
      );
    });
  });
}
