// `npm run webhooks -- add <id> <url> | list | rotate <id> | retire-old <id> | disable <id> | enable <id>`:
// the operator's command for webhook endpoints (lib/engine/notify/endpoints.ts), on the database of the
// settings. The embedded database belongs to one process: stop the server first, or use DATABASE_URL.
import { openDatabase, readDbConfig } from '@/lib/db/client';
import { runWebhookCommand } from '@/lib/engine/notify/endpoints';
import { readNotifySettings } from '@/lib/notify/settings';

async function main() {
  const settings = readNotifySettings(process.env);
  const handle = await openDatabase(readDbConfig(process.env));
  try {
    console.log(await runWebhookCommand(handle.db, process.argv.slice(2), { allowLoopback: settings.webhook.allowLoopback }));
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(`\nnpm run webhooks: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
