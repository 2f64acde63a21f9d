import "server-only";
import QRCode from "qrcode";
import { formatCheckInCode } from "@/lib/check-in/code";

// The QR code of a check-in code, as the door page's scanner reads it: an SVG for pages, a PNG for mails.

export function checkInQrSvg(code: string): Promise<string> {
  return QRCode.toString(formatCheckInCode(code), { type: "svg", margin: 4, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } });
}

export function checkInQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(formatCheckInCode(code), { type: "png", margin: 4, width: 240, errorCorrectionLevel: "M" });
}

/** Only a confirmed place shows a code: waitlisted and pending people get theirs when promoted or accepted. */
export function showsCheckInCode(registration: { status: string; checkInCode: string | null }): registration is { status: "confirmed"; checkInCode: string } {
  return registration.status === "confirmed" && registration.checkInCode !== null;
}
