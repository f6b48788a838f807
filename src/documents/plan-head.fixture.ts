/**
 * For the documents' unit tests: the head every test plan shares (a provincial committee's plan
 * no. 3 of 10/1/2026). Each test adds the units, sessions and signature its document needs.
 */
export const PLAN_HEAD = {
  year: 2026,
  issuer: { name: "TỈNH ỦY THỬ", code: "TU" },
  number: 3,
  date: "2026-01-10",
  place: "Thử",
  summary: "tổ chức đối thoại năm 2026",
} as const;
