// Runs once per `next start` process (not during `next build`). This file is also compiled for the
// Edge runtime, so the Node-only start-up lives in lib/engine/boot.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { boot } = await import('./lib/engine/boot');
    await boot();
  }
}
