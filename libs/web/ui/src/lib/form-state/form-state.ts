import { computed, isSignal, type Signal, signal, type WritableSignal } from '@angular/core';

import { type FieldProblem, fieldProblems } from '../error-summary/error-summary.component';
import { injectFocusAfterRender } from '../focus/focus';
import { type FieldErrors, fieldMessages, lastSegmentIn, shownErrors } from '../form-errors/form-errors';
import type { FieldRows } from '../form-fields';
import { refusalFeedback, type SaveFeedback } from '../save-feedback/save-feedback.component';

/** A save the API refused, as a form shows it. */
export interface FormRefusal<F extends string> {
  /** The sentence shown above the form (the API's own). */
  readonly message: string;
  /** Someone else saved the record first: the form offers to fetch it again rather than naming fields. */
  readonly conflict?: boolean;
  /** The API's sentences by field, shown at the fields until the user changes something. */
  readonly fields?: FieldErrors<F>;
}

/**
 * A refusal from the API's error (`ApiError` of the data access, which the kit does not import): its problems with
 * named fields as the form's fields (`fieldOf`, e.g. `lastSegmentIn(FIELDS)`), each in the user's language
 * (`fieldMessage`), and the sentence `message` for the form.
 */
export function formRefusal<F extends string, P extends { readonly field: string }>(
  error: { readonly fields?: readonly P[] },
  message: string,
  fieldOf: (path: string) => F | undefined,
  fieldMessage: (problem: P) => string,
): FormRefusal<F> {
  return { message, fields: fieldMessages(error.fields, fieldOf, fieldMessage) };
}

function noFieldErrors<F extends string>(): FieldErrors<F> {
  return {} as FieldErrors<F>;
}

/** The words a form is shown with; a heading left out is not shown. */
export interface FormTexts {
  /** The submit button's text, and what it says while the form is sent. */
  readonly submit?: string;
  readonly busy?: string;
  /** The error summary's heading. */
  readonly errorSummary?: string;
  /** The headings of a refusal and of a conflict, and the conflict's button to fetch the record again. */
  readonly errorHeading?: string;
  readonly conflictHeading?: string;
  readonly reload?: string;
  /** The sentence of each notice (`tell`): `saved` is shown as a success, any other as information. */
  readonly notices?: Readonly<Record<string, string>>;
}

/**
 * What a save said, kept the same way everywhere something is saved (a form, a step, a list the user reorders): it
 * is being sent (`saving`), the API refused it (`refuse`: a conflict offers to fetch the record again) or the caller
 * tells how it went (`tell`, a notice named in `texts().notices`); each moves the focus to the feedback
 * (`feedbackId`), which `shownFeedback` gives to `sb-save-feedback`. Create it with `injectSaveStatus`.
 */
export class SaveStatus<F extends string = string> {
  /** The save is being sent. */
  readonly saving = signal(false);
  /** What the API refused the last save with. */
  readonly refusal = signal<FormRefusal<F> | undefined>(undefined);
  /** The caller's name for what the last save did (`saved`, `unchanged`), told until the next one. */
  readonly notice = signal<string | undefined>(undefined);
  readonly texts: Signal<FormTexts>;
  /** What the last save said, as `sb-save-feedback` shows it. */
  readonly shownFeedback: Signal<SaveFeedback | null>;

  constructor(
    readonly feedbackId: string,
    texts: (() => FormTexts) | undefined,
    /** Moves the focus to the element `selector` names, once the next render has shown it. */
    readonly focus: (selector: string) => void,
  ) {
    this.texts = computed(() => texts?.() ?? {});
    this.shownFeedback = computed(() => this.feedback(this.texts()));
  }

  /** The feedback is no longer shown. */
  clearFeedback(): void {
    this.refusal.set(undefined);
    this.notice.set(undefined);
  }

  /** Runs the save (a mutation): busy meanwhile. */
  async send<T>(save: () => Promise<T>): Promise<T> {
    this.saving.set(true);
    try {
      return await save();
    } finally {
      this.saving.set(false);
    }
  }

