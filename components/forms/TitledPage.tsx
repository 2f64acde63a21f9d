import { headers } from "next/headers";
import type { ReactNode } from "react";
import { PageTitleProvider } from "@/components/forms/page-title-context";

// A page with several forms, whose title must start with "Fout: " after a failed submit, without JavaScript
// too. Its metadata title is null. Normally it renders its own <title>; when it answers a form posted without
// JavaScript it leaves the title to the form that was posted (Notice: "Fout: …" or the plain title), because
// the server streams the titles in an order of its own and the browser takes the first.

export async function TitledPage({ title, children }: { title: string; children: ReactNode }) {
  const answersFormPost = isFormPostWithoutJavaScript(await headers());
  return (
    <PageTitleProvider title={title}>
      {children}
      {!answersFormPost && <title>{title}</title>}
    </PageTitleProvider>
  );
}

/** A server action posted by a plain HTML form: no `next-action` header (that comes from Next's client). */
function isFormPostWithoutJavaScript(requestHeaders: Headers): boolean {
  const type = requestHeaders.get("content-type") ?? "";
  return !requestHeaders.has("next-action") && /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
}
