import type { ValueProblem } from "@tracemark/sdk";
import type { ImportProblem, ImportRow } from "./types.ts";

/** Characters no cell may hold: control characters (line breaks included) and unpaired surrogates. */
const unprintable =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/**
 * Text of a file shown back in a problem (a value, a column's name): what cannot be stored or shown
 * (control characters, unpaired surrogates, which Postgres's jsonb refuses as \u0000) becomes U+FFFD.
 *
 * @example
 * shown("a\u0000b") // "a\uFFFDb"
 */
export function shown(text: string): string {
  return text.replace(new RegExp(unprintable.source, "gu"), "\uFFFD");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what it replaces
const unstorableCharacter = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text without what Postgres cannot store (NUL, unpaired surrogates), each replaced by U+FFFD.
 *
 * @example
 * storable("a\u0000b") // "a\uFFFDb"
 */
export function storable(text: string): string {
  return text.replace(unstorableCharacter, "\uFFFD");
}

/**
 * The problems of one row, collected column by column, and its cells read through checks that add
 * a problem and return undefined when the value is wrong: every problem of the row, not the first.
 */
export class RowCheck {
  readonly problems: ImportProblem[] = [];
  constructor(readonly row: ImportRow) {}

  /** The cell's text, or undefined when empty. */
  value(column: string): string | undefined {
    const text = this.row.cells.get(column);
    return text === undefined || text === "" ? undefined : text;
  }

  add(column: string, value: string | undefined, found: ValueProblem): void {
    this.problems.push({
      row: this.row.row,
      column,
      ...(value === undefined ? {} : { value: value.slice(0, 100) }),
      ...found,
    });
  }

  /** A required cell: a problem when empty. */
  required(column: string, what: string): string | undefined {
    const value = this.value(column);
    if (value === undefined)
      this.add(column, undefined, { problem: `The ${what} is missing.`, fix: `Fill in the ${what}.` });
    return value;
  }

  /**
   * Text a person reads (a name, an address): at most `max` characters, no control characters, and
   * not starting like a spreadsheet formula (`=`, `+`, `@`), which would run when the data is
   * exported and opened again.
   */
  text(column: string, max: number, required?: string): string | undefined {
    const value = required ? this.required(column, required) : this.value(column);
    if (value === undefined) return undefined;
    const before = this.problems.length;
    if ([...value].length > max) {
      this.add(column, value, {
        problem: `The ${column} has ${[...value].length} characters; at most ${max} are kept.`,
        fix: `Shorten it to ${max} characters.`,
      });
    }
    if (unprintable.test(value)) {
      this.add(column, value, {
        problem: `The ${column} contains a line break, tab or other invisible character.`,
        fix: "Retype it as one line of plain text.",
      });
    }
    if (/^[=+@]/.test(value)) {
      this.add(column, value, {
        problem: `The ${column} starts with ${value[0]}, which a spreadsheet runs as a formula.`,
        fix: `Remove the leading ${value[0]}.`,
      });
    }
    return this.problems.length === before ? value : undefined;
  }

  /** A value checked by one of the SDK's `describe…Problem` functions. */
  checked(column: string, value: string | undefined, describe: (value: string) => ValueProblem | undefined) {
    if (value === undefined) return undefined;
    const found = describe(value);
    if (found) {
      this.add(column, value, found);
      return undefined;
    }
    return value;
  }
}

/** Whether `value` is a number between `min` and `max` with at most 6 decimals. */
export function isCoordinate(value: string, min: number, max: number): boolean {
  return /^-?\d{1,3}(\.\d{1,6})?$/.test(value) && Number(value) >= min && Number(value) <= max;
}
