import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { CertificateDocument } from "@/lib/accreditation/certificate";

// Draws a certificate of attendance on one A4 page with pdf-lib (pure JavaScript, no native dependencies).
// The standard Helvetica fonts cover Western European letters (WinAnsi): Dutch names with ë, é, ç print as
// they are; a letter outside it (ł, ş) prints without its accent rather than failing the download.

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const BRAND = rgb(0.09, 0.31, 0.45);
const INK = rgb(0.11, 0.1, 0.09);
const MUTED = rgb(0.34, 0.32, 0.3);

export async function renderCertificatePdf(certificate: CertificateDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Bewijs van deelname: ${winAnsi(certificate.eventTitle)}`);
  pdf.setAuthor("Bijeen");
  pdf.setSubject(`Bewijs van deelname van ${winAnsi(certificate.name)}`);
  pdf.setLanguage("nl-NL");
  pdf.setCreator("Bijeen");
  const page = pdf.addPage(A4);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;

  const write = (text: string, font: PDFFont, size: number, color = INK, gap = 8) => {
    for (const line of wrap(winAnsi(text), font, size, width)) {
      y -= size;
      page.drawText(line, { x: MARGIN, y, size, font, color });
      y -= size * 0.35;
    }
    y -= gap;
  };

  page.drawRectangle({ x: 0, y: A4[1] - 16, width: A4[0], height: 16, color: BRAND });
  y -= 24;
  write("Bewijs van deelname", bold, 30, BRAND, 28);
  write("Hierbij verklaren wij dat", regular, 13, MUTED);
  write(certificate.name, bold, 22, INK, 14);
  write("heeft deelgenomen aan", regular, 13, MUTED);
  write(certificate.eventTitle, bold, 18, INK, 24);

  const rows: [string, string][] = [
    ["Datum", certificate.date],
    ...(certificate.times ? ([["Tijd", certificate.times]] as [string, string][]) : []),
    ["Plaats", certificate.place],
    ["Uren", certificate.hours],
    ["Organisator", certificate.organiser],
  ];
  for (const [label, value] of rows) row(page, label, value, regular, bold, () => y, (next) => (y = next));
  y -= 16;

  if (certificate.accreditations.length > 0) {
    write("Accreditatie", bold, 14, BRAND, 6);
    for (const accreditation of certificate.accreditations) write(accreditation.line, regular, 12, INK, 2);
  }

  page.drawLine({ start: { x: MARGIN, y: MARGIN + 28 }, end: { x: A4[0] - MARGIN, y: MARGIN + 28 }, thickness: 0.75, color: MUTED });
  page.drawText(winAnsi(certificate.issued), { x: MARGIN, y: MARGIN + 10, size: 10, font: regular, color: MUTED });
  return pdf.save();
}

const LABEL_WIDTH = 110;

function row(page: PDFPage, label: string, value: string, regular: PDFFont, bold: PDFFont, y: () => number, setY: (y: number) => void) {
  const size = 12;
  let current = y();
  const lines = wrap(winAnsi(value), regular, size, A4[0] - 2 * MARGIN - LABEL_WIDTH);
  current -= size;
  page.drawText(label, { x: MARGIN, y: current, size, font: bold, color: INK });
  lines.forEach((line, index) => {
    if (index > 0) current -= size * 1.35;
    page.drawText(line, { x: MARGIN + LABEL_WIDTH, y: current, size, font: regular, color: INK });
  });
  setY(current - size * 0.8);
}

/** Greedy word wrap by the font's own widths. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

// WinAnsi (Windows-1252) beyond Latin-1: the characters standard PDF fonts can draw.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Text the standard fonts can draw: word joiners out, other letters without their accents, else "?". */
export function winAnsi(text: string): string {
  return [...text.replaceAll("\u2060", "").replaceAll("\u00a0", " ")]
    .map((char) => {
      const code = char.codePointAt(0)!;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) return char;
      const plain = char.normalize("NFD").replace(/\p{M}/gu, "");
      return plain && [...plain].every((c) => c.codePointAt(0)! < 0x7f) ? plain : "?";
    })
    .join("");
}
