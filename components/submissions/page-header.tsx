import type { ReactNode } from "react";

export function PageHeader({ id, title, intro, children }: { id: string; title: string; intro?: string; children?: ReactNode }) {
  return (
    <header className="mb-6">
      <h1 id={id} className="text-3xl font-bold">{title}</h1>
      {intro && <p className="mt-3 max-w-3xl text-slate-700">{intro}</p>}
      {children}
    </header>
  );
}
