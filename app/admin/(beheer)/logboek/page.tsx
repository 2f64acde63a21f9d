import type { Metadata } from "next";
import { AuditTable } from "@/components/admin/AuditTable";
import { auditLog } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Logboek" };

export default async function AuditLogPage() {
  await requireAdmin();
  const rows = await auditLog(db);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Logboek</h1>
      <p className="text-stone-700">Wie wat wijzigde en wanneer, nieuwste eerst (de laatste 200 wijzigingen).</p>
      <AuditTable rows={rows} showEvent />
    </div>
  );
}
