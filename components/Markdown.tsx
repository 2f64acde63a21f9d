import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

// An event's description as organisers write it (Markdown), for the public page and the editor's preview
// alike. Raw HTML is not rendered at all, and rehype-sanitize (GitHub's allow-list) cleans what Markdown
// makes, so a description can never carry a script or a javascript: link onto the site.

// The page has its own h1 and section headings; a description's headings sit below them.
const components: Components = {
  h1: ({ children }) => <h3 className="mt-6 text-xl font-semibold">{children}</h3>,
  h2: ({ children }) => <h3 className="mt-6 text-xl font-semibold">{children}</h3>,
  h3: ({ children }) => <h4 className="mt-4 text-lg font-semibold">{children}</h4>,
  a: ({ href, children }) => (
    <a href={href} className="text-brand-700 underline">
      {children}
    </a>
  ),
  ul: ({ children }) => <ul className="list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="list-decimal space-y-1 pl-6">{children}</ol>,
  blockquote: ({ children }) => <blockquote className="border-l-4 border-stone-300 pl-4 text-stone-700">{children}</blockquote>,
  img: () => null,
};

export function Markdown({ source, className = "space-y-4" }: { source: string; className?: string }) {
  return (
    <div className={className}>
      <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
