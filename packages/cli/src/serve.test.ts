import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapServer } from './serve.js';

const PAGE = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;"><p>Ann Hale</p>`;
const server = mapServer(PAGE);
let port: number;

beforeAll(() =>
  new Promise<void>((done) => server.listen(0, '127.0.0.1', done)).then(() => {
    port = (server.address() as AddressInfo).port;
  }),
);
afterAll(() => new Promise<void>((done) => server.close(() => done())));

function get(
  host: string,
  method = 'GET',
  path = '/',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('muster view --serve', () => {
  it('serves the page to 127.0.0.1 and localhost at its port, with CSP and nosniff headers', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      const answer = await get(host);
      expect(answer.status, host).toBe(200);
      expect(answer.body).toBe(PAGE);
      expect(answer.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('refuses a foreign Host (DNS rebinding), another port, and no port', async () => {
    for (const host of [
      `evil.example:${port}`,
      'evil.example',
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `localhost.evil.example:${port}`,
    ]) {
      const answer = await get(host);
      expect(answer.status, host).toBe(403);
      expect(answer.body).not.toContain('Ann Hale');
    }
  });

  it('answers only GET and HEAD, and only the page', async () => {
    const host = `127.0.0.1:${port}`;
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const answer = await get(host, method);
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
    }
    const head = await get(host, 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
    expect((await get(host, 'GET', '/other')).status).toBe(404);
  });
});
