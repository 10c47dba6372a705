/*
 * The "Sag" tab on every task (a Tasklist plugin at the plugin point tasklist.task.detail, loaded by
 * config.js as a customScript, served by Trekant itself): the case the task belongs to, read from
 * Trekant's staff case API (/api/staff/tasks/{taskId}/case) with the staff member's Tasklist login
 * (the header X-Trekant-Webapp marks the call as the webapp's; see WebappSessionAuthenticationFilter).
 *
 * The script also sorts the task lists by due date (see sortByDueDate).
 *
 * Everything read is written as text (textContent), never as markup: incident descriptions come from
 * partners and may hold anything. Documents open in a sandboxed frame (no scripts, no same origin).
 */

const root = window.location.pathname.split('/camunda/')[0];
const API = `${root}/api/staff`;
const HEADERS = { Accept: 'application/json, text/html, application/pdf', 'X-Trekant-Webapp': '1' };

const DATE = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen'
});

function date(value) {
  return value ? DATE.format(new Date(value)) : '—';
}

function dateTime(value) {
  return value ? DATE_TIME.format(new Date(value)) : '—';
}

/** An element with attributes and children; strings become text nodes. */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
  children.flat().forEach((child) => {
    if (child === null || child === undefined || child === '') {
      return;
    }
    element.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  });
  return element;
}

function table(headers, rows) {
  return el('table', { class: 'table table-condensed trekant-case-table' },
    el('thead', {}, el('tr', {}, headers.map((header) => el('th', {}, header)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell) => el('td', {}, cell))))));
}

function section(title, content, emptyText) {
  const empty = Array.isArray(content) && content.length === 0;
  return el('section', { class: 'trekant-case-section' }, el('h4', {}, title),
    empty ? el('p', { class: 'text-muted' }, emptyText) : content);
}

