import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { startApp, type RunningApp } from '../support/app.js';
import { freePort } from '../support/http.js';

/**
 * The systemd unit and the nginx example, checked with the real tools from Debian's packages
 * (.ci/run installs them): `systemd-analyze verify` and `security --offline`, and nginx running
 * the example config in front of the composed app on loopback, with TLS from a throwaway
 * certificate. In CI a missing tool fails the test; on a developer's machine it is skipped.
 */

const root = findProjectRoot();
const unitFile = path.join(root, 'deploy', 'systemd', 'wijkwijzer.service');
const nginxFile = path.join(root, 'deploy', 'nginx', 'wijkwijzer.conf');

function tool(command: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (!found && process.env.CI === 'true') {
    throw new Error(`${command} is missing: .ci/run installs it`);
  }
  return found;
}

const hasSystemd = tool('systemd-analyze');
const hasNginx = tool('nginx') && tool('openssl');

describe.skipIf(!hasSystemd)('deploy/systemd/wijkwijzer.service', () => {
  let work: string;
  let copy: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-unit-'));
    copy = path.join(work, 'wijkwijzer.service');
    await writeFile(copy, readFileSync(unitFile, 'utf8'));
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('passes systemd-analyze verify without a single warning', () => {
    const result = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8' });
    expect(result.stderr.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  it('is hardened: exposure at most 2.0 by systemd-analyze security, not root, no new privileges', () => {
    const result = spawnSync('systemd-analyze', ['security', '--offline=true', copy], {
      encoding: 'utf8',
    });
    const exposure = Number(
      /Overall exposure level for [^:]+: (\d+\.\d+)/.exec(result.stdout)?.[1],
    );
    expect(exposure).toBeLessThanOrEqual(2);
    const unit = readFileSync(unitFile, 'utf8');
    expect(unit).toMatch(/^User=wijkwijzer$/m);
    expect(unit).toMatch(/^NoNewPrivileges=yes$/m);
    expect(unit).toMatch(/^ProtectSystem=strict$/m);
    // Longer than the app's own drain (10 s) plus closing sockets and storage.
    expect(Number(/^TimeoutStopSec=(\d+)s$/m.exec(unit)?.[1])).toBeGreaterThanOrEqual(20);
  });

  it('the check can fail: a misspelt setting is reported', async () => {
    const broken = path.join(work, 'broken.service');
    await writeFile(
      broken,
      readFileSync(unitFile, 'utf8').replace('ProtectSystem=strict', 'ProtectSystm=strict'),
    );
    const result = spawnSync('systemd-analyze', ['verify', broken], { encoding: 'utf8' });
    expect(result.stderr).toMatch(/Unknown key 'ProtectSystm'/);
  });
});

/** GET over TLS, trusting only the throwaway certificate. */
function httpsGet(
  url: string,
  ca: string,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, servername: 'wijkwijzer.example.nl' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!hasNginx)('deploy/nginx/wijkwijzer.conf in front of the bot', () => {
  let work: string;
  let app: RunningApp;
  let nginx: ChildProcess | undefined;
  let httpsPort: number;
  let httpPort: number;
  let ca: string;

  /** The example with loopback ports, the test's certificate and writable temp paths. */
  function localConfig(sitePath: string): string {
    return [
      `pid ${work}/nginx.pid;`,
      `error_log ${work}/error.log;`,
      'events {}',
      'http {',
      `  access_log off;`,
      `  client_body_temp_path ${work}/body;`,
      `  proxy_temp_path ${work}/proxy;`,
      `  fastcgi_temp_path ${work}/fastcgi;`,
      `  uwsgi_temp_path ${work}/uwsgi;`,
      `  scgi_temp_path ${work}/scgi;`,
      `  include ${sitePath};`,
      '}',
      '',
    ].join('\n');
  }

  function localSite(text: string, appPort: number): string {
    return text
      .replace(/listen \[::\]:\d+[^;]*;\n/g, '')
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
      .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
      .replace('server 127.0.0.1:3978;', `server 127.0.0.1:${appPort};`)
      .replaceAll('/etc/letsencrypt/live/wijkwijzer.example.nl', work);
  }

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-nginx-'));
    for (const folder of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      await mkdir(path.join(work, folder));
    }
    const certificate = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=wijkwijzer.example.nl',
        '-addext',
        'subjectAltName=DNS:wijkwijzer.example.nl',
        '-keyout',
        path.join(work, 'privkey.pem'),
        '-out',
        path.join(work, 'fullchain.pem'),
      ],
      { encoding: 'utf8' },
    );
    expect(certificate.status, certificate.stderr).toBe(0);
    ca = readFileSync(path.join(work, 'fullchain.pem'), 'utf8');
    app = await startApp();
    httpsPort = await freePort();
    httpPort = await freePort();
    const appPort = Number(new URL(app.baseUrl).port);
    await writeFile(
      path.join(work, 'site.conf'),
      localSite(readFileSync(nginxFile, 'utf8'), appPort),
    );
    await writeFile(path.join(work, 'nginx.conf'), localConfig(path.join(work, 'site.conf')));
  });

  afterAll(async () => {
    if (nginx !== undefined && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx?.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    await app?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('passes nginx -t', () => {
    const result = spawnSync(
      'nginx',
      ['-t', '-p', work, '-e', path.join(work, 'error.log'), '-c', path.join(work, 'nginx.conf')],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toMatch(/test is successful/);
    expect(result.status).toBe(0);
  });

  it('serves the bot over TLS with one HSTS header, redirects http, and hides /metrics', async () => {
    nginx = spawn(
      'nginx',
      [
        '-p',
        work,
        '-e',
        path.join(work, 'error.log'),
        '-c',
        path.join(work, 'nginx.conf'),
        '-g',
        'daemon off;',
      ],
      { stdio: 'ignore' },
    );
    const lookup = `https://127.0.0.1:${httpsPort}`;
    let ready: Awaited<ReturnType<typeof httpsGet>> | undefined;
    for (let attempt = 0; attempt < 100 && ready === undefined; attempt += 1) {
      ready = await httpsGet(`${lookup}/readyz`, ca).catch(async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return undefined;
      });
    }
    expect(ready?.status).toBe(200);
    expect(ready?.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(JSON.parse(ready?.body ?? '{}')).toMatchObject({ status: 'ready' });

    const page = await httpsGet(`${lookup}/`, ca);
    expect(page.status).toBe(200);
    expect(page.body).toContain('wijkwijzer');

    expect((await httpsGet(`${lookup}/metrics`, ca)).status).toBe(404);

    const plain = await fetch(`http://127.0.0.1:${httpPort}/readyz`, { redirect: 'manual' });
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe(`https://127.0.0.1/readyz`);
  });

  it('the check can fail: a broken copy is refused by nginx -t', async () => {
    const broken = path.join(work, 'broken.conf');
    await writeFile(
      broken,
      readFileSync(path.join(work, 'site.conf'), 'utf8').replace('keepalive 16;', 'keepalive 16'),
    );
    await writeFile(path.join(work, 'broken-main.conf'), localConfig(broken));
    const result = spawnSync(
      'nginx',
      [
        '-t',
        '-p',
        work,
        '-e',
        path.join(work, 'error.log'),
        '-c',
        path.join(work, 'broken-main.conf'),
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).not.toBe(0);
    expect(existsSync(broken)).toBe(true);
  });
});
