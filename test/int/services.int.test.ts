// A service that cannot start gives one clear error naming the cause and leaves no process
// behind. Runs the real launcher (its Maven classpath is built by the global setup).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config.ts';
import { neo4jService } from '../../src/services/neo4j.ts';
import { ServiceError, pidAlive, portOpen } from '../../src/services/process.ts';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-services-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

const settings = (port: number, password = '') => ({
  ...loadSettings().neo4j,
  uri: undefined,
  boltPort: port,
  password,
  dataDir: path.join(home, `neo4j-${port}`),
});

describe('service start failures', () => {
  it('a port taken by something else is named, and nothing is launched', async () => {
    const blocker = net.createServer((s) => {
      s.on('error', () => {}); // our probes hang up on it
      s.end('not bolt');
    });
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const svc = neo4jService(settings(port), home);
      await expect(svc.ensure()).rejects.toThrow(new RegExp(`port ${port} on 127.0.0.1 is taken`));
      await expect(svc.ensure()).rejects.toBeInstanceOf(ServiceError);
      expect(fs.existsSync(path.join(home, 'neo4j.json'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('a launcher that exits before it is ready is reported with its log, and leaves no process', async () => {
    // An auth setting the launcher refuses: it exits with code 2 after printing why.
    const svc = neo4jService(settings(7698), home);
    const spec = svc.spec;
    spec.env = { ...spec.env, NEO4J_AUTH: 'not-a-user-password-pair' };
    const err = await svc.ensure().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as Error).message).toMatch(/exited with code 2 before it was ready/);
    expect((err as Error).message).toMatch(/NEO4J_AUTH must be 'none' or 'user\/password'/);
    expect(fs.existsSync(path.join(home, 'neo4j.json'))).toBe(false);
    expect(await portOpen('127.0.0.1', 7698)).toBe(false);
    const stray = fs
      .readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p) && pidAlive(Number(p)))
      .some((p) => {
        try {
          return fs.readFileSync(`/proc/${p}/environ`, 'utf8').includes('NEO4J_BOLT_PORT=7698');
        } catch {
          return false;
        }
      });
    expect(stray).toBe(false);
  });
});
