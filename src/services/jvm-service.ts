// One JVM service (Neo4j or CoreNLP) launched from Maven-resolved jars: start it detached
// into its own process group, wait until it is healthy, reuse a healthy one already on
// its port, and stop only what this project started (recorded in <runDir>/<name>.json).
// Starting and releasing are serialised per port across the machine (a lock file in the
// system's temporary folder): two checkouts, or two commands of one, that need the same
// service at once start one JVM, and the later one waits for it and reuses it. Every user
// registers beside the lock (`<lock>.users/`); the one that started the service stops it when
// it is done only if no one else is using it, and otherwise leaves a hand-over note so that
// the last user out stops it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveClasspath } from './maven.ts';
import { ServiceError, pidAlive, portOpen, requireCommand, sleep, spawnLogged, stopGroup, tail } from './process.ts';

export interface JvmServiceSpec {
  name: string;
  moduleDir: string;
  runDir: string;
  host: string;
  port: number;
  url: string;
  heap: string;
  mainClass: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  jvmArgs?: string[];
  startTimeoutMs: number;
  /** Resolves true when the service answers real requests. */
  healthy: () => Promise<boolean>;
}

export interface ServiceState {
  name: string;
  url: string;
  state: 'running' | 'stopped' | 'external';
  pid?: number;
  startedHere?: boolean;
  log?: string;
}

interface PidRecord {
  pid: number;
  url: string;
  startedAt: string;
}

/** A service left running for its other users by the process that started it. */
interface Handover {
  pid: number;
  runDir: string;
}

/** Per-process counter that tells apart the users one process registers. */
let nextUser = 0;

/** Who is starting a service on a port right now (the lock file's content). */
interface StartLock {
  pid: number;
  runDir: string;
  startedAt: string;
}

export class JvmService {
  /** This instance's entry among the service's users, while it uses the service. */
  private readonly user = `${process.pid}-${nextUser++}`;

  constructor(readonly spec: JvmServiceSpec) {}

  get logFile(): string {
    return path.join(this.spec.runDir, 'logs', `${this.spec.name}.log`);
  }

  private get pidFile(): string {
    return path.join(this.spec.runDir, `${this.spec.name}.json`);
  }

  private readPid(): PidRecord | undefined {
    try {
      const rec = JSON.parse(fs.readFileSync(this.pidFile, 'utf8')) as PidRecord;
      return pidAlive(rec.pid) ? rec : undefined;
    } catch {
      return undefined;
    }
  }

  async status(): Promise<ServiceState> {
    const rec = this.readPid();
    const { name, url } = this.spec;
    if (await this.spec.healthy().catch(() => false)) {
      return rec
        ? { name, url, state: 'running', pid: rec.pid, startedHere: true, log: this.logFile }
        : { name, url, state: 'external' };
    }
    return { name, url, state: 'stopped', pid: rec?.pid };
  }

  /** The machine-wide lock file that serialises starting this service on its port. */
  get lockFile(): string {
    const { name, host, port } = this.spec;
    return path.join(os.tmpdir(), `newsgraph-${name}-${host.replace(/[^\w.-]/g, '_')}-${port}.lock`);
  }

  /**
   * Takes the start lock, or returns who holds it. A lock whose holder has exited is stale
   * and taken over.
   */
  private takeLock(): StartLock | undefined {
    const mine: StartLock = { pid: process.pid, runDir: this.spec.runDir, startedAt: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(this.lockFile, JSON.stringify(mine), { flag: 'wx' });
        return undefined;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      let held: StartLock | undefined;
      try {
        held = JSON.parse(fs.readFileSync(this.lockFile, 'utf8')) as StartLock;
      } catch {
        // Being written or just removed: look again.
      }
      if (held && held.pid > 0 && pidAlive(held.pid)) return held;
      if (held) fs.rmSync(this.lockFile, { force: true });
    }
    // Taken and released around us twice: whoever holds it now, wait a moment and look again.
    return { pid: 0, runDir: '?', startedAt: new Date().toISOString() };
  }

  private releaseLock(): void {
    try {
      const held = JSON.parse(fs.readFileSync(this.lockFile, 'utf8')) as StartLock;
      if (held.pid === process.pid && held.runDir === this.spec.runDir) fs.rmSync(this.lockFile, { force: true });
    } catch {
      // Already gone.
    }
  }

