// `npm run desk:admin -- --email editor@example.org [--name "…"]`: creates the desk's first admin (or
// makes an existing account admin with a new password) and prints the password once. On the embedded
// database it must run while the server is stopped (one process owns the data directory); on
// PostgreSQL (DATABASE_URL) at any time.
import { parseArgs } from 'node:util';
import { openDatabase, readDbConfig } from '@/lib/db/client';
import { DataDirLockedError } from '@/lib/db/lock';
import { createAdmin } from '@/lib/desk/admin';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email) {
  console.error('Usage: npm run desk:admin -- --email you@example.org [--name "Your name"]');
  process.exit(2);
}

let handle;
try {
  handle = await openDatabase(readDbConfig());
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(
      `${error.message}\nThe embedded database belongs to the running server: stop it (Ctrl-C), run this command, then start it again. ` +
        'With PostgreSQL (DATABASE_URL) this command runs while the server runs.',
    );
    process.exit(1);
  }
  throw error;
}
try {
  const result = await createAdmin(handle.db, values.email, values.name);
  console.log(result.created ? `Admin created: ${result.email}` : `Existing account made admin, with a new password: ${result.email}`);
  console.log(`Password (shown once; keep it in a password manager): ${result.password}`);
  console.log('Sign in at /desk');
} catch (error) {
  console.error(`Could not create the admin: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
