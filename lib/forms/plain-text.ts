// PostgreSQL refuses NUL in text (the request would fail), and no control character belongs in a name or a
// note; a multi-line field keeps its tabs and line breaks.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTER_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_CHARACTERS_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export const CONTROL_CHARACTER_MESSAGE = "Hier staat een onzichtbaar teken in dat we niet kunnen bewaren. Typ de tekst opnieuw.";

/** For `.refine()` on a one-line text field. */
export const isPlainLine = (value: string) => !CONTROL_CHARACTER.test(value);

/** For `.refine()` on a multi-line text field. */
export const isPlainText = (value: string) => !CONTROL_CHARACTER_EXCEPT_LINES.test(value);

/** A search term loses its control characters instead of being refused: nothing typed matters there. */
export const withoutControlCharacters = (value: string) => value.replace(CONTROL_CHARACTERS, "");

/** A multi-line text that is cleaned rather than refused (a mail's body): its line breaks and tabs stay, as \n. */
export const withoutControlCharactersExceptLines = (value: string) => value.replace(/\r\n?/g, "\n").replace(CONTROL_CHARACTERS_EXCEPT_LINES, "");
