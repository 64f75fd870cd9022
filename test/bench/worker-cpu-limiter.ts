import { existsSync, mkdirSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { descendantPids, threadsNamed } from './linux-threads';

const CPU_ROOT = '/sys/fs/cgroup/cpu';
/** Short periods so that a query of a few milliseconds is slowed too, not just long tasks. */
const PERIOD_US = 4000;
/** Dedicated and service worker threads, as Chromium names them (comm is cut at 15 chars). */
const WORKER_THREADS = ['DedicatedWorker', 'ServiceWorker'];

/**
 * Chromium's `Emulation.setCPUThrottlingRate` slows one thread per renderer: the page's main
 * thread (blink's ThreadCPUThrottler); a worker's DevTools session refuses it ("Operation is
 * only supported for pages, not workers"). Workers are slowed here instead, by the kernel: each
 * worker thread gets its own cgroup (v1 cpu controller) whose CFS quota is 1/rate of one CPU,
 * so a busy worker runs a quarter of the time at ×4, as on a device four times slower.
 * Needs root and a cgroup v1 cpu hierarchy; elsewhere `open` says why and workers stay unslowed.
 */
export class WorkerCpuLimiter {
  private readonly limited = new Set<number>();

  private constructor(
    private readonly dir: string,
    readonly rate: number,
  ) {}

  static open(rate: number): WorkerCpuLimiter | { unavailable: string } {
    if (process.platform !== 'linux') return { unavailable: 'not Linux' };
    const dir = `${CPU_ROOT}/reperes-bench-${process.pid}-x${rate}`;
    try {
      removeStaleGroups();
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      return { unavailable: `cannot create ${dir}: ${(error as Error).message}` };
    }
    return new WorkerCpuLimiter(dir, rate);
  }

  /** Puts every worker thread of Chromium not yet limited under its quota; returns how many. */
  limitNewThreads(): number {
    let count = 0;
    for (const tid of threadsNamed(descendantPids(), WORKER_THREADS)) {
      if (this.limited.has(tid)) continue;
      this.limited.add(tid);
      const group = `${this.dir}/t${tid}`;
      try {
        mkdirSync(group, { recursive: true });
        writeFileSync(`${group}/cpu.cfs_period_us`, String(PERIOD_US));
        writeFileSync(`${group}/cpu.cfs_quota_us`, String(Math.round(PERIOD_US / this.rate)));
        writeFileSync(`${group}/tasks`, String(tid));
        count++;
      } catch {
        // the thread ended meanwhile
      }
    }
    return count;
  }

  /** Gives the limited threads back to the root group (between runs). */
  close(): void {
    for (const tid of this.limited) {
      try {
        writeFileSync(`${CPU_ROOT}/tasks`, String(tid));
      } catch {
        // ended
      }
    }
    this.limited.clear();
    this.removeEmptyGroups();
  }

  /** Removes the bench's groups; call once at the end. Exiting threads leave them late. */
  dispose(): void {
    this.close();
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 30 && !this.removeEmptyGroups(); i++) Atomics.wait(pause, 0, 0, 100);
    try {
      rmdirSync(this.dir);
    } catch {
      // a thread still inside after 3 s: removeStaleGroups takes it next time
    }
  }

  private removeEmptyGroups(): boolean {
    return removeThreadGroups(this.dir);
  }
}

/** True when no thread group is left (a group still holding an exiting thread stays). */
function removeThreadGroups(dir: string): boolean {
  let clean = true;
  for (const entry of readdirSync(dir)) {
    if (!/^t\d+$/.test(entry)) continue;
    try {
      rmdirSync(`${dir}/${entry}`);
    } catch {
      clean = false;
    }
  }
  return clean;
}

/** Groups left by an earlier bench that ended before its threads did. */
function removeStaleGroups(): void {
  for (const name of readdirSync(CPU_ROOT)) {
    const owner = /^reperes-bench-(\d+)-x\d+$/.exec(name)?.[1];
    if (!owner || existsSync(`/proc/${owner}`)) continue;
    try {
      if (removeThreadGroups(`${CPU_ROOT}/${name}`)) rmdirSync(`${CPU_ROOT}/${name}`);
    } catch {
      // busy: try again next time
    }
  }
}
