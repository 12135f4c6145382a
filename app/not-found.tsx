// Requests outside the locale routes (rare: the proxy routes nearly everything) get a bilingual 404.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <h1>الصفحة غير موجودة</h1>
        <p lang="en" dir="ltr">
          Page not found. <a href="/en">Marsad in English</a>
        </p>
        <p>
          <a href="/">العودة إلى الصفحة الرئيسية</a>
        </p>
      </body>
    </html>
  );
}
