/**
 * The page shown when the app cannot start (no or bad `/config.json`): plain DOM, no Angular, in
 * Norwegian and English. Problems are inserted as text, never as HTML.
 */
export function renderStartupError(document: Document, problems: readonly string[]): HTMLElement {
  const main = document.createElement('main');
  main.id = 'main';
  main.className = 'sb-startup-error';

  const add = <K extends keyof HTMLElementTagNameMap>(
    parent: HTMLElement,
    tag: K,
    text: string,
    lang?: string,
  ): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (lang) element.lang = lang;
    parent.append(element);
    return element;
  };

  const alert = document.createElement('div');
  alert.className = 'ds-alert';
  alert.dataset['color'] = 'danger';
  alert.setAttribute('role', 'alert');
  main.append(alert);

  add(alert, 'h1', 'Samarbeid kan ikke starte').className = 'ds-heading';
  add(
    alert,
    'p',
    'Konfigurasjonen (/config.json) mangler eller er ugyldig. Kontakt den som drifter tjenesten.',
  ).className = 'ds-paragraph';
  add(alert, 'h2', 'Samarbeid cannot start', 'en').className = 'ds-heading';
  add(
    alert,
    'p',
    'The configuration (/config.json) is missing or invalid. Please contact the people who run this service.',
    'en',
  ).className = 'ds-paragraph';

  if (problems.length > 0) {
    add(main, 'h2', 'Detaljer (Details)').className = 'ds-heading';
    const list = document.createElement('ul');
    list.lang = 'en';
    for (const problem of problems) add(list, 'li', problem);
    main.append(list);
  }

  document.title = 'Samarbeid kan ikke starte – Samarbeid';
  document.body.replaceChildren(main);
  return main;
}
