import { formatBytes } from "@/lib/materials/rules";
import { materialHref, type MaterialItem } from "@/lib/materials/materials";

/** The materials of an event, each a link or a download, with its workshop where it belongs to one. */
export function MaterialList({ slug, materials }: { slug: string; materials: MaterialItem[] }) {
  return (
    <ul className="mt-2 space-y-2">
      {materials.map((material) => (
        <li key={material.id}>
          <a href={materialHref(null, slug, material)} className="font-medium text-brand-700 underline">
            {material.title}
          </a>
          <span className="text-stone-600">
            {material.fileName ? ` (${material.fileName.split(".").pop()?.toUpperCase()}, ${formatBytes(material.size ?? 0)})` : " (link)"}
            {material.workshop && `, workshop ${material.workshop.number}: ${material.workshop.title}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
