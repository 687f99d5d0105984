// The embedded Neo4j 5.26 launcher (services/neo4j), or nothing when NEO4J_URI is set.
import neo4j from 'neo4j-driver';
import net from 'node:net';
import path from 'node:path';
import { projectRoot, type Neo4jSettings } from '../config.ts';
import { JvmService } from './jvm-service.ts';

export function neo4jUri(s: Neo4jSettings): string {
  return s.uri ?? `bolt://${s.boltHost}:${s.boltPort}`;
}

/**
 * Whether host:port speaks Bolt: the handshake (magic 0x6060B017, then four proposed
 * versions) must be answered with a version. Checked on a raw socket first, so a port held
 * by something else is a plain "no", never a driver error.
 */
export function speaksBolt(host: string, port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let got = Buffer.alloc(0);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('end', () => done(false));
    socket.once('connect', () => {
      const hello = Buffer.alloc(20);
      hello.writeUInt32BE(0x6060b017, 0);
      hello.writeUInt32BE(0x00000805, 4); // 5.8 and below
      hello.writeUInt32BE(0x00000004, 8);
      socket.write(hello);
    });
    socket.on('data', (chunk) => {
      got = Buffer.concat([got, chunk]);
      if (got.length >= 4) done(got.readUInt32BE(0) !== 0);
    });
  });
}

export async function boltHealthy(s: Neo4jSettings): Promise<boolean> {
  if (!s.uri && !(await speaksBolt(s.boltHost, s.boltPort))) return false;
  const auth = s.password ? neo4j.auth.basic(s.user, s.password) : undefined;
  const driver = neo4j.driver(neo4jUri(s), auth, {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity({ database: s.database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export function neo4jService(s: Neo4jSettings, runDir: string): JvmService {
  return new JvmService({
    name: 'neo4j',
    moduleDir: path.join(projectRoot, 'services', 'neo4j'),
    runDir,
    host: s.boltHost,
    port: s.boltPort,
    url: neo4jUri(s),
    heap: s.heap,
    mainClass: 'newsgraph.Neo4jLauncher',
    args: [],
    env: {
      NEO4J_DATA_DIR: s.dataDir,
      NEO4J_BOLT_HOST: s.boltHost,
      NEO4J_BOLT_PORT: String(s.boltPort),
      NEO4J_AUTH: s.password ? `${s.user}/${s.password}` : 'none',
    },
    startTimeoutMs: 120_000,
    healthy: () => boltHealthy(s),
  });
}
