import { useTranslations } from 'next-intl';

/** The widget's last line: "by Marsad", a link to the site that opens outside the embedding page. */
export function PoweredBy({ siteHref }: { siteHref: string }) {
  const t = useTranslations('embed');
  return (
    <p className="text-xs">
      <a href={siteHref} target="_blank" rel="noopener noreferrer" className="text-muted underline underline-offset-4">
        {t('poweredBy')}
      </a>
    </p>
  );
}
