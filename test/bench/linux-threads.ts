import { readdirSync, readFileSync } from 'node:fs';

/** Linux /proc helpers: Chromium's processes are this process's descendants. */

function parentOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

export function descendantPids(root: number = process.pid): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(entry);
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(Number(entry));
    else children.set(parent, [Number(entry)]);
  }
  const found: number[] = [];
  const todo = [root];
  for (let pid = todo.pop(); pid !== undefined; pid = todo.pop()) {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      todo.push(child);
    }
  }
  return found;
}

/** Thread ids of `pids` whose name (comm, 15 characters at most) starts with one of `prefixes`. */
export function threadsNamed(pids: readonly number[], prefixes: readonly string[]): number[] {
  const tids: number[] = [];
  for (const pid of pids) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // the process ended
    }
    for (const tid of tasks) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8');
        if (prefixes.some((p) => name.startsWith(p))) tids.push(Number(tid));
      } catch {
        // the thread ended
      }
    }
  }
  return tids;
}
