/**
 * Search by name: matches listed as buttons under the search box (arrow
 * keys move through them, Enter focuses the first, Escape clears).
 */
import { h, replace } from './dom.js';
import type { ViewerDom } from './ui.js';

export function bindSearch(
  dom: ViewerDom,
  find: (text: string, limit: number) => { id: string; name: string }[],
  choose: (id: string) => void,
): () => void {
  const close = (): void => {
    replace(dom.results);
    dom.search.setAttribute('aria-expanded', 'false');
  };
  const pick = (id: string): void => {
    choose(id);
    close();
  };
  const update = (): void => {
    const matches = find(dom.search.value, 8);
    replace(
      dom.results,
      ...matches.map((m) => {
        const button = h('button', { type: 'button', role: 'option', 'data-actor': m.id }, m.name);
        button.addEventListener('click', () => pick(m.id));
        button.addEventListener('keydown', (event) => {
          const item = button.parentElement;
          if (event.key === 'ArrowDown') (item?.nextElementSibling?.firstElementChild as HTMLElement | null)?.focus();
          else if (event.key === 'ArrowUp') {
            const previous = item?.previousElementSibling?.firstElementChild as HTMLElement | null;
            (previous ?? dom.search).focus();
          } else if (event.key === 'Escape') {
            close();
            dom.search.focus();
          } else return;
          event.preventDefault();
        });
        return h('li', {}, button);
      }),
    );
    dom.search.setAttribute('aria-expanded', String(matches.length > 0));
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      const first = find(dom.search.value, 1)[0];
      if (first !== undefined) pick(first.id);
    } else if (event.key === 'ArrowDown') {
      (dom.results.querySelector('button') as HTMLElement | null)?.focus();
    } else if (event.key === 'Escape') {
      dom.search.value = '';
      close();
    } else return;
    event.preventDefault();
  };
  dom.search.addEventListener('input', update);
  dom.search.addEventListener('keydown', onKey);
  return () => {
    dom.search.removeEventListener('input', update);
    dom.search.removeEventListener('keydown', onKey);
  };
}
