/** Reading and using a rendered page the way a person does: by visible text, names and ids. */

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** An element's text with white space folded, as it reads. */
export function textOf(node: Node | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The folded text of the first element matching `selector`; '' when there is none. */
export function textAt(root: ParentNode, selector: string): string {
  return textOf(root.querySelector(selector));
}

/** The folded texts of every element matching `selector`. */
export function textsAt(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (node) => textOf(node));
}

/** The button whose text is `name`, if there is one. */
export function findButton(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return Array.from(root.querySelectorAll('button')).find((button) => textOf(button) === name);
}

/** The button whose text is `name`; throws (naming the buttons there are) when there is none. */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const found = findButton(root, name);
  if (!found) throw new Error(`No button "${name}" in ${textsAt(root, 'button').join(' | ')}`);
  return found;
}

/** The element with id `id` (a form control, a region); throws when there is none. */
export function byId<T extends HTMLElement = HTMLInputElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`#${id}`);
  if (!found) throw new Error(`No element #${id}`);
  return found;
}

/** The control a label names (by its `for`); throws when there is none. */
export function fieldLabelled(root: ParentNode, label: string): HTMLInputElement | HTMLSelectElement {
  const labelElement = Array.from(root.querySelectorAll('label')).find((l) => textOf(l) === label);
  const control = labelElement && root.querySelector(`#${labelElement.getAttribute('for')}`);
  if (!control) throw new Error(`No field "${label}"`);
  return control as HTMLInputElement | HTMLSelectElement;
}

/** Each row of a table's body as its cells' texts (header cells included). */
export function tableRows(root: ParentNode, rows = 'tbody tr'): string[][] {
  return Array.from(root.querySelectorAll(rows), (row) =>
    Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.trim() ?? ''),
  );
}

/** The table whose caption is `caption`; throws when there is none. */
export function tableCaptioned(root: ParentNode, caption: string): HTMLTableElement {
  const found = Array.from(root.querySelectorAll('table')).find(
    (table) => textAt(table, 'caption') === caption,
  );
  if (!found) throw new Error(`No table "${caption}" in ${textsAt(root, 'caption').join(' | ')}`);
  return found;
}

/** Types `value` into a control (a select is chosen, with `change`; anything else gets `input`). */
export function typeInto(control: Control, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
}

/** Submits the first form matching `selector` (as pressing its submit button does). */
export function submitForm(root: ParentNode, selector = 'form'): void {
  root.querySelector(selector)?.dispatchEvent(new Event('submit'));
}
