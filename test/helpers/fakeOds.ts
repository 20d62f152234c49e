// A real HTTP server on 127.0.0.1 that plays the UN's Official Document System for tests,
// serving fixtures the project builds from the corpus texts, and every failure users meet.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface FakeOds {
  url: string;
  /** Every request: path and query, User-Agent, and how many were in flight when it arrived. */
  requests: { symbol: string; language: string; format: string; userAgent: string; inFlight: number }[];
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
  | { kind: 'flaky'; failures: number; then: Answer; seen?: number };

export async function startFakeOds(answers: Record<string, Answer>): Promise<FakeOds> {
  const requests: FakeOds['requests'] = [];
  let inFlight = 0;
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
    }
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const symbol = url.searchParams.get('s') ?? '';
    const language = url.searchParams.get('l') ?? '';
    const format = url.searchParams.get('t') ?? '';
    inFlight++;
    requests.push({ symbol, language, format, userAgent: String(req.headers['user-agent'] ?? ''), inFlight });
    res.on('close', () => inFlight--);
    if (url.pathname !== '/api/symbol/access') return respond({ kind: 'status', status: 404 }, res);
    respond(answers[`${symbol}|${language}|${format}`] ?? { kind: 'status', status: 404 }, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
