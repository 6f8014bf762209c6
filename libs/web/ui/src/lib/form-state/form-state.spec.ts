import { describe, expect, it, jest } from '@jest/globals';

import { fieldRows } from './field-rows';
import { type FormRefusal, FormState, type FormStateOptions, refusalOf, SaveStatus } from './form-state';

interface Thing {
  readonly title: string;
  readonly area: string;
  readonly note: string;
}
type Field = keyof Thing;
const NOTE_PROBLEM = 'A note needs a title.';

/** A form of a title (required), an area that follows the title until chosen, and a note. */
function thingForm(options: Partial<FormStateOptions<Field, Thing, string>> = {}) {
  const focus = jest.fn<(selector: string) => void>();
  const form = new FormState<Field, Thing, string>(
    {
      initial: { title: '', area: '', note: '' },
      fields: ['title', 'area', 'note'],
      validate: (values) => ({
        ...(values.title.trim() ? {} : { title: 'required' }),
        ...(values.note && !values.title ? { note: 'orphan' } : {}),
      }),
      translate: (problem) => (problem === 'required' ? 'Write a title.' : NOTE_PROBLEM),
      label: (field) => field.toUpperCase(),
      id: 'thing',
      adjust: (values, before) =>
        values.title !== before.title && before.area === before.title ? { area: values.title } : undefined,
      texts: () => ({ errorHeading: 'Not saved', reload: 'Fetch again', notices: { saved: 'Saved.' } }),
      ...options,
    },
    focus,
  );
  return { form, focus };
}

const submitEvent = () => new Event('submit', { cancelable: true });

describe('FormState', () => {
  it('shows its own problems once the user has tried to submit, in the fields’ order, and sends nothing', async () => {
    const save = jest.fn<(values: Thing) => Promise<undefined>>();
    const { form, focus } = thingForm({ save });
    form.change({ key: 'note', value: 'Hi' });
    expect(form.problems()).toEqual([]);

    const event = submitEvent();
    await form.submit(event);
    expect(event.defaultPrevented).toBe(true);
    expect(save).not.toHaveBeenCalled();
    expect(focus).toHaveBeenCalledWith('#thing-errors');
    expect(form.problems()).toEqual([
      { id: 'thing-title', label: 'TITLE', message: 'Write a title.' },
      { id: 'thing-note', label: 'NOTE', message: NOTE_PROBLEM },
    ]);
  });

  it('changes a value with what follows from it, and ignores a key it does not have', () => {
    const { form } = thingForm();
    form.change({ key: 'title', value: 'Plan' });
    form.change({ key: 'unknown', value: 'x' });
    expect(form.values()).toEqual({ title: 'Plan', area: 'Plan', note: '' });
    form.change({ key: 'area', value: 'Teknisk' });
    form.change({ key: 'title', value: 'Planen' });
    expect(form.values().area).toBe('Teknisk');
  });

  it('sends valid values while busy, and shows a refusal: its sentence focused, its fields until changed', async () => {
    let answer: (refusal: undefined) => void = () => undefined;
    const saved = { refusal: undefined as FormRefusal<Field> | undefined };
    const { form, focus } = thingForm({
      save: (values) =>
        values.note ? Promise.resolve(saved.refusal) : new Promise((resolve) => (answer = resolve)),
    });
    saved.refusal = form.refusalFrom({ fields: [{ field: 'input.note' }] }, 'Refused.', () => 'Too long.');
    form.change({ key: 'title', value: 'Plan' });
    const first = form.submit(submitEvent());
    expect(form.saving()).toBe(true);
    await form.submit(submitEvent());
    answer(undefined);
    await first;
    expect(form.saving()).toBe(false);

    form.change({ key: 'note', value: 'x'.repeat(10) });
    await form.submit(submitEvent());
    expect(focus).toHaveBeenLastCalledWith('#thing-feedback');
    expect(form.errors()).toEqual({ note: 'Too long.' });
    expect(form.shownFeedback()).toEqual({ kind: 'error', heading: 'Not saved', message: 'Refused.' });
    form.change({ key: 'note', value: 'Short' });
    expect(form.errors()).toEqual({});
  });

  it('tells how a save went, and starts over on reset', () => {
    const { form } = thingForm();
    form.submitted.set(true);
    form.tell('saved');
    expect(form.submitted()).toBe(false);
    expect(form.shownFeedback()).toEqual({ kind: 'saved', text: 'Saved.' });
    form.reset({ title: 'Other', area: '', note: '' });
    expect(form.shownFeedback()).toBeNull();
    expect(form.values().title).toBe('Other');
  });

  it('draws its rows from the values', () => {
    const { form } = thingForm({
      rows: (values) =>
        fieldRows<Field>('thing-', (field) => field, [
          { key: 'title', kind: 'text', required: true },
          values.title !== '' && [
            { key: 'area', id: 'thing-where', kind: 'select', options: [] },
            { key: 'note', kind: 'multiline', label: 'Merknad' },
          ],
        ]),
    });
    expect(form.rows()).toEqual([
      { key: 'title', id: 'thing-title', label: 'title', kind: 'text', required: true },
    ]);
    form.change({ key: 'title', value: 'Plan' });
    expect(form.rows()[1]).toEqual([
      { key: 'area', id: 'thing-where', label: 'area', kind: 'select', options: [] },
      { key: 'note', id: 'thing-note', label: 'Merknad', kind: 'multiline' },
    ]);
  });
});

describe('SaveStatus', () => {
  it('shows a conflict with the button to fetch again, a notice by its name, and nothing once cleared', () => {
    const focus = jest.fn<(selector: string) => void>();
    const status = new SaveStatus(
      'step-feedback',
      () => ({ reload: 'Fetch again', notices: { moved: 'Moved.' } }),
      focus,
    );
    status.refuse(refusalOf({ code: 'CONFLICT' }, 'Changed by someone else.'));
    expect(status.shownFeedback()).toEqual({
      kind: 'conflict',
      heading: undefined,
      message: 'Changed by someone else.',
      reloadLabel: 'Fetch again',
    });
    status.tell('moved');
    expect(status.shownFeedback()).toEqual({ kind: 'info', text: 'Moved.' });
    expect(focus).toHaveBeenCalledTimes(2);
    status.clearFeedback();
    expect(status.shownFeedback()).toBeNull();
    expect(refusalOf({ code: 'FORBIDDEN' }, 'No.')).toEqual({ message: 'No.', conflict: false });
  });
});
