// The form's default button. Enter in a text field "clicks" the first submit button in the form; in a form
// whose row buttons (add, remove) are submit buttons too, so that they also work without JavaScript, that
// must be this one, placed first, which sends the form's main action. It is rendered (a button with
// display:none is not clicked by every browser) but invisible, out of the tab order and hidden from
// screen readers, who reach the visible main button at the end of the form.
export function DefaultSubmit({ label }: { label: string }) {
  return (
    <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only">
      {label}
    </button>
  );
}
