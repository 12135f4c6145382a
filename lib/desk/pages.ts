// What the desk's pages need from the server: the language of the path, and the signed-in actor (a
// visitor without a session is sent to the sign-in page).
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { sessionActor } from './http';
import type { Actor } from './incidents';
import type { Locale } from '@/lib/i18n/routing';

export type DeskLang = Locale;

export function deskLang(value: string): DeskLang {
  if (value !== 'ar' && value !== 'en') notFound();
  return value;
}

export async function deskPageActor(lang: DeskLang): Promise<Actor> {
  const actor = await sessionActor(await headers());
  if (!actor) redirect(`/desk/${lang}/sign-in`);
  return actor;
}

export async function deskPageActorOrNull(): Promise<Actor | null> {
  return sessionActor(await headers());
}
