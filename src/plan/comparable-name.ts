/** Vietnamese tone marks, as combining characters (NFD): huyền, sắc, ngã, hỏi, nặng. */
const TONE = "[\u0300\u0301\u0303\u0309\u0323]";
/**
 * "oa", "oe", "uy" (and "ua") with the tone on either vowel: the old placement ("hoà", "uỷ") and
 * the new ("hòa", "ủy") both stand in offices' names, often in one office's own papers.
 */
const TONED_PAIR = new RegExp(`([ou])(${TONE}?)([aey])(${TONE}?)`, "gi");

/**
 * A name as a clerk reads it: the same letters, whatever the case, the spacing, the line breaks, the
 * Unicode form or the placement of the tone mark ("Đảng uỷ" is "Đảng ủy").
 */
export const comparableName = (name: string): string =>
  name
    .normalize("NFD")
    .replace(TONED_PAIR, (_, first: string, t1: string, second: string, t2: string) => `${first}${second}${t1 || t2}`)
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase(); // Vietnamese has no casing rules of its own: toLocaleLowerCase("vi") gives the same
