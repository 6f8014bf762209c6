/** One choice of a select or a radio group. */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/** Choices under a heading of a select (`<optgroup>`). */
export interface FieldOptionGroup {
  readonly group: string;
  readonly options: readonly FieldOption[];
}

interface FieldSpecBase {
  /** The caller's name for the field: its value and its error are looked up by it, and a change names it. */
  readonly key: string;
  /**
   * The control's id (the error summary links to it). A radio group's radios are `<id>-<value>`, its hint
   * `<id>-hint` and its error `<id>-error`.
   */
  readonly id: string;
  /** The label (a radio group's legend). */
  readonly label: string;
  readonly hint?: string | null;
  readonly required?: boolean;
  /** The label is read by screen readers only: for a field in a table cell, named by its row and column. */
  readonly labelHidden?: boolean;
  /** Invalid also without an error of its own (a rule it is part of fails). */
  readonly invalid?: boolean;
  /** Ids of hints outside the field, read after its own hint. */
  readonly hintIds?: readonly string[];
  /** Ids read after the error: messages of rules the field is part of. */
  readonly describedByIds?: readonly string[];
  /** The error is announced at once (a form without an error summary). */
  readonly announceError?: boolean;
}

/** How wide a one-line input may grow: a year, a short number or a date, an amount; the form's width without. */
export type FieldWidth = 'xs' | 'sm' | 'md';

/** A one-line input. */
export interface TextFieldSpec extends FieldSpecBase {
  /**
   * `text`: free text. `decimal`, `integer`: a number typed the Norwegian way ("1 250,50"), with the numeric
   * keyboard on a phone and figures of even width. `date`: the browser's date picker.
   */
  readonly kind: 'text' | 'decimal' | 'integer' | 'date';
  readonly maxLength?: number;
  readonly width?: FieldWidth;
  /** The figures stand to the right (amounts in a table). */
  readonly alignEnd?: boolean;
}

/** A text area. */
export interface MultilineFieldSpec extends FieldSpecBase {
  readonly kind: 'multiline';
  readonly rows?: number;
  readonly maxLength?: number;
}

/** A select. */
export interface SelectFieldSpec extends FieldSpecBase {
  readonly kind: 'select';
  readonly options: readonly (FieldOption | FieldOptionGroup)[];
  /** A first choice with the empty value ("Velg …"), selected while nothing is chosen. */
  readonly placeholder?: string | null;
  /** The placeholder is there only while nothing is chosen (once chosen, something must stay chosen). */
  readonly placeholderWhileEmpty?: boolean;
}

/** Radio buttons in a fieldset; the label is its legend. */
export interface ChoiceFieldSpec extends FieldSpecBase {
  readonly kind: 'choice';
  readonly options: readonly FieldOption[];
  /** The radios side by side (yes / no) rather than under each other. */
  readonly inline?: boolean;
  /** The legend is a small heading (a part of the form), not a field's label. */
  readonly legendAsHeading?: boolean;
}

/**
 * One field of a form, described rather than written out: `sb-form-field` draws it (label, hint, control, error, all
 * wired as `sb-field` wires them) and says what the user typed or chose.
 */
export type FieldSpec = TextFieldSpec | MultilineFieldSpec | SelectFieldSpec | ChoiceFieldSpec;

/** Fields under each other; fields given together (an array) stand side by side, wrapping on a narrow screen. */
export type FieldRows = readonly (FieldSpec | readonly FieldSpec[])[];

/** What the user typed or chose in a field. */
export interface FieldChange {
  readonly key: string;
  readonly value: string;
}

/** The options of a select or a radio group from values and their labels. */
export function fieldOptions<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
): FieldOption[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** A yes / no radio pair's options (values `yes` and `no`). */
export function yesNoOptions(yes: string, no: string): FieldOption[] {
  return [
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ];
}

/** A yes / no answer as the radio pair holds it: `yes`, `no`, or '' while unanswered. */
export function yesNoValue(answer: boolean | null | undefined): string {
  return answer === true ? 'yes' : answer === false ? 'no' : '';
}
