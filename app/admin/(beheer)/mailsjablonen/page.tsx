import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listTemplates, templateOriginLabel } from "@/lib/mail/templates/admin";

export const metadata: Metadata = { title: "Mailteksten" };

export default async function MailTemplatesPage() {
  await requireAdmin("beheerder");
  const templates = await listTemplates(db, "global");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Mailteksten</h1>
      <p>De standaardtekst van elke automatische mail, voor alle bijeenkomsten. Een organisator kan per bijeenkomst een eigen tekst maken.</p>
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {templates.map((template) => (
          <li key={template.kind} className="p-3">
            <Link href={`/admin/mailsjablonen/${template.kind}`} className="font-semibold text-brand-700 underline">
              {template.label}
            </Link>
            <span className="text-sm text-stone-600"> · {templateOriginLabel(template.origin)}</span>
            <p className="text-sm text-stone-700">{template.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