  /** Where the processes using the service on this port register (one file each). */
  get usersDir(): string {
    return this.lockFile.replace(/\.lock$/, '.users');
  }

  private get handoverFile(): string {
    return this.lockFile.replace(/\.lock$/, '.handover');
  }

  private register(): void {
    for (let attempt = 0; ; attempt++) {
      fs.mkdirSync(this.usersDir, { recursive: true });
      try {
        fs.writeFileSync(path.join(this.usersDir, this.user), JSON.stringify({ runDir: this.spec.runDir }));
        return;
      } catch (e) {
        // Removed as empty by a user leaving at that moment: make it again.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt > 2) throw e;
      }
    }
  }

  private unregister(): void {
    fs.rmSync(path.join(this.usersDir, this.user), { force: true });
    try {
      fs.rmdirSync(this.usersDir); // only when no one else is registered
    } catch {
      // Others still use it, or it is gone already.
    }
  }

  /** Registered users whose process is alive (entries of exited processes are removed). */
  users(): string[] {
    let entries: string[];
    try {
      entries = fs.readdirSync(this.usersDir);
    } catch {
      return [];
    }
    return entries.filter((e) => {
      const pid = Number(e.split('-')[0]);
      if (pid > 0 && pidAlive(pid)) return true;
      fs.rmSync(path.join(this.usersDir, e), { force: true });
      return false;
    });
  }

  /**
   * Runs `fn` holding the start lock, waiting while another process holds it (starting or
   * releasing the service).
   */
  private async locked<T>(fn: () => Promise<T>, progress: (line: string) => void): Promise<T> {
    const { name } = this.spec;
    const deadline = Date.now() + 2 * this.spec.startTimeoutMs;
    let told = false;
    for (;;) {
      const holder = this.takeLock();
      if (!holder) {
        try {
          return await fn();
        } finally {
          this.releaseLock();
        }
      }
      if (Date.now() > deadline)
        throw new ServiceError(
          `${name}: another process (pid ${holder.pid}, run folder ${holder.runDir}) has been starting it on ` +
            `${this.spec.url} for too long. Stop that process, or remove ${this.lockFile} if it is gone.`,
          name,
        );
      if (holder.pid > 0 && !told) {
        progress(`${name}: another process (pid ${holder.pid}) is starting it on ${this.spec.url}; waiting…`);
        told = true;
      }
      await sleep(200);
      while (Date.now() < deadline && fs.existsSync(this.lockFile) && holder.pid > 0 && pidAlive(holder.pid))
        await sleep(300);
    }
  }

  /**
   * Ensures the service is up and registers this instance as one of its users. Returns true
   * when this call launched it (so the caller owns it and should `release(true)` it), false
   * when a healthy one was already there, or another process started it meanwhile.
   */
  async ensure(progress: (line: string) => void = () => {}): Promise<boolean> {
    return this.locked(async () => {
      if (await this.spec.healthy().catch(() => false)) {
        progress(`${this.spec.name}: reusing the service already answering at ${this.spec.url}`);
        this.register();
        return false;
      }
      const started = await this.launch(progress);
      this.register();
      return started;
    }, progress);
  }

  /**
   * This instance is done with the service. The process that started it (`started`) stops
   * it unless another process still uses it, in which case it leaves it to them; the last
   * user out stops a service left to it that way. A service started to be kept (`services
   * start`, `npm start`) is never released, so never stopped here. True when it was stopped.
   */
  async release(started: boolean): Promise<boolean> {
    return this.locked(
      async () => {
        this.unregister();
        const others = this.users();
        if (started) {
          const rec = this.readPid();
          if (!rec) return false;
          if (others.length) {
            fs.writeFileSync(this.handoverFile, JSON.stringify({ pid: rec.pid, runDir: this.spec.runDir }));
            return false;
          }
          return this.stop();
        }
        if (others.length) return false;
        let handover: Handover | undefined;
        try {
          handover = JSON.parse(fs.readFileSync(this.handoverFile, 'utf8')) as Handover;
        } catch {
          return false;
        }
        fs.rmSync(this.handoverFile, { force: true });
        if (!(handover.pid > 0 && pidAlive(handover.pid))) return false;
        await stopGroup(handover.pid);
        const pidFile = path.join(handover.runDir, `${this.spec.name}.json`);
        try {
          if ((JSON.parse(fs.readFileSync(pidFile, 'utf8')) as PidRecord).pid === handover.pid) fs.rmSync(pidFile);
        } catch {
          // The starter's record is gone already.
        }
        return true;
      },
      () => {},
    );
  }

