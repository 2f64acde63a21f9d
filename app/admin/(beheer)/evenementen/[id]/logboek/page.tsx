import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/admin/AuditTable";
import { eventAuditLog } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Logboek van het evenement" };

export default async function EventAuditLogPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const found = await eventAuditLog(db, Number((await params).id));
  if (!found) notFound();
  const { event, rows } = found;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/admin/evenementen/${event.id}`} className="text-brand-800 underline underline-offset-2">
          ← {event.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Logboek: {event.title}</h1>
      <AuditTable rows={rows} showEvent={false} />
    </div>
  );
}
