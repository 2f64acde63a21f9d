import type { DayCount, Fill } from "@/lib/statistics/stats";

// Server-rendered SVG charts. The drawing is hidden from screen readers; each chart has the same figures as
// a table beside it, visually hidden, so nothing depends on seeing the bars.

const dayLabel = (day: string) => {
  const [, month, date] = day.split("-");
  return `${Number(date)}-${Number(month)}`;
};

/** Bars per day, e.g. registrations or the waitlist's length. */
export function DayChart({ title, days, unit }: { title: string; days: DayCount[]; unit: string }) {
  if (days.length === 0) return <p>Nog geen gegevens voor {title.toLowerCase()}.</p>;
  const max = Math.max(1, ...days.map((day) => day.count));
  const width = 640;
  const height = 200;
  const bar = width / days.length;
  const labelEvery = Math.ceil(days.length / 8);
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 24}`} className="h-auto w-full max-w-2xl" aria-hidden="true" focusable="false">
        <line x1="0" y1={height} x2={width} y2={height} stroke="#57534e" />
        {days.map((day, index) => {
          const barHeight = (day.count / max) * (height - 16);
          return (
            <g key={day.day}>
              <rect x={index * bar + bar * 0.1} y={height - barHeight} width={Math.max(1, bar * 0.8)} height={barHeight} fill="#1d4ed8" />
              {index % labelEvery === 0 && (
                <text x={index * bar + bar / 2} y={height + 16} fontSize="11" textAnchor="middle" fill="#292524">
                  {dayLabel(day.day)}
                </text>
              )}
            </g>
          );
        })}
        <text x="4" y="12" fontSize="11" fill="#292524">
          max. {max}
        </text>
      </svg>
      <HiddenTable title={title} columns={["Dag", unit]} rows={days.map((day) => ({ key: day.day, cells: [day.day, day.count] }))} />
    </figure>
  );
}

/** Horizontal bars of places taken against the capacity, with the figures written out beside them. */
export function FillChart({ title, fills }: { title: string; fills: Fill[] }) {
  if (fills.length === 0) return null;
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{title}</figcaption>
      <ul className="space-y-2" aria-hidden="true">
        {fills.map((fill) => {
          const share = fill.capacity ? Math.min(1, fill.taken / fill.capacity) : fill.taken > 0 ? 1 : 0;
          return (
            <li key={fill.label}>
              <span className="block">{fill.label}</span>
              <span className="flex items-center gap-2">
                <svg viewBox="0 0 300 16" className="h-4 w-full max-w-xs" focusable="false">
                  <rect x="0" y="0" width="300" height="16" fill="#e7e5e4" />
                  <rect
                    x="0"
                    y="0"
                    width={300 * share}
                    height="16"
                    fill={fill.capacity !== null && fill.taken >= fill.capacity ? "#b45309" : "#15803d"}
                  />
                </svg>
                <span className="whitespace-nowrap">
                  {fill.taken}
                  {fill.capacity !== null ? ` van ${fill.capacity}` : " (geen limiet)"}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <HiddenTable
        title={title}
        columns={["Onderdeel", "Bezet", "Plaatsen"]}
        rows={fills.map((fill) => ({ key: fill.label, cells: [fill.label, fill.taken, fill.capacity ?? "geen limiet"] }))}
      />
    </figure>
  );
}

/**
 * A chart's figures as a table for screen readers: the first cell of a row is its header. A table grows to its
 * content whatever its own width, so the visually hidden box around it is what keeps it off a phone's screen.
 */
function HiddenTable({ title, columns, rows }: { title: string; columns: string[]; rows: { key: string; cells: (string | number)[] }[] }) {
  return (
    <div className="sr-only">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, cells: [header, ...values] }) => (
            <tr key={key}>
              <th scope="row">{header}</th>
              {values.map((value, index) => (
                <td key={index}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
