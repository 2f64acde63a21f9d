import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminBar } from "@/components/admin/AdminBar";
import { requireAdmin } from "@/lib/auth/session";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: { default: "Beheer", template: "%s | Beheer Bijeen" }, robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireAdmin();
  return (
    <div className="space-y-6">
      <AdminBar user={user} signOut={signOutAction} />
      {children}
    </div>
  );
}
