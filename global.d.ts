import type { formats } from '@/lib/i18n/formats';
import type { routing } from '@/lib/i18n/routing';
import type messages from './messages/ar.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
    Formats: typeof formats;
  }
}
