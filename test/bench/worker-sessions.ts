import type { CDPSession } from 'playwright-core';

export interface WorkerTarget {
  sessionId: string;
  url: string;
  type: string;
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * DevTools sessions to a page's workers. Playwright's CDPSession has no way to address a child
 * session of the flat protocol, so this uses the older non-flattened one: auto-attach with
 * `flatten: false`, then commands wrapped in Target.sendMessageToTarget and answers read from
 * Target.receivedMessageFromTarget. Each worker is held before its first line until
 * `onStart` has run (waitForDebuggerOnStart), so a throttle set there covers all of its work.
 */
export class WorkerSessions {
  readonly targets = new Map<string, WorkerTarget>();
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: Reply) => void>();

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(
    cdp: CDPSession,
    onStart: (target: WorkerTarget, sessions: WorkerSessions) => Promise<void> | void,
  ): Promise<WorkerSessions> {
    const sessions = new WorkerSessions(cdp);
    cdp.on('Target.attachedToTarget', (event) => {
      const target = {
        sessionId: event.sessionId,
        url: event.targetInfo.url,
        type: event.targetInfo.type,
      };
      sessions.targets.set(event.sessionId, target);
      void Promise.resolve(onStart(target, sessions))
        .catch(() => {})
        .then(() =>
          event.waitingForDebugger
            ? sessions.send(event.sessionId, 'Runtime.runIfWaitingForDebugger')
            : undefined,
        )
        .catch(() => {});
    });
    cdp.on('Target.detachedFromTarget', (event) => {
      if (event.sessionId) sessions.targets.delete(event.sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as Reply;
      if (reply.id === undefined) return;
      sessions.waiting.get(reply.id)?.(reply);
      sessions.waiting.delete(reply.id);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: false,
    });
    return sessions;
  }

  /** One command to one worker; rejects with the worker's error message. */
  send(sessionId: string, method: string, params: object = {}, timeoutMs = 10_000) {
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${method}: no answer from the worker in ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        if (reply.error) reject(new Error(reply.error.message));
        else resolve(reply.result);
      });
      this.cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          this.waiting.delete(id);
          reject(error);
        });
    });
  }

  /** Used JS heap of each live worker, in bytes, after a garbage collection if asked. */
  async heaps(collectGarbage: boolean): Promise<Array<{ url: string; usedBytes: number }>> {
    const out: Array<{ url: string; usedBytes: number }> = [];
    for (const target of this.targets.values()) {
      try {
        if (collectGarbage) await this.send(target.sessionId, 'HeapProfiler.collectGarbage');
        const usage = (await this.send(target.sessionId, 'Runtime.getHeapUsage')) as {
          usedSize: number;
        };
        out.push({ url: target.url, usedBytes: usage.usedSize });
      } catch {
        // the worker ended meanwhile
      }
    }
    return out;
  }
}
