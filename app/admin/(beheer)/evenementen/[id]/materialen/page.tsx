import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/ActionButtonForm";
import { EventSubpageHeading } from "@/components/admin/EventSubpageHeading";
import { MaterialForm } from "@/components/materials/MaterialForm";
import { MaterialList } from "@/components/materials/MaterialList";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { eventIdFrom } from "@/lib/event-editor/overview";
import { workshopsInDayOrder } from "@/lib/events/rounds";
import { listMaterials } from "@/lib/materials/materials";
import { addMaterialAction, deleteMaterialAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string }> };

export default async function MaterialsPage({ params }: Props) {
  await requireAdmin();
  const id = eventIdFrom((await params).id);
  const event =
    id === null
      ? null
      : await db.event.findUnique({
          where: { id },
          select: {
            id: true,
            slug: true,
            title: true,
            startsAt: true,
            endsAt: true,
            rounds: {
              select: {
                number: true,
                kind: true,
                title: true,
                startsAt: true,
                workshops: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } },
              },
            },
          },
        });
  if (!event) notFound();
  const materials = await listMaterials(db, event.id);
  const workshops = workshopsInDayOrder(event.rounds);
  const remove = deleteMaterialAction.bind(null, event.id);

  return (
    <TitledPage title={adminPageTitle("Materialen")}>
      <div className="max-w-3xl space-y-8">
        <EventSubpageHeading event={event} title="Materialen">
          <p className="mt-2 text-stone-700">
            Dia&apos;s, een opname of andere stukken. Ze staan op de pagina van de bijeenkomst zodra die is afgelopen, en in de mail na
            afloop.
          </p>
        </EventSubpageHeading>

        <section aria-labelledby="toegevoegd" className="space-y-3">
          <h2 id="toegevoegd" className="text-xl font-semibold">
            Toegevoegd ({materials.length})
          </h2>
          {materials.length === 0 ? (
            <p className="text-stone-600">Nog geen materialen.</p>
          ) : (
            <ul className="space-y-3">
              {materials.map((material) => (
                <li
                  key={material.id}
                  className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between"
                  data-testid="material"
                >
                  <div className="min-w-0 break-words">
                    <MaterialList slug={event.slug} materials={[material]} />
                  </div>
                  <ActionButtonForm action={remove} label="Verwijderen" tone="danger">
                    <input type="hidden" name="materialId" value={material.id} />
                  </ActionButtonForm>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="toevoegen" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="toevoegen" className="mb-3 text-xl font-semibold">
            Materiaal toevoegen
          </h2>
          <MaterialForm workshops={workshops} action={addMaterialAction.bind(null, event.id)} />
        </section>
      </div>
    </TitledPage>
  );
}
