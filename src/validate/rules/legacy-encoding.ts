import type { Issue } from "../../findings.js";
import { eachString } from "../../plan/walk.js";
import type { Rule } from "../rule.js";

/**
 * Text typed with the old Vietnamese font encodings (TCVN3/ABC for .VnTime, VNI for VNI-Times) and
 * pasted into a UTF-8 file shows as Latin-1 letters and signs: "Ban Th­êng vô §¶ng ñy" is "Ban
 * Thường vụ Đảng ủy". These are the characters of U+00A1–U+00FF that Vietnamese never writes (the
 * Vietnamese letters à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals are left out, and so are
 * the degree sign and the superscripts, which real text uses beside letters: 25°C, m²).
 */
const FOREIGN = /[\u00a1-\u00af\u00b1\u00b4-\u00b8\u00ba-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/u;
/** TCVN3 puts its lower-case vowels with marks in A1–BF; VNI writes the marks after a letter, from C0 up. */
const TCVN3 = /[\u00a1-\u00bf]/u;
const WORD = /[\p{L}\u00a1-\u00bf\u00d7\u00f7]+/gu;
const ASCII_LETTER = /[A-Za-z]/;
const EDGE_SIGNS = new Set(["«", "»", "©", "®", "§"]);
const LETTER = /[\p{L}]/u;

/**
 * A word that mixes ASCII letters with such characters: a sign inside a word ("Th­êng") is proof
 * enough, a sign at a word's edge ("§¶ng", "«Tên»", "ABC®") only when another word of the text
 * has one too, so that a lone symbol beside a name is no alarm.
 */
export function legacyWords(text: string): string[] {
  const words: string[] = [];
  let inside = false;
  for (const [word] of text.matchAll(WORD)) {
    if (!ASCII_LETTER.test(word) || !FOREIGN.test(word)) continue;
    const chars = [...word];
    const within = chars.some((c, i) => FOREIGN.test(c) && i > 0 && i < chars.length - 1 && LETTER.test(chars[i - 1]) && (LETTER.test(chars[i + 1]) || FOREIGN.test(chars[i + 1])));
    // «Tên», ABC®, ©2024: signs real text puts at a word's edge, no evidence on their own.
    if (!within && chars.every((c) => !FOREIGN.test(c) || EDGE_SIGNS.has(c))) continue;
    inside ||= within;
    words.push(word);
  }
  return inside || words.length >= 2 ? words : [];
}

/** One warning per text that holds words in an old font encoding, naming the first and the encoding. */
export const legacyEncoding: Rule = {
  name: "legacy-vietnamese-encoding",
  check: ({ plan }) => {
    const issues: Issue[] = [];
    for (const [value, path] of eachString(plan)) {
      if (!FOREIGN.test(value)) continue;
      const words = legacyWords(value);
      if (!words.length) continue;
      const encoding = words.some((w) => TCVN3.test(w)) ? "TCVN3" : "VNI";
      issues.push({ code: "legacy-vietnamese-encoding", severity: "warning", path, params: { word: words[0], encoding } });
    }
    return issues;
  },
};