async function get(path) {
  const response = await fetch(`${API}${path}`, { credentials: 'same-origin', headers: HEADERS });
  if (!response.ok) {
    const error = new Error(`HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response;
}

function openDocument(view, doc, taskId, target) {
  get(`/cases/${encodeURIComponent(doc.caseNumber)}/documents/${encodeURIComponent(doc.id)}?taskId=${encodeURIComponent(taskId)}`)
    .then((response) => response.text())
    .then((html) => {
      const frame = el('iframe', { class: 'trekant-case-document', title: doc.title, sandbox: '' });
      frame.srcdoc = html;
      target.replaceChildren(el('div', {},
        el('button', { type: 'button', class: 'btn btn-default btn-xs' }, 'Luk dokument')), frame);
      target.querySelector('button').addEventListener('click', () => target.replaceChildren());
    })
    .catch(() => target.replaceChildren(el('p', { class: 'text-danger' }, 'Dokumentet kunne ikke åbnes.')));
}

function downloadPdf(doc, taskId, target) {
  get(`/cases/${encodeURIComponent(doc.caseNumber)}/documents/${encodeURIComponent(doc.id)}/pdf?taskId=${encodeURIComponent(taskId)}`)
    .then((response) => response.blob())
    .then((blob) => {
      const link = el('a', { href: URL.createObjectURL(blob), download: `${doc.title}.pdf` });
      document.body.appendChild(link);
      link.click();
      link.remove();
    })
    .catch(() => target.replaceChildren(el('p', { class: 'text-danger' }, 'PDF-filen kunne ikke hentes.')));
}

function render(node, view, taskId) {
  const person = view.person;
  const documentArea = el('div', { class: 'trekant-case-document-area' });
  node.replaceChildren(el('div', { class: 'trekant-case', 'data-case-number': view.caseNumber },
    el('h3', {}, `${view.kind} ${view.caseNumber}`),
    section('Person', el('dl', { class: 'dl-horizontal' },
      el('dt', {}, 'Navn'), el('dd', { class: 'trekant-case-person-name' }, person.name),
      el('dt', {}, 'Fødselsdato'), el('dd', {}, date(person.dateOfBirth)),
      el('dt', {}, 'Skole'), el('dd', {}, person.school || '—'),
      el('dt', {}, 'CPR-nummer'), el('dd', {}, person.cprRegistered ? 'Registreret (vises ikke)' : 'Ikke oplyst'))),
    section(`Hændelser (${view.incidents.length})`, view.incidents.length === 0 ? [] : table(
      ['Dato', 'Kilde', 'Kategori', 'Rolle', 'Sted', 'Beskrivelse', 'Sag'],
      view.incidents.map((incident) => [dateTime(incident.occurredAt), incident.source, incident.category || '—',
        incident.role || '—', incident.place || '—', incident.description || '—', incident.caseNumber || '—'])),
    'Ingen hændelser.'),
    section('Sager', view.cases.length === 0 ? [] : table(
      ['Sag', 'Status', 'Åbnet', 'Hastegrad', 'Indsatsniveau', 'Beslutning', 'Frister', 'Lukket'],
      view.cases.map((line) => [
        el('span', {}, line.caseNumber, line.current ? el('span', { class: 'label label-info' }, ' denne sag') : null),
        `${line.kind}, ${line.status}`, date(line.openedAt), line.urgency || '—',
        line.decidedLevel || line.proposedLevel || '—', line.decision || '—',
        line.deadlines.length === 0 ? '—' : el('ul', { class: 'list-unstyled' },
          line.deadlines.map((deadline) => el('li', {}, `${deadline.task}: ${deadline.due ? date(deadline.due) : 'ingen frist'}`))),
        line.closedAt ? `${date(line.closedAt)}${line.outcome ? ` (${line.outcome})` : ''}` : '—'])),
    'Ingen sager.'),
    section('Forældresamtaler', view.dialogues.map((dialogue) => el('div', { class: 'trekant-case-dialogue' },
      el('h5', {}, `${dialogue.date || date(dialogue.recordedAt)} — ${dialogue.outcome} (${dialogue.caseNumber})`),
      el('dl', {},
        [['Sted', dialogue.place], ['Deltagere', dialogue.participants], ['Afdækning', dialogue.mapping],
          ['Ansvar', dialogue.accountability], ['Aftalte handlinger', dialogue.agreedActions],
          ['Opfølgning', dialogue.followUp]]
          .filter(([, value]) => value)
          .map(([label, value]) => [el('dt', {}, label), el('dd', {}, value)])))),
    'Ingen referater af forældresamtaler.'),
    section('Dokumenter', view.documents.length === 0 ? [] : table(['Dokument', 'Dato', 'Sag', ''],
      view.documents.map((doc) => {
        const open = el('button', { type: 'button', class: 'btn btn-default btn-xs trekant-open-document' }, 'Åbn');
        const pdf = el('button', { type: 'button', class: 'btn btn-default btn-xs trekant-download-pdf' }, 'Hent PDF');
        open.addEventListener('click', () => openDocument(view, doc, taskId, documentArea));
        pdf.addEventListener('click', () => downloadPdf(doc, taskId, documentArea));
        return [`${doc.kind}: ${doc.title}`, dateTime(doc.createdAt), doc.caseNumber, el('span', {}, open, ' ', pdf)];
      })), 'Ingen dokumenter.'),
    documentArea));
}

const caseTab = {
  id: 'trekant-case',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  label: 'Sag',
  properties: { label: 'Sag' },
  render: (node, { taskId }) => {
    node.replaceChildren(el('p', { class: 'text-muted' }, 'Henter sagen …'));
    get(`/tasks/${encodeURIComponent(taskId)}/case`)
      .then((response) => response.json())
      .then((view) => render(node, view, taskId))
      .catch((error) => {
        const text = error.status === 403 ? 'Du har ikke adgang til denne sag.'
          : error.status === 404 ? 'Opgaven hører ikke til en sag.' : 'Sagen kunne ikke hentes.';
        node.replaceChildren(el('p', { class: 'text-muted trekant-case-message' }, text));
      });
  }
};

/*
 * Every task list sorted by due date, the earliest first, until the user picks another order:
 * Tasklist takes its order from the address (sorting=...), created-first when there is none.
 */
const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function sortByDueDate() {
  const hash = window.location.hash;
  if (!(hash === '#/' || hash.startsWith('#/?')) || /[?&]sorting=/.test(hash)) {
    return;
  }
  const separator = hash.includes('?') ? '&' : '?';
  window.location.replace(`${hash}${separator}sorting=${encodeURIComponent(DUE_DATE_FIRST)}`);
}
sortByDueDate();
window.addEventListener('hashchange', sortByDueDate);

export default [caseTab];