  /** The API refused: its sentence (focused). */
  refuse(refusal: FormRefusal<F>): void {
    this.notice.set(undefined);
    this.refusal.set(refusal);
    this.focus(`#${this.feedbackId}`);
  }

  /** The save is done: `notice` names how, in the caller's words (focused). */
  tell(notice: string): void {
    this.refusal.set(undefined);
    this.notice.set(notice);
    this.focus(`#${this.feedbackId}`);
  }

  /** The feedback as `sb-save-feedback` shows it (a conflict with a button to reload), or null. */
  feedback(texts: FormTexts): SaveFeedback | null {
    const notice = this.notice();
    const text = notice === undefined ? undefined : texts.notices?.[notice];
    if (text !== undefined) return { kind: notice === 'saved' ? 'saved' : 'info', text };
    const refusal = this.refusal();
    if (!refusal) return null;
    return refusalFeedback(
      { kind: refusal.conflict ? 'conflict' : 'error', message: refusal.message },
      { ...texts, reload: texts.reload ?? '' },
    );
  }
}

/** A refusal with the API's sentence `message`, a conflict when the API said CONFLICT (someone saved first). */
export function refusalOf<F extends string = string>(
  error: { readonly code?: string | undefined },
  message: string,
): FormRefusal<F> {
  return { message, conflict: error.code === 'CONFLICT' };
}

/** A `SaveStatus` whose focus moves after the next render; call in an injection context (a field initializer). */
export function injectSaveStatus(feedbackId: string, texts?: () => FormTexts): SaveStatus {
  return new SaveStatus(feedbackId, texts, injectFocusAfterRender());
}

export interface FormStateOptions<F extends string, V, K> {
  /** The values the form starts with, or the signal that holds them (a draft the caller keeps). */
  readonly initial: V | WritableSignal<V>;
  /** The form's fields in page order: the order of the error summary. */
  readonly fields: readonly F[];
  /** The form's own checks (the API's rules, checked before sending): a problem per field. */
  readonly validate: (values: V) => Readonly<Partial<Record<F, K>>>;
  /** A problem of `validate` as a sentence. */
  readonly translate: (problem: K) => string;
  /** A field's label, as the error summary names it. */
  readonly label: (field: F) => string;
  /**
   * The form's name in ids: a field's control is `<id>-<field>` (the error summary links to it), the error summary
   * `<id>-errors` (focused when the form's own checks stop a submit).
   */
  readonly id: string;
  /** The save feedback's id (focused when the save is done or refused); `<id>-feedback` unless given. */
  readonly feedbackId?: string;
  /** Values that follow from a change (a suggestion the user has not overridden), given the values before it. */
  readonly adjust?: (values: V, before: V) => Partial<V> | undefined;
  /** The fields as `sb-field-form` draws them for `values` (see `fieldRows`); read in a reactive context. */
  readonly rows?: (values: V) => FieldRows;
  /** The form's words; read in a reactive context, so they follow the language. */
  readonly texts?: () => FormTexts;
  /**
   * What `submit` does with values that pass the form's own checks (a mutation): what the API refused, or nothing
   * once the caller has done what follows a save (`tell`, close the form, open what was made).
   */
  readonly save?: (values: V) => Promise<FormRefusal<F> | undefined>;
}

/**
 * The state every form of the app keeps the same way: its values, whether the user has tried to submit (the
 * problems are shown from then on), and what the save said (`SaveStatus`), the API's sentences by field shown until
 * the user changes something. A submit
 * is `begin` (checks; focuses the error summary when they fail), `send` (busy while the API works), then `refuse`
 * or `tell` (each focuses the feedback); `submit` does it all with the `save` it was given. Create it with
 * `injectFormState` in a field initializer; `sb-field-form` draws a form of described fields from it.
 */
export class FormState<F extends string, V, K> extends SaveStatus<F> {
  readonly values: WritableSignal<V>;
  /** The user has tried to submit: the problems are shown. */
  readonly submitted = signal(false);
  private readonly serverErrors = signal(noFieldErrors<F>());

  readonly summaryId: string;

