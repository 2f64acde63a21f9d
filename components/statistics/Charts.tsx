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
      {/* A table grows to its content whatever its own width: the box around it is what hides it. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Dag</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.day}</th>
                <td>{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Onderdeel</th>
              <th scope="col">Bezet</th>
              <th scope="col">Plaatsen</th>
            </tr>
          </thead>
          <tbody>
            {fills.map((fill) => (
              <tr key={fill.label}>
                <th scope="row">{fill.label}</th>
                <td>{fill.taken}</td>
                <td>{fill.capacity ?? "geen limiet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
