import Link from "next/link";

// Reached only for paths outside any locale (the proxy sends everything else
// to a locale), so it speaks the three languages at once.
export default function RootNotFound() {
  return (
    <html lang="fr" dir="ltr">
      <body className="min-h-screen font-sans">
        <main className="mx-auto max-w-xl px-6 py-16">
          <h1 className="text-2xl font-bold">Page introuvable</h1>
          <p lang="en" className="mt-2 text-ink-soft">
            Page not found
          </p>
          <p lang="ar" dir="rtl" className="mt-2 text-ink-soft">
            الصفحة غير موجودة
          </p>
          <ul className="mt-6 flex gap-4">
            <li>
              <Link className="underline" href="/fr">
                Accueil
              </Link>
            </li>
            <li>
              <Link className="underline" href="/ar" lang="ar">
                الرئيسية
              </Link>
            </li>
            <li>
              <Link className="underline" href="/en" lang="en">
                Home
              </Link>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
