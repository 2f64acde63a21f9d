// An e-mail address that wraps at its @ when the column is narrow, and mid-word only when one part alone
// is wider than the space (break-all split addresses anywhere, even where they fitted).

export function EmailAddress({ address, className = "" }: { address: string; className?: string }) {
  const at = address.lastIndexOf("@");
  return (
    <span data-testid="email-address" className={`break-words ${className}`}>
      {at > 0 ? (
        <>
          {address.slice(0, at)}
          <wbr />
          {address.slice(at)}
        </>
      ) : (
        address
      )}
    </span>
  );
}
