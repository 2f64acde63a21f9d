import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TemplateEditorForm } from "@/components/admin/mail/TemplateEditorForm";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { templateForEditing, templateOriginLabel } from "@/lib/mail/templates/admin";
import { isMailKind } from "@/lib/mail/templates/registry";
import { globalTemplateAction } from "../../evenementen/[id]/mail/actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<{ opgeslagen?: string; teruggezet?: string }> };

export default async function GlobalTemplatePage({ params, searchParams }: Props) {
  await requireAdmin("beheerder");
  const { kind } = await params;
  if (!isMailKind(kind)) notFound();
  const template = await templateForEditing(db, kind, "global");
  const query = await searchParams;
  return (
    <TitledPage title={adminPageTitle("Mailtekst")}>
      <div className="max-w-3xl space-y-6">
        <div>
          <p>
            <Link href="/admin/mailsjablonen" className="text-brand-700 underline">
              Mailteksten
            </Link>
          </p>
          <h1 className="text-3xl font-bold">Mailtekst: {template.label}</h1>
          <p className="text-stone-700">{template.description}</p>
          <p className="text-sm text-stone-600">
            {templateOriginLabel(template.origin)}. Geldt voor alle bijeenkomsten zonder eigen tekst.
          </p>
        </div>
        {(query.opgeslagen || query.teruggezet) && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-3">
            {query.opgeslagen ? "De tekst is opgeslagen." : "De tekst is teruggezet naar de ingebouwde standaard."}
          </p>
        )}
        <TemplateEditorForm
          action={globalTemplateAction.bind(null, kind)}
          current={template.current}
          registrations={[]}
          resetLabel={template.origin === "global" ? "Terug naar de ingebouwde tekst" : null}
        />
      </div>
    </TitledPage>
  );
}
