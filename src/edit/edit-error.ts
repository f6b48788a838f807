/** Why a byte-preserving edit could not be made; worded by the caller, in the clerk's language. */
export class EditError extends Error {
  constructor(
    readonly key: "edit-cannot-place" | "edit-readback",
    readonly path: readonly (string | number)[] = [],
  ) {
    super(`${key} ${path.join(".")}`);
  }
}
