import "server-only";
import { redirect } from "next/navigation";
import { NOT_FOUND_PATH } from "@/lib/http/request-guards";

/**
 * For public pages whose record does not exist. notFound() would answer 404 with an empty HTML shell on
 * Next 16.4 (the not-found page is drawn only by client JavaScript: vercel/next.js#62228, fix proposed in
 * #98583), so a visitor without JavaScript saw a blank page. An unmatched URL is rendered on the server;
 * we send the visitor there. See docs/decisions/004-server-rendered-404.md.
 */
export function notFoundPage(): never {
  redirect(NOT_FOUND_PATH);
}