  /** Starts the service (the caller holds the start lock). */
  private async launch(progress: (line: string) => void): Promise<boolean> {
    const { name, host, port } = this.spec;
    const previous = this.readPid();
    if (previous) {
      // Ours, but not healthy yet (another process may be starting it): wait for it.
      progress(`${name}: waiting for the instance started earlier (pid ${previous.pid})…`);
      if (await this.waitHealthy(previous.pid)) return false;
      if (!pidAlive(previous.pid)) {
        // It was stopping, and is gone now: start afresh below.
        fs.rmSync(this.pidFile, { force: true });
      } else
        throw new ServiceError(
          `${name}: the instance started earlier (pid ${previous.pid}) is not healthy. ` +
            `Stop it with \`npx newsgraph services stop\`.\n--- ${this.logFile} ---\n${tail(this.logFile)}`,
          name,
        );
    }
    if (await this.spec.healthy().catch(() => false)) return false;
    if (await portOpen(host, port)) {
      throw new ServiceError(
        `${name}: port ${port} on ${host} is taken by a process that does not answer as ${name}. ` +
          `Free the port or choose another one (see README, "Environment").`,
        name,
      );
    }
    requireCommand('java', name, 'Install a Java 17+ runtime (Debian: apt-get install openjdk-17-jre-headless).');
    const classpath = await resolveClasspath(this.spec.moduleDir, name, progress);
    progress(`${name}: starting on ${this.spec.url} (log: ${path.relative(process.cwd(), this.logFile)})…`);
    const t0 = Date.now();
    const child = spawnLogged(
      'java',
      [
        `-Xmx${this.spec.heap}`,
        ...(this.spec.jvmArgs ?? []),
        '-cp',
        classpath.join(path.delimiter),
        this.spec.mainClass,
        ...this.spec.args,
      ],
      { cwd: this.spec.moduleDir, env: this.spec.env, logFile: this.logFile },
    );
    const pid = child.pid;
    if (pid === undefined) throw new ServiceError(`${name}: java did not start`, name);
    fs.mkdirSync(this.spec.runDir, { recursive: true });
    fs.writeFileSync(this.pidFile, JSON.stringify({ pid, url: this.spec.url, startedAt: new Date().toISOString() }));
    let exitCode: number | null = null;
    child.once('exit', (code) => {
      exitCode = code ?? -1;
    });
    const ok = await this.waitHealthy(pid, () => exitCode !== null);
    if (!ok) {
      await stopGroup(pid, 5_000);
      fs.rmSync(this.pidFile, { force: true });
      const why =
        exitCode !== null
          ? `exited with code ${exitCode} before it was ready`
          : `was not healthy within ${Math.round(this.spec.startTimeoutMs / 1000)} s and was stopped`;
      throw new ServiceError(
        `${name}: the service ${why}.\n--- last lines of ${this.logFile} ---\n${tail(this.logFile)}`,
        name,
      );
    }
    progress(`${name}: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return true;
  }

  private async waitHealthy(pid: number, exited: () => boolean = () => !pidAlive(pid)): Promise<boolean> {
    const deadline = Date.now() + this.spec.startTimeoutMs;
    while (Date.now() < deadline) {
      if (exited()) return false;
      if (await this.spec.healthy().catch(() => false)) return true;
      await sleep(500);
    }
    return false;
  }

  /**
   * Stops the instance this project started, whoever else uses it (`services stop`); leaves
   * external ones alone.
   */
  async stop(): Promise<boolean> {
    const rec = this.readPid();
    if (!rec) {
      fs.rmSync(this.pidFile, { force: true });
      return false;
    }
    await stopGroup(rec.pid);
    fs.rmSync(this.pidFile, { force: true });
    fs.rmSync(this.handoverFile, { force: true });
    this.unregister();
    return true;
  }
}
