import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';

/** What the proxy does with one request. */
export type FaultAction =
  | { kind: 'pass'; before?: () => Promise<void>; onForwarded?: () => void }
  | { kind: 'status'; status: 500 | 503 }
  | { kind: 'hang' }
  | { kind: 'drop-after-commit' }
  | { kind: 'twice' }
  | { kind: 'delay'; ms: number };

export interface ProxiedRequest {
  index: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type FaultPolicy = (request: ProxiedRequest) => FaultAction;

export interface FaultRecord {
  request: ProxiedRequest;
  action: FaultAction['kind'];
  /** The server's status of each forwarding (none when the proxy answered or it was down). */
  upstream: number[];
}

export interface FaultProxy {
  url: string;
  records: FaultRecord[];
  setPolicy: (policy: FaultPolicy) => void;
  setTarget: (url: string) => void;
  /** Sends a recorded request again (a late duplicate from the network), returns the answer. */
  replay: (request: ProxiedRequest) => Promise<{ status: number; body: string }>;
  close: () => Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function loopbackUrl(url: string): URL {
  const parsed = new URL(url);
  if (!LOOPBACK.has(parsed.hostname)) throw new Error(`fault proxy: loopback only, not ${url}`);
  return parsed;
}

/**
 * An HTTP proxy in front of the real server that injects the faults a flaky mobile network and
 * a crashing server produce; the policy picks one action per request and every action is kept.
 */
export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  let target = loopbackUrl(targetUrl);
  let policy: FaultPolicy = () => ({ kind: 'pass' });
  const records: FaultRecord[] = [];
  const sockets = new Set<Socket>();

  function forward(req: ProxiedRequest): Promise<{ status: number; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: target.host, connection: 'close' };
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.path, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(req.body);
    });
  }

  async function handle(req: ProxiedRequest, res: ServerResponse): Promise<void> {
    const action = policy(req);
    const record: FaultRecord = { request: req, action: action.kind, upstream: [] };
    records.push(record);
    if (action.kind === 'status') {
      res.writeHead(action.status, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    if (action.kind === 'hang') return; // the client's timeout ends it
    if (action.kind === 'delay') await new Promise((r) => setTimeout(r, action.ms));
    if (action.kind === 'pass') await action.before?.();
    let answer: { status: number; body: Buffer };
    try {
      const first = forward(req);
      if (action.kind === 'pass') action.onForwarded?.();
      answer = await first;
      record.upstream.push(answer.status);
      if (action.kind === 'twice') {
        answer = await forward(req);
        record.upstream.push(answer.status);
      }
    } catch {
      // The server is down or died mid-request: what a real reverse proxy says.
      if (!res.headersSent) res.writeHead(502).end();
      return;
    }
    if (action.kind === 'drop-after-commit') {
      // The server has committed and answered; the client never hears of it.
      res.socket?.destroy();
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
  }

  let index = 0;
  const server = createServer((incoming: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => {
      const req: ProxiedRequest = {
        index: index++,
        method: incoming.method ?? 'GET',
        path: incoming.url ?? '/',
        headers: incoming.headers,
        body: Buffer.concat(chunks),
      };
      void handle(req, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    records,
    setPolicy: (next) => {
      policy = next;
    },
    setTarget: (url) => {
      target = loopbackUrl(url);
    },
    replay: async (req) => {
      const answer = await forward(req);
      return { status: answer.status, body: answer.body.toString() };
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
