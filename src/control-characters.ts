/**
 * Characters a terminal obeys instead of showing: C0 controls but tab and line feed, DEL, and C1
 * controls (U+009B is a second form of ESC [). ESC and BEL in a plan's text could retitle or clear
 * the clerk's terminal, or fake coloured text.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `\x1b` for ESC: what a programmer would write, visible and inert. */
export const controlName = (char: string) => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`;

/** The text with each control character written out as `\xNN`. */
export const showControls = (text: string) => text.replace(CONTROL_CHARACTERS, controlName);

export const hasControls = (text: string) => text.search(CONTROL_CHARACTERS) >= 0;
