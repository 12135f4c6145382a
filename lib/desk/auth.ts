// Accounts and sessions for the desk, with better-auth (its drizzle adapter on Marsad's database, so
// PGlite and PostgreSQL alike): scrypt password hashes, sessions stored in desk_sessions, a signed
// cookie on Path=/desk only. Sign-up is closed: accounts come from `npm run desk:admin` and admins.
// Its HTTP router is not mounted: the desk's own routes call its server API, so every entry point
// goes through the desk's rate limit, same-origin check and validation.
import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth/minimal';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { eq } from 'drizzle-orm';
import { getDatabase, type Db } from '@/lib/db/client';
import { deskAccounts, deskSessions, deskSettings, deskUsers, deskVerifications } from '@/lib/db/schema';
import { CLIENT_ADDRESS_HEADER, DESK_AUTH_BASE, DESK_COOKIE_PREFIX, DESK_PATH, SESSION_SECONDS, deskCookieSecure, deskOrigin } from './config';

/** The signing secret: MARSAD_DESK_SECRET, else one made once and kept in the database for every instance. */
async function secretOf(db: Db): Promise<string> {
  const given = process.env.MARSAD_DESK_SECRET?.trim();
  if (given) {
    if (given.length < 32) throw new Error('MARSAD_DESK_SECRET must be at least 32 characters long.');
    return given;
  }
  await db.insert(deskSettings).values({ key: 'secret', value: randomBytes(32).toString('base64url') }).onConflictDoNothing();
  const [row] = await db.select().from(deskSettings).where(eq(deskSettings.key, 'secret'));
  return row!.value;
}

export function createDeskAuth(db: Db, secret: string) {
  const secure = deskCookieSecure();
  return betterAuth({
    appName: 'Marsad desk',
    baseURL: `${deskOrigin()}${DESK_AUTH_BASE}`,
    basePath: DESK_AUTH_BASE,
    secret,
    trustedOrigins: [deskOrigin()],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: deskUsers, session: deskSessions, account: deskAccounts, verification: deskVerifications },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'editor', input: false },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    session: { expiresIn: SESSION_SECONDS, updateAge: 24 * 3600 },
    // A disabled account (lib/desk/users.ts) gets no new session, whatever its password.
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            const [user] = await db.select({ disabledAt: deskUsers.disabledAt }).from(deskUsers).where(eq(deskUsers.id, session.userId));
            return user && user.disabledAt === null ? undefined : false;
          },
        },
      },
    },
    // The desk counts failed sign-ins itself, per account and per address, in the database (shared
    // by every instance): lib/desk/sign-in-limit.ts.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: DESK_COOKIE_PREFIX,
      useSecureCookies: secure,
      defaultCookieAttributes: { path: DESK_PATH, httpOnly: true, sameSite: 'strict', secure },
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
  });
}

export type DeskAuth = ReturnType<typeof createDeskAuth>;

let auth: Promise<DeskAuth> | undefined;

/** The process's one instance, made on first use (the secret may have to be read from the database). */
export function getDeskAuth(): Promise<DeskAuth> {
  auth ??= (async () => {
    const { db } = await getDatabase();
    return createDeskAuth(db, await secretOf(db));
  })().catch((error: unknown) => {
    auth = undefined;
    throw error;
  });
  return auth;
}

export { secretOf as deskSecretOf };
