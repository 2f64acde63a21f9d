import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminBar } from "@/components/admin/AdminBar";
import { requireAdmin } from "@/lib/auth/session";
import { signOutAction } from "../(beheer)/actions";

// The check-in pages: open to door staff (ontvangst) as well as every organiser.

export const metadata: Metadata = { title: { default: "Inchecken", template: "%s | Beheer Bijeen" }, robots: { index: false, follow: false } };

export default async function CheckInLayout({ children }: { children: ReactNode }) {
  const user = await requireAdmin("ontvangst");
  return (
    <div className="space-y-4">
      <AdminBar user={user} signOut={signOutAction} />
      {children}
    </div>
  );
}
