import { formatGrade, formatPercentage } from "@/lib/evaluation/rules";

// Server-rendered SVG charts of the evaluation results. Each chart is drawn for the eye and followed by a
// table with the same numbers, which is what a screen reader reads (the SVG only names itself).

const WIDTH = 640;

/** Bars per grade 1..10. */
export function GradeDistributionChart({ id, title, distribution }: { id: string; title: string; distribution: number[] }) {
  const height = 180;
  const chartTop = 20;
  const chartBottom = height - 28;
  const max = Math.max(1, ...distribution);
  const slot = (WIDTH - 40) / distribution.length;
  const total = distribution.reduce((sum, count) => sum + count, 0);
  return (
    <figure className="space-y-3" aria-labelledby={`${id}-titel`}>
      <figcaption id={`${id}-titel`} className="font-semibold">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-2xl" role="img" aria-label={`Staafdiagram: ${title}. De aantallen staan in de tabel hieronder.`}>
        <line x1={30} x2={WIDTH - 10} y1={chartBottom} y2={chartBottom} className="stroke-stone-400" strokeWidth={1} />
        {distribution.map((count, index) => {
          const barHeight = ((chartBottom - chartTop) * count) / max;
          const x = 30 + index * slot + slot * 0.15;
          return (
            <g key={index}>
              <rect x={x} y={chartBottom - barHeight} width={slot * 0.7} height={barHeight} className="fill-brand-700" />
              {count > 0 && (
                <text x={x + slot * 0.35} y={chartBottom - barHeight - 4} textAnchor="middle" className="fill-stone-900 text-[13px]">
                  {count}
                </text>
              )}
              <text x={x + slot * 0.35} y={height - 8} textAnchor="middle" className="fill-stone-700 text-[13px]">
                {index + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        caption={`${title}: aantal antwoorden per cijfer`}
        headers={["Cijfer", "Aantal", "Aandeel"]}
        rows={distribution.map((count, index) => [String(index + 1), String(count), total === 0 ? "–" : `${Math.round((count / total) * 100)}%`])}
      />
    </figure>
  );
}

/** Horizontal bars: the average grade per workshop, on a scale of 10. */
export function WorkshopAverageChart({ id, title, workshops }: { id: string; title: string; workshops: { id: number; title: string; average: number | null; count: number }[] }) {
  const rowHeight = 34;
  const labelWidth = 260;
  const height = Math.max(1, workshops.length) * rowHeight + 10;
  const barSpace = WIDTH - labelWidth - 60;
  return (
    <figure className="space-y-3" aria-labelledby={`${id}-titel`}>
      <figcaption id={`${id}-titel`} className="font-semibold">
        {title}
      </figcaption>
      {workshops.length === 0 ? (
        <p className="text-stone-600">Nog geen cijfers voor workshops.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-2xl" role="img" aria-label={`Staafdiagram: ${title}. De gemiddelden staan in de tabel hieronder.`}>
            {workshops.map((workshop, index) => {
              const y = 5 + index * rowHeight;
              const barWidth = (barSpace * (workshop.average ?? 0)) / 10;
              return (
                <g key={workshop.id}>
                  <text x={labelWidth - 8} y={y + 20} textAnchor="end" className="fill-stone-900 text-[13px]">
                    {workshop.title.length > 30 ? `${workshop.title.slice(0, 29)}…` : workshop.title}
                  </text>
                  <rect x={labelWidth} y={y + 4} width={barSpace} height={rowHeight - 12} className="fill-stone-100" />
                  <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 12} className="fill-brand-700" />
                  <text x={labelWidth + barWidth + 6} y={y + 20} className="fill-stone-900 text-[13px]">
                    {formatGrade(workshop.average)}
                  </text>
                </g>
              );
            })}
          </svg>
          <ChartTable
            caption={`${title}: gemiddeld cijfer per workshop`}
            headers={["Workshop", "Gemiddeld cijfer", "Aantal cijfers"]}
            rows={workshops.map((workshop) => [workshop.title, formatGrade(workshop.average), String(workshop.count)])}
          />
        </>
      )}
    </figure>
  );
}

/** One bar: how many of those present answered. */
export function ResponseRateChart({ responses, present, rate }: { responses: number; present: number; rate: number | null }) {
  const barSpace = WIDTH - 20;
  return (
    <figure className="space-y-3" aria-labelledby="respons-titel">
      <figcaption id="respons-titel" className="font-semibold">
        Respons: {formatPercentage(rate)}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} 40`} className="h-auto w-full max-w-2xl" role="img" aria-label={`Staafdiagram: respons ${formatPercentage(rate)}. De aantallen staan in de tabel hieronder.`}>
        <rect x={10} y={8} width={barSpace} height={24} className="fill-stone-100" />
        <rect x={10} y={8} width={(barSpace * (rate ?? 0)) / 100} height={24} className="fill-brand-700" />
      </svg>
      <ChartTable caption="Respons op de evaluatie" headers={["Aanwezig", "Ingevuld", "Respons"]} rows={[[String(present), String(responses), formatPercentage(rate)]]} />
    </figure>
  );
}

function ChartTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: string[][] }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            {headers.map((header) => (
              <th key={header} scope="col" className="py-1 pr-6">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className="border-b border-stone-200">
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row" className="py-1 pr-6 font-medium">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex} className="py-1 pr-6 tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
