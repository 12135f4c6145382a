// /desk/{lang}/sign-in: the desk's only page without a session.
import { redirect } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { SignInForm } from '@/components/desk/desk-forms';
import { deskLang, deskPageActorOrNull } from '@/lib/desk/pages';

export const dynamic = 'force-dynamic';

export default async function DeskSignIn({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = deskLang((await params).lang);
  setRequestLocale(lang);
  if (await deskPageActorOrNull()) redirect(`/desk/${lang}`);
  const query = await searchParams;
  const error = typeof query.error === 'string' ? query.error : undefined;
  const wait = typeof query.wait === 'string' && /^\d{1,3}$/.test(query.wait) ? Number(query.wait) : undefined;
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/sign-in`} user={null}>
      <SignInForm lang={lang} error={error} waitMinutes={wait} signedOut={query.signedOut === '1'} />
    </DeskShell>
  );
}
