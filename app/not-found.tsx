import Link from "next/link";
import "./globals.css";

// Reached only for paths outside the localised routes; those get app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <main>
          <h1 className="text-2xl font-bold">Page not found · Page introuvable</h1>
          <p className="mt-4">
            <Link href="/" prefetch={false} className="underline">Libre Atlas</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