  /** Each field's problem as a sentence, once the user has tried to submit: the form's own over the API's. */
  readonly errors: Signal<FieldErrors<F>>;
  /** The error summary's problems, in the fields' order. */
  readonly problems: Signal<FieldProblem[]>;
  /** The fields, as `sb-field-form` draws them. */
  readonly rows: Signal<FieldRows>;

  constructor(
    private readonly options: FormStateOptions<F, V, K>,
    focus: (selector: string) => void,
  ) {
    super(options.feedbackId ?? `${options.id}-feedback`, options.texts, focus);
    this.values = isSignal(options.initial) ? options.initial : signal(options.initial);
    this.summaryId = `${options.id}-errors`;
    this.errors = computed(() =>
      shownErrors(this.submitted(), this.serverErrors(), options.validate(this.values()), options.translate),
    );
    this.problems = computed(() =>
      fieldProblems(options.fields, this.errors(), options.label, (field) => `${options.id}-${field}`),
    );
    this.rows = computed(() => options.rows?.(this.values()) ?? []);
  }

  /** The user changed a field (`key` names one of the values): see `patch`. */
  change(change: { readonly key: string; readonly value: string }): void {
    const values = this.values();
    if (typeof values === 'object' && values !== null && change.key in values) {
      this.patch({ [change.key]: change.value } as Partial<V>);
    }
  }

  /** Changes some of the values, as the user's changes do (with what follows from them): see `edited`. */
  patch(values: Partial<V>): void {
    const before = this.values();
    const changed = { ...before, ...values };
    this.values.set({ ...changed, ...this.options.adjust?.(changed, before) });
    this.edited();
  }

  /** The user changed something: the API's sentences by field no longer apply. */
  edited(): void {
    if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set(noFieldErrors());
  }

  /** Starts over from `values`: nothing submitted, refused or told. */
  reset(values: V): void {
    this.values.set(values);
    this.submitted.set(false);
    this.serverErrors.set(noFieldErrors());
    this.clearFeedback();
  }

  /**
   * The user submitted: the values to send, or undefined when the form is already being sent or its own checks fail
   * (the error summary then has the focus). Clears what the API said last time.
   */
  begin(event: Event): V | undefined {
    event.preventDefault();
    if (this.saving()) return undefined;
    this.submitted.set(true);
    this.serverErrors.set(noFieldErrors());
    this.clearFeedback();
    const values = this.values();
    if (Object.keys(this.options.validate(values)).length > 0) {
      this.focus(`#${this.summaryId}`);
      return undefined;
    }
    return values;
  }

  /** The user submitted: `begin`, then the `save` the form was given, busy meanwhile; a refusal is shown. */
  async submit(event: Event): Promise<void> {
    const values = this.begin(event);
    const save = this.options.save;
    if (values === undefined || !save) return;
    const refusal = await this.send(() => save(values));
    if (refusal) this.refuse(refusal);
  }

  /**
   * A refusal from the API's error (see `formRefusal`): its problems with the form's fields, named by the path's
   * last segment (`input.title`) unless `fieldOf` says otherwise, in the user's language (`fieldMessage`).
   */
  refusalFrom<P extends { readonly field: string }>(
    error: { readonly fields?: readonly P[] },
    message: string,
    fieldMessage: (problem: P) => string,
    fieldOf: (path: string) => F | undefined = lastSegmentIn(this.options.fields),
  ): FormRefusal<F> {
    return formRefusal(error, message, fieldOf, fieldMessage);
  }

  /** The API refused: its sentence above the form (focused), its sentences at the fields. */
  override refuse(refusal: FormRefusal<F>): void {
    this.serverErrors.set(refusal.fields ?? noFieldErrors());
    super.refuse(refusal);
  }

  /** The save is done (`notice` names how, in the caller's words): no problems are shown any more; focused. */
  override tell(notice: string): void {
    this.submitted.set(false);
    this.serverErrors.set(noFieldErrors());
    super.tell(notice);
  }
}

/** A `FormState` whose focus moves after the next render; call in an injection context (a field initializer). */
export function injectFormState<F extends string, V, K>(
  options: FormStateOptions<F, V, K>,
): FormState<F, V, K> {
  return new FormState(options, injectFocusAfterRender());
}
