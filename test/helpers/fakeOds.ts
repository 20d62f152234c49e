// A real HTTP server on 127.0.0.1 that plays the UN's Official Document System for tests,
// serving fixtures the project builds from the corpus texts, and every failure users meet:
// statuses, HTML pages, hangs, huge or cut bodies, flaky 503s, slow answers (`delay`), bodies
// dripped a few bytes at a time (`drip`) and redirects (`redirect`, to anywhere). It records
// every request with how many were in flight when it arrived, and the most ever in flight.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface FakeOds {
  url: string;
  /** Every request: path and query, User-Agent, and how many were in flight when it arrived. */
  requests: { symbol: string; language: string; format: string; path: string; userAgent: string; inFlight: number }[];
  /** The most requests ever in flight at once. */
  readonly maxInFlight: number;
  /** How many requests are in flight now. */
  readonly inFlight: number;
  close(): Promise<void>;
}

/** What the server answers for one symbol and format. */
export type Answer =
  | { kind: 'file'; body: Uint8Array; type: string }
  | { kind: 'status'; status: number }
  | { kind: 'html' }
  | { kind: 'huge'; bytes: number }
  | { kind: 'hang' }
  | { kind: 'cut'; body: Uint8Array }
  | { kind: 'flaky'; failures: number; then: Answer; seen?: number }
  /** Waits `ms`, then answers `then`. */
  | { kind: 'delay'; ms: number; then: Answer }
  /** Status 200 and the whole Content-Length at once, then the body `chunkBytes` at a time every `everyMs`. */
  | { kind: 'drip'; body: Uint8Array; type: string; chunkBytes: number; everyMs: number }
  /** A redirect (302 unless said) to `location`, which may be relative or on another host. */
  | { kind: 'redirect'; location: string; status?: number };

export interface FakeOdsOptions {
  /** The answer for a symbol and format not in the table (default: 404). */
  fallback?: Answer;
}

export async function startFakeOds(answers: Record<string, Answer>, options: FakeOdsOptions = {}): Promise<FakeOds> {
  const requests: FakeOds['requests'] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const hanging: ServerResponse[] = [];

  function respond(answer: Answer, res: ServerResponse): void {
    switch (answer.kind) {
      case 'file':
        res.writeHead(200, { 'Content-Type': answer.type, 'Content-Length': answer.body.length });
        res.end(answer.body);
        return;
      case 'status':
        res.writeHead(answer.status, { 'Content-Type': 'text/plain' });
        res.end(`status ${answer.status}`);
        return;
      case 'html':
        // ODS answers symbols it does not know with a web page, status 200.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!DOCTYPE html><html><head><title>Official Document System</title></head><body>Document not found</body></html>');
        return;
      case 'huge': {
        // No Content-Length: the client must count as it reads.
        res.writeHead(200, { 'Content-Type': 'application/pdf' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        chunk.write('%PDF-1.7\n');
        let sent = 0;
        const pump = () => {
          while (sent < answer.bytes) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => {});
        pump();
        return;
      }
      case 'hang':
        hanging.push(res);
        return;
      case 'cut':
        res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': answer.body.length });
        res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => res.destroy());
        return;
      case 'flaky':
        answer.seen = (answer.seen ?? 0) + 1;
        if (answer.seen <= answer.failures) respond({ kind: 'status', status: 503 }, res);
        else respond(answer.then, res);
        return;
      case 'delay': {
        const timer = setTimeout(() => respond(answer.then, res), answer.ms);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'drip': {
        res.writeHead(200, { 'Content-Type': answer.type, 'Content-Length': answer.body.length });
        res.flushHeaders();
        let sent = 0;
        const timer = setInterval(() => {
          const next = answer.body.subarray(sent, sent + answer.chunkBytes);
          sent += next.length;
          if (sent >= answer.body.length) {
            clearInterval(timer);
            res.end(next);
          } else res.write(next);
        }, answer.everyMs);
        res.on('error', () => {});
        res.on('close', () => clearInterval(timer));
        return;
      }
      case 'redirect':
        res.writeHead(answer.status ?? 302, { Location: answer.location, 'Content-Type': 'text/plain' });
        res.end('moved');
        return;
    }
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const symbol = url.searchParams.get('s') ?? '';
    const language = url.searchParams.get('l') ?? '';
    const format = url.searchParams.get('t') ?? '';
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    requests.push({ symbol, language, format, path: url.pathname, userAgent: String(req.headers['user-agent'] ?? ''), inFlight });
    res.on('close', () => inFlight--);
    if (url.pathname !== '/api/symbol/access') return respond(answers[url.pathname] ?? { kind: 'status', status: 404 }, res);
    respond(answers[`${symbol}|${language}|${format}`] ?? options.fallback ?? { kind: 'status', status: 404 }, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    get inFlight() {
      return inFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
