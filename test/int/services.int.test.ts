// A service that cannot start gives one clear error naming the cause and leaves no process
// behind; two starts of one service at once launch it once, and the one that started it stops
// it only when no one else uses it. Runs the real launcher (its Maven
// classpath is built by the global setup).
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

describe('starting one service from two places at once', () => {
  it('launches one JVM: the later caller waits for it and reuses it', async () => {
    // Two run folders (two checkouts, or `npm start` and `npm test` side by side), one port.
    const port = 7697;
    const [a, b] = ['a', 'b'].map((dir) => neo4jService(settings(port), path.join(home, dir)));
    const lines: string[] = [];
    const started = await Promise.all([a.ensure(), b.ensure((l) => lines.push(l))]);
    try {
      expect(started.filter(Boolean)).toHaveLength(1);
      expect(lines.join('\n')).toMatch(/another process \(pid \d+\) is starting it|reusing the service/);
      expect((await b.status()).state).toBe('external'); // not b's to stop
      expect(fs.existsSync(a.lockFile)).toBe(false);
    } finally {
      await b.release(false);
      await a.stop();
    }
    expect(await portOpen('127.0.0.1', port)).toBe(false);
    expect(fs.existsSync(a.usersDir)).toBe(false);
  });

  it('the starter leaves it running while another process uses it, and the last one out stops it', async () => {
    const port = 7695;
    const [a, b] = ['a', 'b'].map((dir) => neo4jService(settings(port), path.join(home, dir)));
    const healthy = () => a.spec.healthy().catch(() => false);
    expect(await a.ensure()).toBe(true);
    try {
      expect(await b.ensure()).toBe(false);
      // A user whose process has exited (a crashed command) keeps nothing running.
      fs.writeFileSync(path.join(a.usersDir, `${2 ** 22 + 1}-0`), '{}');
      expect(a.users()).toHaveLength(2);
      expect(await a.release(true)).toBe(false);
      expect(await healthy()).toBe(true);
      expect(await b.release(false)).toBe(true);
      expect(await portOpen('127.0.0.1', port)).toBe(false);
      expect(a.users()).toEqual([]);
      expect(fs.existsSync(path.join(home, 'a', 'neo4j.json'))).toBe(false);
      // Started and used by one process only: released, it stops.
      expect(await a.ensure()).toBe(true);
      expect(await a.release(true)).toBe(true);
      expect(await portOpen('127.0.0.1', port)).toBe(false);
      expect(fs.existsSync(a.usersDir)).toBe(false); // the last user out leaves no entry behind
    } finally {
      await a.stop();
    }
  });

  it('takes over a start lock whose holder is gone', async () => {
    const port = 7696;
    const svc = neo4jService(settings(port), path.join(home, 'stale'));
    // A pid that cannot be alive (above the kernel's pid_max), as a crashed start leaves it.
    fs.writeFileSync(svc.lockFile, JSON.stringify({ pid: 2 ** 22 + 1, runDir: '/gone', startedAt: '2026-01-01' }));
    try {
      expect(await svc.ensure()).toBe(true);
      expect(fs.existsSync(svc.lockFile)).toBe(false);
    } finally {
      await svc.release(true);
      await svc.stop();
      fs.rmSync(svc.lockFile, { force: true });
    }
  });
});
