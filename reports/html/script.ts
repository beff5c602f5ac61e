/**
 * The report's only script, inlined and allowed by a CSP hash: filter and sort for tables marked
 * `data-enhance`. Tables are rendered complete on the server side, so the page reads the same without it.
 */
export const SCRIPT = `(() => {
  'use strict';
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  for (const table of document.querySelectorAll('table[data-enhance]')) {
    const body = table.tBodies[0];
    if (!body) continue;
    const rows = Array.from(body.rows);
    const texts = new Map(rows.map((r) => [r, r.textContent.toLowerCase()]));
    const search = document.querySelector('input[data-filter="' + table.id + '"]');
    const selects = Array.from(document.querySelectorAll('select[data-filter="' + table.id + '"]'));
    const counter = document.querySelector('[data-count="' + table.id + '"]');
    const apply = () => {
      const terms = search ? search.value.toLowerCase().split(/\\s+/).filter(Boolean) : [];
      let shown = 0;
      for (const r of rows) {
        let ok = terms.every((t) => texts.get(r).includes(t));
        for (const s of selects) if (s.value && r.dataset[s.dataset.field] !== s.value) ok = false;
        r.hidden = !ok;
        if (ok) shown++;
      }
      if (counter) counter.textContent = shown + ' of ' + rows.length + ' shown';
    };
    if (search) search.addEventListener('input', apply);
    for (const s of selects) s.addEventListener('change', apply);
    const heads = Array.from(table.tHead ? table.tHead.rows[0].cells : []);
    for (const th of heads) {
      const button = th.querySelector('button');
      if (!button) continue;
      button.addEventListener('click', () => {
        const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const other of heads) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', dir);
        const i = th.cellIndex;
        const numeric = th.dataset.sort === 'num';
        const key = (r) => { const c = r.cells[i]; return c ? (c.dataset.sort !== undefined ? c.dataset.sort : c.textContent.trim()) : ''; };
        const sorted = rows.slice().sort((a, b) => {
          const x = key(a), y = key(b);
          const d = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : collator.compare(x, y);
          return dir === 'ascending' ? d : -d;
        });
        for (const r of sorted) body.appendChild(r);
      });
    }
    apply();
  }
})();`;
