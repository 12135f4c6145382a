// Start-up fails loudly: bad settings and a port in use end the process with a non-zero code and a
// message naming the problem, before Next or the database start (they used to restart workers forever).
import { spawn } from 'node:child_process';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';

function start(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/front/server/main.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', MARSAD_PROBES: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - t0 });
    });
  });
}

describe.concurrent('front server start-up', () => {
  it.each([
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [{ HOST: '256.1.1.1' }, /HOST must be an IP address/],
    [{ MARSAD_FRONT_WORKERS: '0' }, /MARSAD_FRONT_WORKERS/],
  ])('refuses %j', async (env, message) => {
    const { code, output } = await start(env);
    expect(code).not.toBe(0);
    expect(output).toMatch(message);
  }, 25_000);

  it('stops at once when the port is in use', async () => {
    const holder = net.createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const { port } = holder.address() as AddressInfo;
    try {
      const { code, output } = await start({ PORT: String(port), HOST: '127.0.0.1' });
      expect(code).not.toBe(0);
      expect(output).toMatch(/cannot listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/);
    } finally {
      holder.close();
    }
  }, 25_000);
});
